import { readFileSync } from 'node:fs';
import { format } from 'prettier';
import { describe, expect, it } from 'vitest';
import { ALL_QUESTIONS } from '../../src/quiz/bank';
import { coverageOf } from '../../src/quiz/coverage';
import { renderCoverageDoc } from '../../src/quiz/coverage-doc';
import { FACT_GROUPS } from '../../src/quiz/facts';
import { fixture } from '../fixtures/quiz-questions';

describe('quiz coverage', () => {
  it('maps facts to the questions that cite them, and finds gaps and unknown ids', () => {
    const groups = [
      {
        id: 'notes' as const,
        title: 'Notes',
        facts: [
          { id: 'fixture-fact', source: 'notes' as const, topic: 'sqs' as const, text: 'A fact.' },
          { id: 'lonely', source: 'notes' as const, topic: 'sqs' as const, text: 'Untested.' },
        ],
      },
    ];
    const qs = [fixture('fx-secure-1'), { ...fixture('fx-cost-1'), facts: ['typo-fact'] }];
    const cov = coverageOf(groups, qs);
    expect(cov.facts.map((f) => [f.fact.id, f.questions])).toEqual([
      ['fixture-fact', ['fx-secure-1']],
      ['lonely', []],
    ]);
    expect(cov.uncovered.map((f) => f.fact.id)).toEqual(['lonely']);
    expect([...cov.unknown]).toEqual([['typo-fact', ['fx-cost-1']]]);
  });

  it('is what docs/quiz-coverage.md says (run `npm run docs:quiz` after changing the bank)', async () => {
    const onDisk = readFileSync('docs/quiz-coverage.md', 'utf8');
    const expected = await format(renderCoverageDoc(), {
      parser: 'markdown',
      singleQuote: true,
      printWidth: 100,
    });
    expect(onDisk).toBe(expected);
  });

  it('leaves no fact of the study material without a question', () => {
    const { uncovered } = coverageOf(FACT_GROUPS, ALL_QUESTIONS);
    const names = uncovered.map((f) => `${f.fact.id} (${f.group}, ${f.fact.topic})`);
    expect(names, `facts no question tests:\n${names.join('\n')}`).toEqual([]);
  });
});
