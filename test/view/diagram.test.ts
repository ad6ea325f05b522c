import { describe, expect, it } from 'vitest';
import { parseScenario, presetById, type Scenario } from '../../src/scenario';
import { diagramOf, functionSettings } from '../../src/view';

function scenario(id: string): Scenario {
  const parsed = parseScenario(presetById(id)!.scenario);
  if (!parsed.ok) throw new Error('invalid preset');
  return parsed.scenario;
}

describe('diagramOf', () => {
  it('draws an async scenario as caller → Lambda → queue → function → DLQ', () => {
    const d = diagramOf(scenario('async-retries'));
    expect(d.nodes.map((n) => [n.id, n.kind])).toEqual([
      ['workload:uploads', 'caller'],
      ['lambda', 'lambda'],
      ['async-queue', 'queue'],
      ['function', 'function'],
      ['dlq:sqs:resize-dlq', 'sink'],
    ]);
    expect(d.edges.map((e) => [e.source, e.target, e.label])).toEqual([
      ['workload:uploads', 'lambda', 'async'],
      ['lambda', 'async-queue', '202'],
      ['async-queue', 'function', 'invoke'],
      ['function', 'dlq:sqs:resize-dlq', 'on failure'],
    ]);
    // left to right, on one line
    const xs = d.nodes.map((n) => n.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    // centred on one line (the function's box is larger than the rest)
    expect(new Set(d.nodes.map((n) => n.y + n.size!.height / 2)).size).toBe(1);
  });

  it('has no queue for a synchronous scenario, and labels the caller edge sync', () => {
    const d = diagramOf(scenario('sync-throttle'));
    expect(d.nodes.map((n) => n.id)).toEqual(['workload:api', 'lambda', 'function']);
    expect(d.edges[0]).toMatchObject({ label: 'sync', model: 'sync' });
    expect(d.nodes.find((n) => n.id === 'function')?.lines).toContain('reserved 1');
  });

  it('shows destinations, and keeps the direct arrow clear of the queue for mixed callers', () => {
    const parsed = parseScenario({
      version: 1,
      function: {
        asyncConfig: {
          onSuccess: { type: 'sqs', name: 'done' },
          onFailure: { type: 'sns', name: 'alerts' },
        },
      },
      workloads: [
        { id: 'web', arrivals: { kind: 'single', atMs: [0] } },
        { id: 'jobs', invocationType: 'Event', arrivals: { kind: 'single', atMs: [0] } },
      ],
    });
    if (!parsed.ok) throw new Error('invalid scenario');
    const d = diagramOf(parsed.scenario);
    expect(d.nodes.filter((n) => n.kind === 'sink').map((n) => [n.id, n.subtitle])).toEqual([
      ['onSuccess:sqs:done', 'On success · SQS'],
      ['onFailure:sns:alerts', 'On failure · SNS'],
    ]);
    expect(d.edges.map((e) => e.id)).toContain('lambda->function');
    const y = (id: string) => d.nodes.find((n) => n.id === id)!.y;
    expect(y('async-queue')).toBeGreaterThan(y('lambda') + d.node.height / 2);
    const mid = (id: string) => y(id) + d.nodes.find((n) => n.id === id)!.size!.height / 2;
    expect(mid('function')).toBe(mid('lambda'));
  });

  it('runs top to bottom when asked', () => {
    const d = diagramOf(scenario('async-retries'), 'vertical');
    const ys = d.nodes.map((n) => n.y);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    expect(new Set(d.nodes.map((n) => n.x)).size).toBe(1);
    expect(d.height).toBeGreaterThan(d.width);
  });
});

describe('functionSettings', () => {
  it('lists what decides the async scenario', () => {
    expect(functionSettings(scenario('async-retries'))).toEqual([
      { label: 'Function', value: 'resize-image' },
      { label: 'Runtime', value: 'Python · 128 MB' },
      { label: 'Timeout', value: '10 s' },
      { label: 'Reserved concurrency', value: 'none (account limit 1,000)' },
      { label: 'Async retries', value: '2' },
      { label: 'Maximum event age', value: '6 h' },
      { label: 'Dead-letter queue', value: 'resize-dlq (SQS)' },
    ]);
  });
});
