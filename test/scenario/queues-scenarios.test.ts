import { describe, expect, it } from 'vitest';
import { simulate, type Run } from '../../src/engine';
import { parseScenario } from '../../src/scenario';
import { scenarioForService } from '../../src/scenario/service-scenarios';

function runIt(service: string): Run {
  const doc = scenarioForService(service);
  expect(doc).toBeDefined();
  const p = parseScenario(doc);
  if (!p.ok) throw new Error(JSON.stringify(p.errors));
  return simulate(p.scenario);
}

const count = (r: Run, kind: string) => r.trace.filter((e) => e.kind === kind).length;
const fates = (r: Run) => {
  const out: Record<string, number> = {};
  for (const f of r.fates) out[f.kind] = (out[f.kind] ?? 0) + 1;
  return out;
};

describe('"Run it" for the queues', () => {
  it('sqs: one batch of 10 fails three times, then all 10 are redriven', () => {
    const r = runIt('sqs');
    expect(r.scenario.name).toBe('SQS: a failing batch comes back, then redrive');
    expect(
      r.trace.filter((e) => e.kind === 'queue.batch').map((e) => [e.t, e.detail?.count]),
    ).toEqual([
      [1_000, 10],
      [31_000, 10],
      [61_000, 10],
    ]);
    expect(count(r, 'queue.function-dlq-ignored')).toBe(1);
    expect(fates(r)).toEqual({ redriven: 10, 'batch-failed': 3 });
    expect(r.fates.filter((f) => f.kind === 'redriven').every((f) => f.t === 91_000)).toBe(true);
  });

  it('sqs with ReportBatchItemFailures: only the broken order is redriven', () => {
    const doc = scenarioForService('sqs')!;
    doc.queues![0]!.mapping!.functionResponseTypes = ['ReportBatchItemFailures'];
    const p = parseScenario(doc);
    if (!p.ok) throw new Error(JSON.stringify(p.errors));
    expect(fates(simulate(p.scenario))).toEqual({ processed: 9, redriven: 1, 'batch-partial': 3 });
  });

  it('mq: the retired product goes to ActiveMQ.DLQ after 6 redeliveries; heartbeats are filtered', () => {
    const r = runIt('mq');
    expect(fates(r)).toEqual({
      processed: 5,
      filtered: 2,
      redriven: 1,
      'batch-succeeded': 4,
      'batch-failed': 7,
    });
    const dead = r.fates.find((f) => f.kind === 'redriven')!;
    expect(dead).toMatchObject({
      t: 13_250,
      attempts: 7,
      deliveredTo: ['dlq:mq:inventory/ActiveMQ.DLQ'],
    });
  });
});
