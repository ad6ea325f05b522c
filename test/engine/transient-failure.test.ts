import { describe, expect, it } from 'vitest';
import { sampleInvocation, type Tries } from '../../src/engine/behaviour';
import { Rng } from '../../src/engine/rng';
import { parseScenario } from '../../src/scenario';
import { behaviourSchema } from '../../src/scenario/schema';
import { events, run, times } from './helpers';

const flaky = (attempts: number, when: Array<{ path: string; equals: string }> = []) =>
  behaviourSchema.parse({
    duration: { kind: 'fixed', ms: 50 },
    transientFailure: { attempts, when },
  });

describe('sampleInvocation with a transient failure', () => {
  it('fails a single event its first N tries, then lets it succeed, without a random draw', () => {
    const b = flaky(2);
    const event = { tries: 0 };
    const tries: Tries = { event, records: null };
    const rng = new Rng(5);
    const outcomes = [1, 2, 3].map(() => sampleInvocation(b, {}, null, 3_000, rng, 0, tries));
    expect(outcomes).toEqual([
      {
        outcome: 'error',
        durationMs: 50,
        errorType: 'Error',
        errorMessage: 'Temporary failure: this event fails its try 1 (its first 2 tries fail)',
        transientTry: 1,
        transientAttempts: 2,
      },
      {
        outcome: 'error',
        durationMs: 50,
        errorType: 'Error',
        errorMessage: 'Temporary failure: this event fails its try 2 (its first 2 tries fail)',
        transientTry: 2,
        transientAttempts: 2,
      },
      { outcome: 'success', durationMs: 50 },
    ]);
    expect(event.tries).toBe(3);
    expect(rng.next()).toBe(new Rng(5).next());
  });

  it('counts only the bodies its predicates match', () => {
    const b = flaky(1, [{ path: 'kind', equals: 'flaky' }]);
    const steady = { tries: 0 };
    const s = sampleInvocation(b, { kind: 'steady' }, null, 3_000, new Rng(1), 0, {
      event: steady,
      records: null,
    });
    expect([s.outcome, steady.tries]).toEqual(['success', 0]);
  });

  it('walks a batch in order: the first record still failing decides, later ones are not reached', () => {
    const b = flaky(1);
    const counters = [{ tries: 1 }, { tries: 0 }, { tries: 0 }];
    const s = sampleInvocation(b, {}, [{}, {}, {}], 3_000, new Rng(1), 0, {
      event: null,
      records: counters,
    });
    expect(s.errorMessage).toBe(
      'Temporary failure: record 2 of the batch fails its try 1 (only its first try fails)',
    );
    expect(counters.map((c) => c.tries)).toEqual([2, 1, 0]);
  });

  it('lets a poison record win when the handler meets it first', () => {
    const b = behaviourSchema.parse({
      duration: { kind: 'fixed', ms: 50 },
      errorWhen: [{ path: 'bad', equals: true }],
      transientFailure: { attempts: 1 },
    });
    const counters = [{ tries: 0 }, { tries: 0 }];
    const s = sampleInvocation(b, {}, [{ bad: true }, {}], 3_000, new Rng(1), 0, {
      event: null,
      records: counters,
    });
    expect(s.errorMessage).toBe('Cannot process event: bad is true');
    expect(counters.map((c) => c.tries)).toEqual([0, 0]);
  });
});

describe('asynchronous invocation: an event that fails twice, then succeeds', () => {
  const r = run({
    function: {
      runtime: 'nodejs',
      behaviour: {
        duration: { kind: 'fixed', ms: 100 },
        transientFailure: { attempts: 2, when: [{ path: 'key', equals: 'dog.jpg' }] },
      },
    },
    workloads: [
      {
        id: 'dogs',
        invocationType: 'Event',
        arrivals: { kind: 'single', atMs: [0] },
        payload: { key: 'dog.jpg' },
      },
      {
        id: 'cats',
        invocationType: 'Event',
        arrivals: { kind: 'single', atMs: [10_000] },
        payload: { key: 'cat.jpg' },
      },
    ],
  });

  it('is retried after 60 s and 120 s and succeeds on the third attempt', () => {
    // Dog: 100 ms queue delay, 250 ms cold start, 100 ms handler. Cat: warm, and never fails.
    expect(times(r, 'invoke.start')).toEqual([350, 10_100, 60_450, 180_550]);
    expect(
      events(r, 'invoke.end').map((e) => [
        e.t,
        e.msg,
        e.rule,
        e.detail?.outcome,
        e.detail?.errorMessage,
      ]),
    ).toEqual([
      [
        450,
        0,
        'behaviour.transient-failure',
        'error',
        'Temporary failure: this event fails its try 1 (its first 2 tries fail)',
      ],
      [10_200, 1, 'sync.request', 'success', undefined],
      [
        60_550,
        0,
        'behaviour.transient-failure',
        'error',
        'Temporary failure: this event fails its try 2 (its first 2 tries fail)',
      ],
      [180_650, 0, 'sync.request', 'success', undefined],
    ]);
    expect(r.fates[0]).toMatchObject({ kind: 'succeeded', t: 180_650, attempts: 3 });
    expect(r.fates[1]).toMatchObject({ kind: 'succeeded', t: 10_200, attempts: 1 });
  });
});

describe('the transientFailure and fifoFailureScope settings', () => {
  const errorsOf = (behaviour: Record<string, unknown>) => {
    const p = parseScenario({ version: 1, function: { behaviour } });
    return p.ok ? [] : p.errors.map((e) => [e.path, e.message]);
  };

  it('take attempts from 1 to 1,000 and at most 10 predicates', () => {
    expect(errorsOf({ transientFailure: { attempts: 0 } })).toEqual([
      ['function.behaviour.transientFailure.attempts', 'must be a whole number from 1 to 1,000'],
    ]);
    expect(errorsOf({ transientFailure: { attempts: 1_001 } })).toEqual([
      ['function.behaviour.transientFailure.attempts', 'must be a whole number from 1 to 1,000'],
    ]);
    expect(errorsOf({ transientFailure: { attempts: 1_000 } })).toEqual([]);
    const eleven = Array.from({ length: 11 }, (_, i) => ({ path: 'n', equals: i }));
    expect(errorsOf({ transientFailure: { attempts: 1, when: eleven } })).toEqual([
      ['function.behaviour.transientFailure.when', 'at most 10 predicates'],
    ]);
  });

  it('name the FIFO scopes in plain words', () => {
    expect(errorsOf({ fifoFailureScope: 'groups' })).toEqual([
      ['function.behaviour.fifoFailureScope', 'must be "batch" or "group"'],
    ]);
  });
});
