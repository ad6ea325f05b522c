import { ALL_QUESTIONS, originOf } from './bank';
import { coverageOf, type FactCoverage } from './coverage';
import { cueFigures, MAX_KEY_RATIO, MAX_LONGEST_SCORE, type CueFigures } from './cues';
import { FACT_GROUPS } from './facts';
import { DOMAINS, TOPICS, type Domain, type Question } from './schema';

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
    ...cueSection(),
    ...countSection(),
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
const percent = (x: number) => `${(x * 100).toFixed(1)} %`;

function cueRow(name: string, f: CueFigures): string {
  const max = f.maxKeyRatio
    ? `${f.maxKeyRatio.value.toFixed(2)} (${code(f.maxKeyRatio.questionId)})`
    : '—';
  const mean = f.meanKeyRatio === undefined ? '—' : f.meanKeyRatio.toFixed(2);
  return `| ${name} | ${f.questions} | ${max} | ${mean} | ${f.overlongKeys.length} | ${f.longestWins} (${percent(f.longestScore)}) |`;
}

/** The option-length figures of src/quiz/cues.ts, for the bank and each origin. */
function cueSection(): string[] {
  const whole = cueFigures(ALL_QUESTIONS);
  const of = (origin: ReturnType<typeof originOf>) =>
    cueFigures(ALL_QUESTIONS.filter((q) => originOf(q) === origin));
  const ok =
    whole.overlongKeys.length === 0 && whole.longestScore <= MAX_LONGEST_SCORE
      ? 'The bank meets both limits.'
      : '**The bank does not meet these limits yet** (the test over the bank fails).';
  return [
    '## Answer cues in option length',
    '',
    `Key/distractor ratio: a single-answer key's length over the mean length of its three distractors (limit ${MAX_KEY_RATIO}). Longest-option strategy: the share of questions answered right by picking the longest option (the N longest for "choose N"; ties count as wrong; limit ${percent(MAX_LONGEST_SCORE)}). ${ok}`,
    '',
    '| Questions | Count | Largest key ratio | Mean key ratio | Keys over the limit | Longest option wins |',
    '| --- | --- | --- | --- | --- | --- |',
    cueRow('Whole bank', whole),
    cueRow('Written', of('written')),
    cueRow('Generated', of('generated')),
    cueRow('Predict', of('predict')),
    '',
  ];
}

/** How many questions each exam domain and each topic has. */
function countSection(): string[] {
  const byDomain = (qs: readonly Question[], d: Domain) => qs.filter((q) => q.domain === d).length;
  const domains = Object.keys(DOMAINS) as Domain[];
  const lines = [
    '## Questions per domain and topic',
    '',
    'Domains of the SAA-C03 exam: secure (Design Secure Architectures), resilient, performant (high-performing) and cost (cost-optimized); the last row compares the bank’s share with the exam’s weight.',
    '',
    `| Topic | ${domains.join(' | ')} | Total |`,
    `| --- | ${domains.map(() => '---').join(' | ')} | --- |`,
  ];
  for (const topic of TOPICS) {
    const qs = ALL_QUESTIONS.filter((q) => q.topic === topic);
    lines.push(`| ${topic} | ${domains.map((d) => byDomain(qs, d)).join(' | ')} | ${qs.length} |`);
  }
  lines.push(
    `| **All** | ${domains.map((d) => `${byDomain(ALL_QUESTIONS, d)} (${percent(byDomain(ALL_QUESTIONS, d) / ALL_QUESTIONS.length)}; exam ${percent(DOMAINS[d].weight)})`).join(' | ')} | ${ALL_QUESTIONS.length} |`,
    '',
  );
  return lines;
}

function factLine(f: FactCoverage): string {
  const tested = f.questions.length === 0 ? '**not tested**' : f.questions.map(code).join(', ');
  return `- \`${f.fact.id}\` — ${f.fact.text} → ${tested}`;
}
