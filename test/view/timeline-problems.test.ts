import { describe, expect, it } from 'vitest';
import { isProblem } from '../../src/view';
import { presetRun } from './helpers';

const problemKinds = (id: string) =>
  [
    ...new Set(
      presetRun(id)
        .trace.filter(isProblem)
        .map((e) => e.kind),
    ),
  ].sort();

describe('what the timeline and the log mark as going wrong', () => {
  it('flags a failing SQS batch, its redrive, and the errors behind them', () => {
    expect(problemKinds('sqs-redrive')).toEqual([
      'invoke.end',
      'queue.batch-failed',
      'queue.redriven',
    ]);
  });

  it('flags a Kinesis batch given up on', () => {
    expect(problemKinds('kinesis-bisect')).toContain('stream.discarded');
  });

  it('flags a refused trigger and a rejected mapping', () => {
    expect(problemKinds('permissions-policy-vs-role')).toEqual(
      expect.arrayContaining(['queue.mapping-rejected', 'source.config-refused']),
    );
  });
});
