import { ALL_QUESTIONS, originOf } from './bank';
import { coverageOf, type FactCoverage } from './coverage';
import { FACT_GROUPS } from './facts';
import { TOPICS } from './schema';

/** docs/quiz-coverage.md, rendered from the fact lists and the bank so they cannot disagree. */
export function renderCoverageDoc(): string {
  const cov = coverageOf(FACT_GROUPS, ALL_QUESTIONS);
  const origins = { written: 0, generated: 0, predict: 0 };
  for (const q of ALL_QUESTIONS) origins[originOf(q)]++;
  const lines = [
    '# Quiz coverage: every fact and the questions that test it',
    '',
    'Generated from the fact lists (`src/quiz/facts/`, and the study table read from the service',
    'catalog in `src/quiz/catalog-facts.ts`) and the question bank (`src/quiz/bank.ts`) by',
    '`npm run docs:quiz`; a test fails when this page is out of date or a fact has no question.',
    '',
    `${cov.facts.length} facts; ${ALL_QUESTIONS.length} questions (${origins.written} written, ${origins.generated} generated from the catalog, ${origins.predict} “predict the outcome” keyed by the engine).`,
    '',
    '## Facts without a question',
    '',
  ];
  if (cov.uncovered.length === 0) {
    lines.push('None: every fact is tested by at least one question.', '');
  } else {
    lines.push(
      `**${cov.uncovered.length} ${cov.uncovered.length === 1 ? 'fact is' : 'facts are'} not tested by any question:**`,
      '',
      ...cov.uncovered.map((f) => `- \`${f.fact.id}\` (${f.fact.topic}) — ${f.fact.text}`),
      '',
    );
  }
  if (cov.unknown.size > 0) {
    lines.push('## Questions citing facts that do not exist', '');
    for (const [id, qs] of cov.unknown) lines.push(`- \`${id}\`: ${qs.map(code).join(', ')}`);
    lines.push('');
  }
  for (const group of FACT_GROUPS) {
    const mine = cov.facts.filter((f) => f.group === group.id);
    lines.push(`## ${group.title}`, '');
    if (mine.length === 0) {
      lines.push('No facts yet.', '');
      continue;
    }
    for (const topic of TOPICS) {
      const inTopic = mine.filter((f) => f.fact.topic === topic);
      if (inTopic.length === 0) continue;
      lines.push(`### ${topic}`, '', ...inTopic.map(factLine), '');
    }
  }
  return lines.join('\n');
}

const code = (id: string) => `\`${id}\``;

function factLine(f: FactCoverage): string {
  const tested = f.questions.length === 0 ? '**not tested**' : f.questions.map(code).join(', ');
  return `- \`${f.fact.id}\` — ${f.fact.text} → ${tested}`;
}
