import fc from 'fast-check';
import type { ScenarioInput } from '../../src/scenario';

const duration = fc.oneof(
  fc.record({ kind: fc.constant('fixed' as const), ms: fc.integer({ min: 1, max: 20_000 }) }),
  fc
    .tuple(fc.integer({ min: 1, max: 5_000 }), fc.integer({ min: 0, max: 5_000 }))
    .map(([a, b]) => ({ kind: 'uniform' as const, minMs: a, maxMs: a + b })),
  fc.record({
    kind: fc.constant('normal' as const),
    meanMs: fc.integer({ min: 1, max: 5_000 }),
    stdDevMs: fc.integer({ min: 0, max: 2_000 }),
  }),
);

const rates = fc
  .tuple(
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.double({ min: 0, max: 1, noNaN: true }),
  )
  .map(([a, b, c]) => {
    const sum = Math.max(1, a + b + c);
    return {
      errorRate: a / sum / 1.0001,
      timeoutRate: b / sum / 1.0001,
      crashRate: c / sum / 1.0001,
    };
  });

const behaviour = fc
  .record({
    duration,
    rates,
    // Now and then a response too large for a synchronous caller (over 6 MB).
    responseBytes: fc.constantFrom(undefined, undefined, undefined, 100, 7_000_000),
    // Now and then every event fails its first tries (a transient failure).
    transientFailure: fc.option(fc.record({ attempts: fc.integer({ min: 1, max: 3 }) }), {
      nil: undefined,
      freq: 3,
    }),
  })
  .map(({ duration, rates, responseBytes, transientFailure }) => ({
    duration,
    ...rates,
    responseBytes,
    transientFailure,
  }));

const destination = fc.option(
  fc.record({
    type: fc.constantFrom('sqs', 'sns', 'lambda', 'eventbridge') as fc.Arbitrary<'sqs'>,
    name: fc.constantFrom('a', 'b'),
  }),
  { nil: undefined },
);

const arrivals = fc.oneof(
  fc.record({
    kind: fc.constant('single' as const),
    atMs: fc.array(fc.integer({ min: 0, max: 600_000 }), { minLength: 1, maxLength: 20 }),
  }),
  fc.record({
    kind: fc.constant('burst' as const),
    atMs: fc.integer({ min: 0, max: 600_000 }),
    count: fc.integer({ min: 1, max: 40 }),
  }),
  fc.record({
    kind: fc.constant('constant' as const),
    ratePerSecond: fc.double({ min: 0.01, max: 5, noNaN: true }),
    durationMs: fc.integer({ min: 1, max: 60_000 }),
  }),
  fc.record({
    kind: fc.constant('poisson' as const),
    ratePerSecond: fc.double({ min: 0.01, max: 5, noNaN: true }),
    durationMs: fc.integer({ min: 1, max: 60_000 }),
  }),
);

const target = fc.record({
  type: fc.constantFrom('lambda', 'sqs', 'stepfunctions') as fc.Arbitrary<
    'lambda' | 'sqs' | 'stepfunctions'
  >,
  fault: fc.option(
    fc.record({
      error: fc.constantFrom(
        'THROTTLING',
        'TIMEOUT',
        'NO_PERMISSIONS',
        'NO_RESOURCE',
      ) as fc.Arbitrary<'THROTTLING'>,
      rate: fc.double({ min: 0, max: 1, noNaN: true }),
      fromMs: fc.integer({ min: 0, max: 60_000 }),
    }),
    { nil: undefined },
  ),
  retries: fc.integer({ min: 0, max: 185 }),
  maxAge: fc.integer({ min: 60, max: 86_400 }),
  dlq: fc.boolean(),
});

const eventbridge = fc.option(
  fc.record({
    rules: fc.array(
      fc.record({
        source: fc.constantFrom('a', 'b'),
        schedule: fc.constantFrom(undefined, undefined, 'rate(1 minute)', 'cron(0/2 * * * ? *)'),
        enabled: fc.boolean(),
        targets: fc.array(target, { minLength: 1, maxLength: 5 }),
      }),
      { minLength: 0, maxLength: 3 },
    ),
    producers: fc.array(fc.record({ source: fc.constantFrom('a', 'b', 'c'), arrivals }), {
      maxLength: 2,
    }),
    replay: fc.boolean(),
    schedules: fc.array(
      fc.record({
        expression: fc.constantFrom(
          'rate(1 minute)',
          'cron(0/2 * * * ? *)',
          'cron(30 2 * * ? *)',
          'at(2026-11-01T01:30:00)',
        ),
        timezone: fc.constantFrom('UTC', 'America/New_York', 'Europe/Paris'),
        window: fc.constantFrom(0, 0, 5),
        enabled: fc.boolean(),
        target,
      }),
      { maxLength: 2 },
    ),
  }),
  { nil: undefined },
);

/** Random but valid scenario documents: small enough to run a thousand of them quickly. */
export const scenarioArb: fc.Arbitrary<ScenarioInput> = fc
  .record({
    seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
    durationMs: fc.integer({ min: 1_000, max: 3_600_000 }),
    // Some runs start just before a daylight saving change in New York and Paris (2026).
    startTime: fc.constantFrom(
      undefined,
      '2026-11-01T05:00:00Z',
      '2026-03-08T06:30:00Z',
      '2026-03-29T00:30:00Z',
    ),
    limit: fc.integer({ min: 110, max: 2_000 }),
    legacy: fc.boolean(),
    reserved: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
    timeoutSeconds: fc.integer({ min: 1, max: 30 }),
    latest: behaviour,
    v1: behaviour,
    v2: behaviour,
    weight: fc.double({ min: 0, max: 1, noNaN: true }),
    pc: fc.integer({ min: 0, max: 3 }),
    retries: fc.integer({ min: 0, max: 2 }),
    maxAge: fc.integer({ min: 60, max: 21_600 }),
    dlq: fc.boolean(),
    onSuccess: destination,
    onFailure: destination,
    duplicateRate: fc.constantFrom(0, 0, 0.2),
    serviceErrorRate: fc.constantFrom(0, 0, 0, 0.1),
    eventbridge,
    idle: fc.integer({ min: 1, max: 60 }),
    workloads: fc.array(
      fc.record({
        arrivals,
        invocationType: fc.constantFrom(
          'RequestResponse',
          'Event',
          'Event',
          'DryRun',
        ) as fc.Arbitrary<'RequestResponse' | 'Event' | 'DryRun'>,
        qualifier: fc.constantFrom('$LATEST', 1, 2, 'prod', 'live') as fc.Arbitrary<string>,
        sdk: fc.boolean(),
        // Sizes around the limits: under and over 256 KB, 1 MB and 6 MB.
        payloadBytes: fc.constantFrom(undefined, undefined, 200_000, 300_000, 2_000_000, 7_000_000),
        invokeAsync: fc.constantFrom(false, false, true),
      }),
      { minLength: 1, maxLength: 3 },
    ),
  })
  .map((a) => {
    const version = (n: number, b: typeof a.v1) => ({
      version: n,
      runtime: 'nodejs' as const,
      packageType: 'zip' as const,
      memoryMb: 128,
      timeoutSeconds: a.timeoutSeconds,
      behaviour: b,
    });
    const pc = a.reserved === undefined ? a.pc : Math.min(a.pc, a.reserved);
    return {
      version: 1 as const,
      seed: a.seed,
      durationMs: a.durationMs,
      ...(a.startTime && { startTime: a.startTime }),
      account: {
        concurrencyLimit: a.limit,
        scalingModel: a.legacy ? 'legacy-burst' : 'current',
        legacyBurstLimit: 500,
      },
      function: {
        timeoutSeconds: a.timeoutSeconds,
        behaviour: a.latest,
        reservedConcurrency: a.reserved,
        deadLetterQueue: a.dlq ? { type: 'sqs' as const, name: 'dlq' } : undefined,
        asyncConfig: {
          maximumRetryAttempts: a.retries,
          maximumEventAgeInSeconds: a.maxAge,
          onSuccess: a.onSuccess,
          onFailure: a.onFailure,
        },
        versions: [version(1, a.v1), version(2, a.v2)],
        aliases: [
          { name: 'prod', version: 1, routing: { version: 2, weight: a.weight } },
          { name: 'live', version: 2 },
        ],
        provisionedConcurrency: pc > 0 ? [{ qualifier: 'live', count: pc }] : [],
      },
      environment: { idleTimeoutMinutes: a.idle },
      async: { queueDelayMs: 100, duplicateRate: a.duplicateRate },
      faults: { serviceErrorRate: a.serviceErrorRate },
      eventbridge: a.eventbridge && {
        rules: a.eventbridge.rules.map((r, i) => ({
          name: `r${i}`,
          enabled: r.enabled,
          ...(r.schedule
            ? { scheduleExpression: r.schedule }
            : { eventPattern: { source: [r.source] } }),
          targets: r.targets.map((t, j) => ({
            id: `t${j}`,
            type: t.type,
            ...(t.type === 'lambda' ? { qualifier: 'prod' } : { name: `n${j}` }),
            fault: t.fault,
            retryPolicy: { maximumRetryAttempts: t.retries, maximumEventAgeInSeconds: t.maxAge },
            deadLetterQueue: t.dlq ? { name: 'eb-dlq' } : undefined,
          })),
        })),
        producers: a.eventbridge.producers.map((p, i) => ({
          id: `p${i}`,
          arrivals: p.arrivals,
          source: p.source,
          detailType: 'Thing',
        })),
        schedules: a.eventbridge.schedules.map((sc, i) => ({
          name: `s${i}`,
          enabled: sc.enabled,
          scheduleExpression: sc.expression,
          timezone: sc.timezone,
          flexibleTimeWindow:
            sc.window > 0
              ? { mode: 'FLEXIBLE' as const, maximumWindowInMinutes: sc.window }
              : { mode: 'OFF' as const },
          target: {
            qualifier: 'prod',
            fault: sc.target.fault,
            retryPolicy: {
              maximumRetryAttempts: sc.target.retries,
              maximumEventAgeInSeconds: sc.target.maxAge,
            },
            deadLetterQueue: sc.target.dlq ? { name: 'sched-dlq' } : undefined,
          },
        })),
        archives: [{ name: 'all' }],
        replays: a.eventbridge.replay
          ? [{ name: 'again', archive: 'all', fromMs: 0, toMs: 60_000, atMs: 120_000 }]
          : [],
      },
      workloads: a.workloads.map((w, i) => ({
        id: `w${i}`,
        arrivals: w.arrivals,
        invocationType: w.invocationType,
        qualifier: w.qualifier,
        payloadBytes: w.payloadBytes,
        api: w.invokeAsync && w.invocationType === 'Event' ? ('InvokeAsync' as const) : undefined,
        callerRetry:
          w.sdk && w.invocationType === 'RequestResponse'
            ? { mode: 'sdk' as const }
            : { mode: 'none' as const },
      })),
    } satisfies ScenarioInput;
  });
