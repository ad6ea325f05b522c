import fc from 'fast-check';
import type { ScenarioInput } from '../../../src/scenario';

const arrivals = fc.oneof(
  fc.record({
    kind: fc.constant('single' as const),
    atMs: fc.array(fc.integer({ min: 0, max: 120_000 }), { minLength: 1, maxLength: 30 }),
  }),
  fc.record({
    kind: fc.constant('burst' as const),
    atMs: fc.integer({ min: 0, max: 60_000 }),
    count: fc.integer({ min: 1, max: 60 }),
  }),
  fc.record({
    kind: fc.constant('poisson' as const),
    ratePerSecond: fc.double({ min: 0.05, max: 20, noNaN: true }),
    durationMs: fc.integer({ min: 1, max: 120_000 }),
  }),
);

/** Payloads with a status (for filters), some poison (for the function), some plain text. */
const payloads = fc.array(
  fc.oneof(
    {
      weight: 6,
      arbitrary: fc.record({ status: fc.constantFrom('NEW', 'PAID', 'FAILED'), n: fc.nat(99) }),
    },
    { weight: 1, arbitrary: fc.constant({ status: 'NEW', poison: true }) },
    { weight: 1, arbitrary: fc.constant('plain text') },
  ),
  { minLength: 1, maxLength: 8 },
);

const partitionKey = fc.oneof(
  fc.record({ kind: fc.constant('fixed' as const), value: fc.constantFrom('blue', 'green') }),
  fc.record({
    kind: fc.constant('cycle' as const),
    values: fc.array(fc.constantFrom('blue', 'green', 'red', 'amber', 'a', 'b'), {
      minLength: 1,
      maxLength: 4,
    }),
  }),
  fc.record({ kind: fc.constant('random' as const), count: fc.integer({ min: 1, max: 20 }) }),
);

const producer = fc.record({ arrivals, payloads, partitionKey });

const errorSettings = fc.record({
  maximumRetryAttempts: fc.constantFrom(-1, -1, 0, 1, 3),
  maximumRecordAgeInSeconds: fc.constantFrom(-1, -1, 60, 120),
  bisectBatchOnFunctionError: fc.boolean(),
  reportItemFailures: fc.constantFrom(false, false, true),
  destination: fc.constantFrom(undefined, 'sqs', 's3'),
  filter: fc.boolean(),
});

const start = fc.record({
  startingPosition: fc.constantFrom(
    'TRIM_HORIZON',
    'TRIM_HORIZON',
    'LATEST',
    'AT_TIMESTAMP',
  ) as fc.Arbitrary<'TRIM_HORIZON' | 'LATEST' | 'AT_TIMESTAMP'>,
  createdAtMs: fc.constantFrom(0, 0, 5_000, 30_000),
  timestampMs: fc.integer({ min: 0, max: 60_000 }),
});

const stream = fc.record({
  kind: fc.constantFrom('kinesis', 'dynamodb') as fc.Arbitrary<'kinesis' | 'dynamodb'>,
  shards: fc.integer({ min: 1, max: 3 }),
  producers: fc.array(producer, { minLength: 1, maxLength: 2 }),
  batchSize: fc.integer({ min: 1, max: 12 }),
  windowSeconds: fc.constantFrom(0, 0, 1, 3),
  parallelizationFactor: fc.constantFrom(1, 1, 2, 3),
  tumbling: fc.constantFrom(0, 0, 0, 30),
  enhancedFanOut: fc.boolean(),
  enabled: fc.constantFrom(true, true, true, false),
  start,
  errors: errorSettings,
});

const kafka = fc.record({
  kind: fc.constantFrom('msk', 'self-managed') as fc.Arbitrary<'msk' | 'self-managed'>,
  partitions: fc.integer({ min: 1, max: 4 }),
  producers: fc.array(producer, { minLength: 1, maxLength: 2 }),
  batchSize: fc.integer({ min: 1, max: 12 }),
  windowSeconds: fc.constantFrom(undefined, undefined, 0, 1),
  provisioned: fc.boolean(),
  retentionHours: fc.constantFrom(1, 168),
  start,
  errors: errorSettings,
});

const statusFilter = { filters: [{ pattern: { data: { status: ['NEW', 'FAILED'] } } }] };

/** Random scenarios with streams and Kafka topics: small, fast, and touching every setting. */
export const streamScenarioArb: fc.Arbitrary<ScenarioInput> = fc
  .record({
    seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
    // 26 h lets Kinesis and DynamoDB retention (24 h) end while batches are blocked.
    durationMs: fc.constantFrom(60_000, 300_000, 900_000, 2 * 3_600_000, 26 * 3_600_000),
    errorRate: fc.constantFrom(0, 0, 0.1, 0.4),
    timeoutRate: fc.constantFrom(0, 0, 0.05),
    durationMs2: fc.integer({ min: 1, max: 3_000 }),
    reserved: fc.constantFrom(undefined, undefined, undefined, 0, 1, 2),
    serviceErrorRate: fc.constantFrom(0, 0, 0.1),
    // Records that fail their first tries, and the shape of a partial batch response.
    transient: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined, freq: 3 }),
    reply: fc.constantFrom<'valid' | 'null-identifier' | 'null-list' | undefined>(
      undefined,
      undefined,
      'null-identifier',
      'null-list',
    ),
    streams: fc.array(stream, { maxLength: 2 }),
    kafka: fc.array(kafka, { maxLength: 2 }),
  })
  .map((a) => {
    const startIso = '2026-01-01T00:00:00.000Z';
    const at = (ms: number) => new Date(Date.parse(startIso) + ms).toISOString();
    const mappingErrors = (e: (typeof a.streams)[number]['errors']) => ({
      maximumRetryAttempts: e.maximumRetryAttempts,
      maximumRecordAgeInSeconds: e.maximumRecordAgeInSeconds,
      bisectBatchOnFunctionError: e.bisectBatchOnFunctionError,
      functionResponseTypes: e.reportItemFailures ? ['ReportBatchItemFailures' as const] : [],
      destinationConfig: e.destination
        ? { onFailure: { type: e.destination as 'sqs' | 's3', name: 'failures' } }
        : undefined,
    });
    const startOf = (s: (typeof a.streams)[number]['start'], atTimestampAllowed: boolean) => {
      const pos =
        s.startingPosition === 'AT_TIMESTAMP' && !atTimestampAllowed
          ? 'LATEST'
          : s.startingPosition;
      return {
        startingPosition: pos,
        createdAtMs: s.createdAtMs,
        startingPositionTimestamp: pos === 'AT_TIMESTAMP' ? at(s.timestampMs) : undefined,
      };
    };
    return {
      version: 1 as const,
      seed: a.seed,
      startTime: startIso,
      durationMs: a.durationMs,
      function: {
        timeoutSeconds: 5,
        reservedConcurrency: a.reserved,
        behaviour: {
          duration: { kind: 'uniform' as const, minMs: 1, maxMs: a.durationMs2 },
          errorRate: a.errorRate,
          timeoutRate: a.timeoutRate,
          errorWhen: [{ path: 'poison', equals: true }],
          transientFailure: a.transient === undefined ? undefined : { attempts: a.transient },
          partialBatchResponse: a.reply,
        },
      },
      faults: { serviceErrorRate: a.serviceErrorRate },
      streams: a.streams.map((s, i) => ({
        kind: s.kind,
        name: `stream-${i}`,
        shards: s.shards,
        producers: s.producers.map((p, j) => ({ id: `p${j}`, ...p })),
        mapping: {
          ...startOf(s.start, s.kind === 'kinesis'),
          batchSize: s.batchSize,
          maximumBatchingWindowInSeconds: s.windowSeconds,
          parallelizationFactor: s.parallelizationFactor,
          tumblingWindowInSeconds: s.tumbling,
          enhancedFanOut: s.kind === 'kinesis' && s.enhancedFanOut,
          enabled: s.enabled,
          ...mappingErrors(s.errors),
          filterCriteria: s.errors.filter
            ? s.kind === 'kinesis'
              ? statusFilter
              : {
                  filters: [
                    { pattern: { dynamodb: { NewImage: { status: { S: ['NEW', 'FAILED'] } } } } },
                  ],
                }
            : undefined,
        },
      })),
      kafka: a.kafka.map((k, i) => ({
        kind: k.kind,
        cluster: 'cluster',
        topic: `topic-${i}`,
        partitions: k.partitions,
        retentionHours: k.retentionHours,
        producers: k.producers.map((p, j) => ({ id: `p${j}`, ...p })),
        mapping: {
          ...startOf(k.start, true),
          batchSize: k.batchSize,
          maximumBatchingWindowInSeconds: k.windowSeconds,
          ...(k.provisioned
            ? {
                provisionedPollerConfig: { minimumPollers: 1, maximumPollers: 3 },
                ...mappingErrors(k.errors),
              }
            : // On demand: no retry controls, but an on-failure destination is allowed.
              { destinationConfig: mappingErrors(k.errors).destinationConfig }),
          filterCriteria: k.errors.filter
            ? { filters: [{ pattern: { value: { status: ['NEW', 'FAILED'] } } }] }
            : undefined,
        },
      })),
    } satisfies ScenarioInput;
  });
