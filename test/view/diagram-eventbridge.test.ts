import { describe, expect, it } from 'vitest';
import { parseScenario, presetById, type Scenario } from '../../src/scenario';
import { diagramOf, eventsUpTo, sinkCountAfter } from '../../src/view';
import { presetRun } from './helpers';

function scenario(id: string): Scenario {
  const parsed = parseScenario(presetById(id)!.scenario);
  if (!parsed.ok) throw new Error('invalid preset');
  return parsed.scenario;
}

describe('diagramOf with EventBridge', () => {
  it('draws producers → bus → rules → targets, with Lambda targets through the async queue', () => {
    const d = diagramOf(scenario('eventbridge-fanout'));
    expect(d.nodes.map((n) => [n.id, n.kind])).toEqual([
      ['producer:web-shop', 'caller'],
      ['producer:kiosk', 'caller'],
      ['bus:orders', 'bus'],
      ['rule:big-orders', 'rule'],
      ['rule:refunds', 'rule'],
      ['lambda', 'lambda'],
      ['target:big-orders/audit', 'target'],
      ['target:big-orders/fulfil', 'target'],
      ['target:big-orders/notify', 'target'],
      ['target:big-orders/log', 'target'],
      ['async-queue', 'queue'],
      ['target-dlq:notify-dlq', 'sink'],
      ['function', 'function'],
    ]);
    const edges = d.edges.map((e) => `${e.source} -${e.label}-> ${e.target}`);
    expect(edges).toEqual(
      expect.arrayContaining([
        'producer:web-shop -PutEvents-> bus:orders',
        'bus:orders -pattern-> rule:big-orders',
        'bus:orders -pattern-> rule:refunds',
        'rule:big-orders -async-> lambda',
        'rule:big-orders -event-> target:big-orders/audit',
        'target:big-orders/notify -undeliverable-> target-dlq:notify-dlq',
        'lambda -202-> async-queue',
        'async-queue -invoke-> function',
      ]),
    );
    expect(d.nodes.find((n) => n.id === 'rule:big-orders')?.lines).toEqual([
      'detail-type = OrderPlaced · source = com.example.shop · detail.amount > 100',
      '5 targets',
    ]);
    // every edge joins two drawn nodes
    const ids = new Set(d.nodes.map((n) => n.id));
    expect(d.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
  });

  it('shows scheduled rules without a bus arrow, and no Lambda for a scenario without one', () => {
    const d = diagramOf(scenario('eventbridge-target-dlq'));
    expect(d.nodes.map((n) => n.id)).toEqual([
      'producer:ec2',
      'bus:default',
      'rule:stopped-instances',
      'target:stopped-instances/inventory',
      'target-dlq:inventory-dlq',
    ]);
    const s = diagramOf(scenario('eventbridge-schedule'));
    expect(s.nodes.filter((n) => n.kind === 'rule').map((n) => n.lines[0])).toEqual([
      'rate(5 minutes)',
      'cron(0/15 * * * ? *)',
    ]);
    expect(s.edges.some((e) => e.target.startsWith('rule:'))).toBe(false);
  });

  it('counts what each EventBridge node received, at time t', () => {
    const run = presetRun('eventbridge-fanout');
    const at = (key: string, t: number) => sinkCountAfter(run, key, eventsUpTo(run, t));
    expect(at('bus:orders', 20_000)).toBe(2);
    expect(at('rule:big-orders', 20_000)).toBe(1);
    expect(at('rule:refunds', 120_000)).toBe(0);
    expect(at('target:big-orders/fulfil', 15_000)).toBe(0);
    expect(at('target:big-orders/fulfil', 16_000)).toBe(1);
    expect(at('target-dlq:notify-dlq', 120_000)).toBe(2);
  });
});

describe('diagramOf top to bottom', () => {
  it('keeps flat rows while every stage is one box', () => {
    expect(diagramOf(scenario('async-retries'), 'vertical').box).toBe('row');
  });

  it('wraps a wide stage into rows of two cards, so a phone can read them', () => {
    const d = diagramOf(scenario('eventbridge-fanout'), 'vertical');
    expect(d.box).toBe('card');
    const perRow = new Map<number, number>();
    for (const n of d.nodes) perRow.set(n.y, (perRow.get(n.y) ?? 0) + 1);
    expect(Math.max(...perRow.values())).toBe(2);
    // Lambda and the four other targets of the big-orders rule: rows of 2, 2 and 1
    const targetRows = d.nodes
      .filter((n) => n.kind === 'target' || n.id === 'lambda')
      .map((n) => n.y);
    expect(new Set(targetRows).size).toBe(3);
    expect(d.width).toBeLessThan(2 * d.node.width + 40);
  });
});
