import { ALL_RULES } from './rules';

/** docs/fidelity.md, rendered from the rule catalog so the two can never disagree. */
export function renderFidelityDoc(): string {
  const lines = [
    '# Fidelity: the rules the engine applies',
    '',
    'Every behaviour the simulator applies is a named rule. Each trace event names the rule that',
    'caused it, and the app shows this receipt under "why?". This page is generated from',
    '`src/catalog/rules.ts` (`npm run docs:rules`); a test fails when it is out of date.',
    '',
    'Where AWS publishes no figure, the simulator uses a stated default (**sim default**), which a',
    'scenario can change where it says so. Where AWS changed its behaviour, **old** says how it was.',
    '',
  ];
  for (const r of ALL_RULES) {
    lines.push(`## \`${r.id}\` — ${r.title}`, '', r.statement, '');
    if ('simDefault' in r && r.simDefault) lines.push(`- **Sim default:** ${r.simDefault}`);
    if ('old' in r && r.old) lines.push(`- **Old:** ${r.old}`);
    lines.push(`- **Source:** <${r.docUrl}>`, '');
  }
  return lines.join('\n');
}
