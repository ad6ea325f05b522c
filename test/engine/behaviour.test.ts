import { describe, expect, it } from 'vitest';
import { readPath, sampleInvocation } from '../../src/engine/behaviour';
import { Rng } from '../../src/engine/rng';
import { behaviourSchema } from '../../src/scenario/schema';
import { events, run } from './helpers';

const behaviour = (b: Record<string, unknown>) => behaviourSchema.parse(b);

/** Two predicates, in this order: a record matching only the second one still fails. */
const twoPredicates = behaviour({
  duration: { kind: 'fixed', ms: 120 },
  errorWhen: [
    { path: 'order.id', equals: 13 },
    { path: 'bad', equals: true },
  ],
});

/** The next numbers a generator would give: shows how many draws a call used. */
const nextDraws = (rng: Rng) => [rng.next(), rng.next()];

describe('sampleInvocation: a single event (no records)', () => {
  it('fails a payload a predicate matches, naming that predicate', () => {
    expect(sampleInvocation(twoPredicates, { order: { id: 13 } }, null, 3_000, new Rng(1))).toEqual(
      {
        outcome: 'error',
        durationMs: 120,
        errorType: 'Error',
        errorMessage: 'Cannot process event: order.id is 13',
      },
    );
  });

  it('lets any other payload succeed without drawing a number (fixed duration, no rates)', () => {
    const rng = new Rng(7);
    expect(sampleInvocation(twoPredicates, { order: { id: 12 } }, null, 3_000, rng)).toEqual({
      outcome: 'success',
      durationMs: 120,
    });
    expect(nextDraws(rng)).toEqual(nextDraws(new Rng(7)));
  });

  it('draws the error rate as before when nothing is poison', () => {
    const flaky = behaviour({ duration: { kind: 'fixed', ms: 50 }, errorRate: 1 });
    expect(sampleInvocation(flaky, { bad: true }, null, 3_000, new Rng(3))).toEqual({
      outcome: 'error',
      durationMs: 50,
      errorType: 'Error',
      errorMessage: 'Simulated handler error',
    });
  });

  it('still times out when the handler runs past the timeout, poison or not', () => {
    expect(sampleInvocation(twoPredicates, { bad: true }, null, 100, new Rng(1))).toEqual({
      outcome: 'timeout',
      durationMs: 100,
      errorType: 'Sandbox.Timedout',
      errorMessage: 'Task timed out after 0.10 seconds',
    });
  });
});

describe('sampleInvocation: a batch carrying the records its handler walks', () => {
  const event = { Records: [{ body: '{"bad":false}' }, { body: '{"bad":true}' }] };

  it('fails on a poison record although the batch event itself matches nothing', () => {
    const s = sampleInvocation(
      twoPredicates,
      event,
      [{ bad: false }, { bad: true }],
      3_000,
      new Rng(1),
    );
    expect(s).toEqual({
      outcome: 'error',
      durationMs: 120,
      errorType: 'Error',
      errorMessage: 'Cannot process event: bad is true',
    });
  });

  it('names the first poison record’s predicate: the handler throws there, in record order', () => {
    // Record 1 matches the second predicate, record 2 the first: record 1 decides.
    const s = sampleInvocation(
      twoPredicates,
      event,
      [{ n: 1 }, { bad: true }, { order: { id: 13 } }],
      3_000,
      new Rng(1),
    );
    expect(s.errorMessage).toBe('Cannot process event: bad is true');
  });

  it('reads the payload first: a predicate on the event itself fails the batch too', () => {
    const byEvent = behaviour({ errorWhen: [{ path: 'Records.0.body', equals: 'boom' }] });
    const s = sampleInvocation(byEvent, { Records: [{ body: 'boom' }] }, [{}], 3_000, new Rng(1));
    expect(s.errorMessage).toBe('Cannot process event: Records.0.body is "boom"');
  });

  it('with no poison record, draws exactly as a single event would', () => {
    const flaky = behaviour({
      duration: { kind: 'uniform', minMs: 10, maxMs: 500 },
      errorRate: 0.5,
    });
    for (let seed = 1; seed <= 20; seed++) {
      const single = new Rng(seed);
      const batch = new Rng(seed);
      expect(sampleInvocation(flaky, event, [{ bad: false }, 'text'], 3_000, batch)).toEqual(
        sampleInvocation(flaky, event, null, 3_000, single),
      );
      expect(nextDraws(batch)).toEqual(nextDraws(single));
    }
  });

  it('an empty batch has nothing to fail on', () => {
    expect(sampleInvocation(twoPredicates, { Records: [] }, [], 3_000, new Rng(1)).outcome).toBe(
      'success',
    );
  });
});

describe('a single invocation end to end is unchanged: no records, the payload decides', () => {
  // Two synchronous requests, the second one poison; 250 ms Node.js cold start, 120 ms handler.
  const r = run({
    durationMs: 5_000,
    function: { runtime: 'nodejs', behaviour: twoPredicates },
    workloads: [
      {
        id: 'api',
        arrivals: { kind: 'single', atMs: [0, 1_000] },
        payload: { order: { id: 12 } },
      },
      {
        id: 'bad-api',
        arrivals: { kind: 'single', atMs: [2_000] },
        payload: { order: { id: 13 } },
      },
    ],
  });

  it('carries no records', () => {
    expect(r.messages.map((m) => m.records)).toEqual([null, null, null]);
  });

  it('fails only the poison payload, at the same times as ever', () => {
    expect(
      events(r, 'invoke.end').map((e) => [e.msg, e.t, e.detail?.outcome, e.detail?.errorMessage]),
    ).toEqual([
      [0, 370, 'success', undefined],
      [1, 1_120, 'success', undefined],
      [2, 2_120, 'error', 'Cannot process event: order.id is 13'],
    ]);
    expect(r.fates.map((f) => [f.kind, f.t])).toEqual([
      ['succeeded', 370],
      ['succeeded', 1_120],
      ['function-error', 2_120],
    ]);
  });
});

describe('readPath', () => {
  const doc = { order: { id: 13, lines: [{ sku: 'A-1' }] }, '': { x: 1 }, flat: 'text' };

  it('walks own fields and array indexes along a dotted path', () => {
    expect(readPath(doc, 'order')).toBe(doc.order);
    expect(readPath(doc, 'order.id')).toBe(13);
    expect(readPath(doc, 'order.lines.0.sku')).toBe('A-1');
  });

  it('gives undefined for a missing field, a non-object on the way, or an inherited field', () => {
    expect(readPath(doc, 'order.name')).toBeUndefined();
    expect(readPath(doc, 'flat.length')).toBeUndefined();
    expect(readPath(doc, 'order.toString')).toBeUndefined();
    expect(readPath(null, 'order')).toBeUndefined();
  });

  it('treats an empty segment as the empty key, as splitting on dots would', () => {
    expect(readPath(doc, '.x')).toBe(1);
    expect(readPath(doc, 'order.')).toBeUndefined();
  });
});
