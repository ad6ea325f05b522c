import { describe, expect, it } from 'vitest';
import { parseScenario, presetById, type Scenario } from '../../src/scenario';
import { scenarioForService } from '../../src/scenario/service-scenarios';
import { diagramOf, type DiagramNode } from '../../src/view';
import { patternSummary } from '../../src/view/diagram-eventbridge';
import { shardNumbers } from '../../src/view/diagram-shards';
import { presetRun } from './helpers';

function preset(id: string): Scenario {
  const parsed = parseScenario(presetById(id)!.scenario);
  if (!parsed.ok) throw new Error('invalid preset');
  return parsed.scenario;
}

function service(id: string): Scenario {
  const parsed = parseScenario(scenarioForService(id)!);
  if (!parsed.ok) throw new Error('invalid scenario');
  return parsed.scenario;
}

const nodeOf = (s: Scenario, id: string, o: 'horizontal' | 'vertical' = 'horizontal') =>
  diagramOf(s, o).nodes.find((n) => n.id === id)!;
const pills = (n: DiagramNode) => (n.badges ?? []).map((b) => b.label);

describe('the function box: versions and aliases', () => {
  it('lists the published versions and each alias’s routing weights', () => {
    expect(nodeOf(preset('alias-canary'), 'function').routing).toEqual([
      '$LATEST · v1 · v2',
      'live → 1 (90 %) · 2 (10 %)',
    ]);
    expect(nodeOf(preset('cold-warm-provisioned'), 'function').routing).toEqual([
      '$LATEST · v1',
      'live → 1',
    ]);
    expect(nodeOf(preset('sync-throttle'), 'function').routing).toBeUndefined();
  });
});

describe('source badges', () => {
  it('says push or pull and sync, async or poll for every kind of source', () => {
    expect(pills(nodeOf(preset('sync-throttle'), 'workload:api'))).toEqual(['push', 'sync']);
    expect(pills(nodeOf(preset('async-retries'), 'workload:uploads'))).toEqual(['push', 'async']);
    expect(pills(nodeOf(service('api-gateway'), 'workload:clients'))).toEqual(['push', 'sync']);
    expect(pills(nodeOf(preset('sqs-redrive'), 'sqs:orders'))).toEqual(['pull', 'poll']);
    expect(pills(nodeOf(preset('kinesis-poison'), 'stream:clickstream'))).toEqual(['pull', 'poll']);
    expect(pills(nodeOf(preset('eventbridge-fanout'), 'bus:orders'))).toEqual(['push', 'async']);
    // Producers write to a queue; they never invoke Lambda, so their box has no pills.
    expect(nodeOf(preset('sqs-redrive'), 'producers:sqs:orders').badges).toBeUndefined();
  });
});

describe('the layout with a larger function box', () => {
  it('gives the function its own, larger size, centred on the same line as what calls it', () => {
    // Lambda's Invoke API, or where it is folded into the arrow, the caller or the mapping.
    for (const [id, caller] of [
      ['async-retries', 'lambda'],
      ['alias-canary', 'workload:shoppers'],
      ['kinesis-poison', 'esm:clickstream'],
      ['sqs-redrive', 'esm:sqs:orders'],
    ] as const) {
      const d = diagramOf(preset(id), 'horizontal');
      const fn = d.nodes.find((n) => n.id === 'function')!;
      const lambda = d.nodes.find((n) => n.id === caller)!;
      expect(fn.size!.width).toBeGreaterThan(d.node.width);
      expect(fn.size!.height).toBeGreaterThan(d.node.height);
      expect(fn.y + fn.size!.height / 2).toBe(lambda.y + d.node.height / 2);
      // Every other box has the shared size.
      for (const n of d.nodes) if (n.id !== 'function') expect(n.size).toEqual(d.node);
      expect(d.width).toBe(Math.max(...d.nodes.map((n) => n.x + n.size!.width)));
      expect(d.height).toBe(Math.max(...d.nodes.map((n) => n.y + n.size!.height)));
    }
  });

  it('top to bottom, spans the width of a row of two cards, centred under the async queue', () => {
    const d = diagramOf(preset('sns-delivery'), 'vertical');
    const fn = d.nodes.find((n) => n.id === 'function')!;
    const lambda = d.nodes.find((n) => n.id === 'async-queue')!;
    expect(d.box).toBe('card');
    expect(fn.size!.width).toBe(2 * d.node.width + 16);
    expect(fn.x + fn.size!.width / 2).toBe(lambda.x + d.node.width / 2);
    expect(fn.y).toBe(lambda.y + d.node.height + 76);
  });

  it('has the same geometry with or without the run, so nothing moves as t changes', () => {
    const s = preset('kinesis-poison');
    const geometry = (nodes: readonly DiagramNode[]) => nodes.map((n) => [n.id, n.x, n.y, n.size]);
    expect(geometry(diagramOf(s, 'horizontal', presetRun('kinesis-poison')).nodes)).toEqual(
      geometry(diagramOf(s, 'horizontal').nodes),
    );
  });

  it('no two boxes overlap, whatever their sizes', () => {
    for (const id of ['eventbridge-fanout', 'sqs-redrive', 'async-destinations', 'alias-canary'])
      for (const o of ['horizontal', 'vertical'] as const) {
        const nodes = diagramOf(preset(id), o).nodes;
        for (const a of nodes)
          for (const b of nodes) {
            if (a === b) continue;
            const apart =
              a.x + a.size!.width <= b.x ||
              b.x + b.size!.width <= a.x ||
              a.y + a.size!.height <= b.y ||
              b.y + b.size!.height <= a.y;
            expect(apart, `${id} ${o}: ${a.id} / ${b.id}`).toBe(true);
          }
      }
  });
});

describe('stream shards at t', () => {
  const run = presetRun('kinesis-poison');
  it('counts each shard’s records written and passed, and blocks shard 0 behind the poison record', () => {
    // written, done, blocked — shard 0 then shard 1
    expect(shardNumbers(run, 'clickstream', 9_999)).toEqual([8, 7, 0, 12, 12, 0]);
    // The batch with the poison record fails at 10.1 s and is retried: shard 0 stops there.
    expect(shardNumbers(run, 'clickstream', 10_100)).toEqual([10, 7, 1, 12, 12, 0]);
    expect(shardNumbers(run, 'clickstream', 20_000)).toEqual([23, 7, 1, 19, 19, 0]);
    // A day later the records expire and the shard moves on, to the last record written.
    expect(shardNumbers(run, 'clickstream', 86_414_100)).toEqual([48, 48, 0, 33, 33, 0]);
    expect(nodeOf(preset('kinesis-poison'), 'stream:clickstream').shards).toBe(2);
  });
});

describe('a rule’s pattern in short', () => {
  it('names each field with what it expects, the event type first', () => {
    expect(
      patternSummary({
        source: ['com.example.shop'],
        'detail-type': ['OrderPlaced'],
        detail: { amount: [{ numeric: ['>', 100] }] },
      }),
    ).toBe('detail-type = OrderPlaced · source = com.example.shop · detail.amount > 100');
    expect(
      patternSummary({
        detail: { state: [{ 'anything-but': ['running'] }], key: [{ prefix: 'img/' }] },
      }),
    ).toBe('detail.state not running · detail.key begins with img/');
    expect(patternSummary({ source: ['aws.ec2', 'aws.s3'] })).toBe('source = aws.ec2 | aws.s3');
  });
});
