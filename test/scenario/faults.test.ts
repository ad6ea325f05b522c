import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/engine';
import { parseScenario, presets, type Scenario } from '../../src/scenario';
import {
  applyFaults,
  ERROR_LEVELS,
  faultUnavailable,
  type FaultId,
  type FaultSet,
} from '../../src/scenario/faults';
import { permissionFault } from '../../src/scenario/faults-permission';

function preset(id: string): Scenario {
  const p = presets.find((x) => x.id === id)!;
  const parsed = parseScenario(p.scenario);
  if (!parsed.ok) throw new Error(`preset ${id} does not parse`);
  return parsed.scenario;
}

const ALL_IDS: readonly FaultId[] = [
  'errors',
  'failFirst',
  'poison',
  'timeouts',
  'throttle',
  'permission',
  'outage',
];

function one(id: FaultId, at = 1_000): FaultSet {
  switch (id) {
    case 'errors':
      return { errors: 0.5 };
    case 'poison':
      return { poison: { atMs: at } };
    case 'outage':
      return { outage: { fromMs: at } };
    default:
      return { [id]: true };
  }
}

describe('every fault on every preset', () => {
  for (const p of presets) {
    it(`${p.id}: each fault alone, every error level and all together parse back unchanged`, () => {
      const base = preset(p.id);
      const sets: FaultSet[] = [
        ...ALL_IDS.filter((id) => faultUnavailable(id, base, permissionFault) === null).map((id) =>
          one(id),
        ),
        ...ERROR_LEVELS.map((errors) => ({ errors })),
        ALL_IDS.filter(
          (id) => faultUnavailable(id, base, permissionFault) === null,
        ).reduce<FaultSet>((acc, id) => ({ ...acc, ...one(id, 2_500) }), { errors: 1 }),
      ];
      for (const f of sets) {
        const faulted = applyFaults(base, f, permissionFault);
        const reparsed = parseScenario(JSON.parse(JSON.stringify(faulted)));
        if (!reparsed.ok)
          throw new Error(`${JSON.stringify(f)}: ${JSON.stringify(reparsed.errors)}`);
        expect(reparsed.scenario).toEqual(faulted);
      }
      // The base document itself is never changed.
      expect(base).toEqual(preset(p.id));
    });
  }
});

describe('faults compose and come off cleanly', () => {
  it('removing one fault gives exactly what the others alone make', () => {
    const base = preset('async-destinations');
    const all = applyFaults(base, { errors: 0.1, timeouts: true, throttle: true });
    expect(all.function.behaviour.duration).toEqual({ kind: 'fixed', ms: 3_000 });
    const rest = applyFaults(base, { errors: 0.1, throttle: true });
    expect(rest.function.behaviour).toEqual({ ...base.function.behaviour, errorRate: 0.1 });
    expect(rest.function.reservedConcurrency).toBe(0);
    expect(applyFaults(base, {})).toBe(base);
  });

  it('keeps error + timeout + crash rates within 1', () => {
    const base = preset('async-retries');
    const b = { ...base.function.behaviour, timeoutRate: 0.3, crashRate: 0.2 };
    const s = { ...base, function: { ...base.function, behaviour: b } };
    const out = applyFaults(s, { errors: 1 }).function.behaviour;
    expect([out.errorRate, out.timeoutRate, out.crashRate]).toEqual([1, 0, 0]);
    const half = applyFaults(s, { errors: 0.5 }).function.behaviour;
    expect([half.errorRate, half.timeoutRate, half.crashRate]).toEqual([0.5, 0.3, 0.2]);
  });
});

describe('where a fault cannot apply', () => {
  it('says why', () => {
    expect(faultUnavailable('poison', preset('api-gateway-throttle'))).toBe(
      'Needs a queue, a stream or asynchronous events to carry a poison message',
    );
    expect(faultUnavailable('throttle', preset('reserved-kill-switch'))).toBe(
      'Reserved concurrency is already 0',
    );
    expect(faultUnavailable('outage', preset('sqs-redrive'))).toBe(
      'The function has no dead-letter queue or destination to lose',
    );
    expect(faultUnavailable('permission', preset('async-retries'), permissionFault)).toBe(
      'No event source here needs a permission that is still granted',
    );
    expect(faultUnavailable('permission', preset('sqs-redrive'), permissionFault)).toBeNull();
    expect(faultUnavailable('outage', preset('kinesis-bisect'))).toBeNull();
  });
});

/** Outcomes of the run: one line per trace event of the given kinds, "t kind msg". */
function rows(s: Scenario, kinds: readonly string[]): string[] {
  return simulate(s)
    .trace.filter((e) => kinds.includes(e.kind))
    .map((e) => `${e.t} ${e.kind} #${e.msg + 1}`);
}

describe('what each fault does to a run', () => {
  it('throttle on async-retries: both events are throttled once and go straight to the DLQ', () => {
    const run = simulate(applyFaults(preset('async-retries'), { throttle: true }));
    const kinds = ['throttled', 'async.retry', 'invoke.start', 'dlq.sent'];
    expect(
      run.trace.filter((e) => kinds.includes(e.kind)).map((e) => `${e.t} ${e.kind} #${e.msg + 1}`),
    ).toEqual(['100 throttled #1', '100 dlq.sent #1', '5100 throttled #2', '5100 dlq.sent #2']);
    expect(run.fates.map((f) => [f.kind, f.rule])).toEqual([
      ['dlq', 'async.reserved-zero'],
      ['dlq', 'async.reserved-zero'],
    ]);
    expect(run.stats.throttles).toBe(2);
    expect(run.stats.invocations).toBe(0);
  });

  it('the first 3 fail on a healthy sync scenario: invocations 1–3 error, the 4th succeeds', () => {
    const run = simulate(applyFaults(preset('cold-warm-provisioned'), { failFirst: true }));
    const ends = run.trace.filter((e) => e.kind === 'invoke.end');
    expect(ends.slice(0, 4).map((e) => e.detail?.outcome)).toEqual([
      'error',
      'error',
      'error',
      'success',
    ]);
    expect(ends.slice(0, 3).map((e) => e.rule)).toEqual([
      'behaviour.fail-first',
      'behaviour.fail-first',
      'behaviour.fail-first',
    ]);
    expect(ends[1]!.detail?.errorMessage).toBe(
      'Invocation 2 of the run: the first 3 are set to fail',
    );
    expect(ends.filter((e) => e.detail?.outcome !== 'success')).toHaveLength(3);
  });

  it('the first 3 fail on async-destinations: both good invoices fail once, then succeed on retry', () => {
    const run = simulate(applyFaults(preset('async-destinations'), { failFirst: true }));
    expect(rows(run.scenario, ['invoke.end', 'destination.sent', 'async.retry'])).toEqual([
      '650 invoke.end #1',
      '650 async.retry #1',
      '1400 invoke.end #2',
      '1400 async.retry #2',
      '2400 invoke.end #3',
      '2400 async.retry #3',
      '60950 invoke.end #1',
      '60950 destination.sent #1',
      '61700 invoke.end #2',
      '61700 async.retry #2',
      '62700 invoke.end #3',
      '62700 destination.sent #3',
      '182000 invoke.end #2',
      '182000 destination.sent #2',
    ]);
  });

  it('destination outage on async-retries: the DLQ gets nothing and both events are lost', () => {
    const run = simulate(applyFaults(preset('async-retries'), { outage: { fromMs: 0 } }));
    expect(run.trace.filter((e) => e.kind === 'dlq.sent')).toHaveLength(0);
    expect(rows(run.scenario, ['dlq.failed', 'fate'])).toEqual([
      '182750 dlq.failed #1',
      '182750 fate #1',
      '187500 dlq.failed #2',
      '187500 fate #2',
    ]);
    expect(run.fates.map((f) => [f.kind, f.rule, f.deliveredTo])).toEqual([
      ['dropped', 'async.destination-unreachable', []],
      ['dropped', 'async.destination-unreachable', []],
    ]);
  });

  it('an outage that has ended by the time of the discard changes nothing', () => {
    const base = simulate(preset('async-retries'));
    const later = simulate(applyFaults(preset('async-retries'), { outage: { fromMs: 188_000 } }));
    expect(later.trace.map((e) => e.kind)).toEqual(base.trace.map((e) => e.kind));
  });

  it('destination outage on kinesis-bisect: the skipped record’s metadata is lost', () => {
    const run = simulate(applyFaults(preset('kinesis-bisect'), { outage: { fromMs: 0 } }));
    expect(run.trace.filter((e) => e.kind === 'stream.destination')).toHaveLength(0);
    const failed = run.trace.filter((e) => e.kind === 'destination.failed');
    expect(failed.map((e) => [e.t, e.rule, e.detail?.target])).toEqual([
      [14_500, 'stream.destination-delivery-failed', 'clickstream-failures'],
    ]);
  });

  it('timeouts: every invocation runs to the function timeout', () => {
    const run = simulate(applyFaults(preset('async-retries'), { timeouts: true }));
    const ends = run.trace.filter((e) => e.kind === 'invoke.end');
    expect(ends).toHaveLength(6);
    expect(new Set(ends.map((e) => `${e.detail?.outcome} ${e.detail?.durationMs}`))).toEqual(
      new Set(['timeout 10000']),
    );
  });

  it('errors at 100 %: a healthy function fails every invocation', () => {
    const run = simulate(applyFaults(preset('cold-warm-provisioned'), { errors: 1 }));
    const ends = run.trace.filter((e) => e.kind === 'invoke.end');
    expect(ends.length).toBeGreaterThan(0);
    expect(ends.every((e) => e.detail?.outcome === 'error')).toBe(true);
  });

  it('a poison message on sqs-partial-batch comes back and ends in the DLQ', () => {
    const run = simulate(applyFaults(preset('sqs-partial-batch'), { poison: { atMs: 5_000 } }));
    const poison = run.messages.findIndex((m) => m.workload === 'producer:orders/poison');
    expect(poison).toBeGreaterThanOrEqual(0);
    expect(run.fates[poison]!.kind).toBe('redriven');
  });

  it('a poison event on async-retries is one more event that ends in the DLQ', () => {
    const s = applyFaults(preset('async-retries'), { poison: { atMs: 7_000 } });
    expect(s.workloads.map((w) => w.id)).toEqual(['uploads', 'poison']);
    expect(s.workloads[1]!.payload).toEqual({ bucket: 'photos', key: 'cat.jpg', poison: true });
    expect(simulate(s).fates.map((f) => f.kind)).toEqual(['dlq', 'dlq', 'dlq']);
  });

  it('a removed permission on sqs-redrive: the mapping is refused and nothing is invoked', () => {
    const s = applyFaults(preset('sqs-redrive'), { permission: true }, permissionFault);
    expect(s.permissions?.executionRole).not.toContain('sqs:ReceiveMessage');
    expect(s.permissions?.executionRole).toContain('sqs:DeleteMessage');
    const run = simulate(s);
    expect(run.trace.filter((e) => e.kind === 'queue.mapping-rejected').map((e) => e.rule)).toEqual(
      ['permission.execution-role'],
    );
    expect(run.stats.invocations).toBe(0);
  });

  it('a removed permission on permissions-policy-vs-role takes the SNS statement away', () => {
    const s = applyFaults(
      preset('permissions-policy-vs-role'),
      { permission: true },
      permissionFault,
    );
    expect(s.permissions?.resourcePolicy).toEqual([]);
    const run = simulate(s);
    expect(run.stats.invocations).toBe(0);
  });
});
