import { describe, expect, it } from 'vitest';
import { diagramOf } from '../../src/view';
import { journeysOf, type Journeys } from '../../src/view/journeys';
import { placeResolver } from '../../src/view/token-places';
import { edgePoint, route, type Box, type TokenGeometry } from '../../src/view/token-geometry';
import { MAX_RESTING, tokensAt, type Token } from '../../src/view/tokens';
import { presetById } from '../../src/scenario';
import { parseScenario } from '../../src/scenario';
import { presetRun } from './helpers';

const TRAVEL = 400;

function journeysFor(id: string): Journeys {
  const run = presetRun(id);
  const d = diagramOf(run.scenario, 'horizontal', run);
  return journeysOf(run, placeResolver(new Set(d.nodes.map((n) => n.id))), { travelMs: TRAVEL });
}

const tokenOf = (j: Journeys, t: number, msg: number): Token | undefined =>
  tokensAt(j, t).tokens.find((k) => k.msg === msg);

describe('tokens of an asynchronous event retried twice, then sent to the DLQ', () => {
  const j = journeysFor('async-retries');

  it('waits in the async queue between attempts, counting down to the retry', () => {
    // Attempt 1 fails at 1.15 s; the retry starts at 61.15 s.
    expect(tokenOf(j, 30_000, 0)).toMatchObject({
      from: 'async-queue',
      to: 'async-queue',
      tone: 'retry',
      shape: 'event',
      slot: 0,
      countdownMs: 31_150,
    });
    // The second event (sent at 5 s, failed at 5.9 s) waits beside it for its own retry.
    expect(tokenOf(j, 30_000, 1)).toMatchObject({
      from: 'async-queue',
      slot: 1,
      countdownMs: 35_900,
    });
  });

  it('rides the arrow to the function so that it arrives as the retry starts', () => {
    const k = tokenOf(j, 61_000, 0)!;
    expect(k).toMatchObject({ from: 'async-queue', to: 'function', tone: 'async' });
    expect(k.progress).toBeCloseTo((61_000 - (61_150 - TRAVEL)) / TRAVEL, 10);
    expect(tokenOf(j, 61_500, 0)).toMatchObject({ from: 'function', to: 'function', slot: 0 });
  });

  it('turns red on its way to the DLQ, rests there a moment, then is gone', () => {
    // Retries exhausted at 182.75 s: the hop to the DLQ is drawn over the next 160 ms.
    expect(tokenOf(j, 182_800, 0)).toMatchObject({
      from: 'function',
      to: 'dlq:sqs:resize-dlq',
      tone: 'failure',
    });
    expect(tokenOf(j, 183_000, 0)).toMatchObject({ from: 'dlq:sqs:resize-dlq', tone: 'failure' });
    expect(tokenOf(j, 183_400, 0)).toBeUndefined();
  });

  it('shows nothing before the first event is sent', () => {
    expect(tokensAt(j, 0).tokens.map((k) => k.msg)).toEqual([0]);
    expect(tokenOf(j, 0, 0)).toMatchObject({
      from: 'workload:uploads',
      to: 'async-queue',
      progress: 0,
    });
  });
});

describe('tokens of an SQS batch that keeps failing', () => {
  const j = journeysFor('sqs-redrive');

  it('puts the failed batch back in its queue, each record waiting out the visibility timeout', () => {
    const frame = tokensAt(j, 20_000);
    const resting = frame.tokens.filter((k) => k.from === 'sqs:orders');
    // Ten records wait; a row shows six and says "+4".
    expect(resting).toHaveLength(MAX_RESTING);
    expect(MAX_RESTING).toBe(6);
    expect(frame.overflow.get('sqs:orders')).toBe(4);
    expect(resting.every((k) => k.shape === 'record' && k.tone === 'retry')).toBe(true);
    expect(resting[0]!.countdownMs).toBe(10_000);
  });

  it('sends the batch to the function as one token that carries its size', () => {
    const batch = j.list.find((x) => x.shape === 'batch')!;
    expect(batch.count).toBe(10);
    // The records ride inside it, out of sight.
    expect(tokenOf(j, 400, 0)).toBeUndefined();
    expect(tokenOf(j, 400, batch.msg)).toMatchObject({ shape: 'batch', count: 10 });
  });

  it('moves records that failed three receives to the redrive DLQ', () => {
    expect(tokenOf(j, 89_800, 0)).toMatchObject({
      from: 'sqs:orders',
      to: 'redrive:sqs:orders-dlq',
      tone: 'failure',
    });
  });
});

describe('tokens of a Kinesis batch that is bisected', () => {
  it('splits a failing batch into halves that leave the mapping as batches of their own', () => {
    const j = journeysFor('kinesis-bisect');
    const run = presetRun('kinesis-bisect');
    const bisect = run.trace.find((e) => e.kind === 'stream.bisect')!;
    const split = run.trace.find((e) => e.msg === bisect.msg && e.kind === 'stream.batch')!;
    const parts = new Set(split.detail!.records as number[]);
    // The halves: later batches holding the split batch's records.
    const halves = run.trace
      .filter(
        (e) =>
          e.kind === 'stream.batch' &&
          e.t > bisect.t &&
          (e.detail!.records as number[]).every((r) => parts.has(r)),
      )
      .slice(0, 2);
    expect(halves.map((e) => e.detail!.records)).toEqual([[35], [36]]);
    for (const h of halves) {
      const journey = j.list.find((x) => x.msg === h.msg)!;
      expect(journey).toMatchObject({ shape: 'batch', count: 1, birth: h.t });
      expect(journey.segments[0]!.from).toBe('esm:clickstream');
    }
  });
});

describe('token geometry', () => {
  const preset = presetById('api-gateway-throttle')!;
  const parsed = parseScenario(preset.scenario);
  if (!parsed.ok) throw new Error('preset invalid');
  const d = diagramOf(parsed.scenario, 'horizontal');
  const boxes = new Map<string, Box>(
    d.nodes.map((n) => [n.id, { x: n.x, y: n.y, width: d.node.width, height: d.node.height }]),
  );
  const g: TokenGeometry = { orientation: 'horizontal', boxes, edges: d.edges };

  it('brings a response back along the arrows it came by, the wrong way round', () => {
    expect(route(g, 'function', 'workload:sdk')).toEqual([
      { source: 'lambda', target: 'function', reversed: true },
      { source: 'workload:sdk', target: 'lambda', reversed: true },
    ]);
  });

  it('starts and ends an arrow at its handles, mid-side of each box', () => {
    const a = boxes.get('lambda')!;
    const b = boxes.get('function')!;
    expect(edgePoint(g, 'lambda', 'function', 0)).toEqual({
      x: a.x + a.width,
      y: a.y + a.height / 2,
    });
    expect(edgePoint(g, 'lambda', 'function', 1)).toEqual({ x: b.x, y: b.y + b.height / 2 });
  });
});
