import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL_RULES, ruleById } from '../../src/catalog/rules';
import { renderFidelityDoc } from '../../src/catalog/fidelity-doc';
import { format } from 'prettier';

describe('rule catalog', () => {
  it('gives every rule a unique id, a statement and an AWS source', () => {
    const ids = ALL_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of ALL_RULES) {
      expect(r.statement.length, r.id).toBeGreaterThan(30);
      // AWS documentation, or AWS's Serverless Land (where the Lambda Operator Guide now lives).
      expect(r.docUrl, r.id).toMatch(
        /^https:\/\/((docs\.)?aws\.amazon\.com\/|serverlessland\.com\/content\/service\/lambda\/)/,
      );
    }
    expect(ruleById('async.retry-function-error')?.simDefault).toBe('exactly 60 s and 120 s');
    expect(ruleById('no.such.rule')).toBeUndefined();
  });

  it('is what docs/fidelity.md says (run `npm run docs:rules` after changing a rule)', async () => {
    const onDisk = readFileSync('docs/fidelity.md', 'utf8');
    const expected = await format(renderFidelityDoc(), {
      parser: 'markdown',
      singleQuote: true,
      printWidth: 100,
    });
    expect(onDisk).toBe(expected);
  });
});
