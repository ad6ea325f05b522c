import fc from 'fast-check';
import type { ScenarioInput } from '../../../src/scenario';

const arrivals = fc.oneof(
  fc.record({
    kind: fc.constant('single' as const),
    atMs: fc.array(fc.integer({ min: 0, max: 300_000 }), { minLength: 1, maxLength: 15 }),
  }),
  fc.record({
    kind: fc.constant('burst' as const),
    atMs: fc.integer({ min: 0, max: 300_000 }),
    count: fc.oneof(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 100, max: 400 })),
  }),
  fc.record({
    kind: fc.constant('poisson' as const),
    ratePerSecond: fc.double({ min: 0.05, max: 3, noNaN: true }),
    durationMs: fc.integer({ min: 1, max: 60_000 }),
  }),
);

const body = fc.constantFrom<unknown>(
  { type: 'order', bad: false },
  { type: 'order', bad: true },
  { type: 'ping' },
  'plain text',
);

type Filters = { filters: Array<{ pattern: Record<string, unknown> }> } | undefined;

const filters: fc.Arbitrary<Filters> = fc.constantFrom<Filters>(
  undefined,
  undefined,
  undefined,
  { filters: [{ pattern: { body: { type: ['order'] } } }] },
  { filters: [{ pattern: { data: { type: ['order'] } } }] },
  { filters: [{ pattern: { body: { bad: [false] } } }, { pattern: { data: { bad: [false] } } }] },
);

const queue = fc.record({
  fifo: fc.boolean(),
  /** Now and then below the function timeout: the mapping is then refused. */
  visibility: fc.option(fc.integer({ min: 1, max: 120 }), { nil: undefined, freq: 4 }),
  retention: fc.constantFrom(60, 345_600, 345_600),
  delay: fc.constantFrom(0, 0, 3, 30),
  redrive: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
  kms: fc.constantFrom(false, false, false, true),
  producers: fc.array(
    fc.record({
      arrivals,
      body,
      sizeBytes: fc.constantFrom(undefined, undefined, 900_000),
      groups: fc.integer({ min: 1, max: 4 }),
      random: fc.boolean(),
    }),
    { minLength: 1, maxLength: 3 },
  ),
  mapping: fc.option(
    fc.record({
      enabled: fc.constantFrom(true, true, true, false),
      batchSize: fc.integer({ min: 1, max: 10 }),
      bigBatch: fc.constantFrom(0, 0, 50, 500),
      window: fc.constantFrom(0, 0, 1, 5),
      rbif: fc.boolean(),
      maxConcurrency: fc.option(fc.integer({ min: 2, max: 20 }), { nil: undefined }),
      // Provisioned mode (refused when MaximumConcurrency is set too).
      provisioned: fc.option(
        fc
          .record({ min: fc.integer({ min: 2, max: 4 }), extra: fc.integer({ min: 0, max: 3 }) })
          .map((p) => ({ minimumPollers: p.min, maximumPollers: p.min + p.extra })),
        { nil: undefined, freq: 3 },
      ),
      filterCriteria: filters,
    }),
    { nil: undefined },
  ),
});

const broker = fc.record({
  engine: fc.constantFrom('activemq', 'rabbitmq') as fc.Arbitrary<'activemq' | 'rabbitmq'>,
  redeliveries: fc.integer({ min: 0, max: 3 }),
  dlq: fc.boolean(),
  producers: fc.array(fc.record({ arrivals, body }), { minLength: 1, maxLength: 2 }),
  batchSize: fc.integer({ min: 1, max: 200 }),
  window: fc.constantFrom(undefined, 0, 1),
  filterCriteria: filters,
});

/** Random but valid scenarios with SQS queues and Amazon MQ brokers. */
export const queueScenarioArb: fc.Arbitrary<ScenarioInput> = fc
  .record({
    seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
    durationMs: fc.integer({ min: 10_000, max: 900_000 }),
    legacy: fc.boolean(),
    reserved: fc.option(fc.integer({ min: 0, max: 8 }), { nil: undefined }),
    timeoutSeconds: fc.integer({ min: 1, max: 90 }),
    duration: fc.constantFrom(50, 500, 5_000, 30_000, 70_000),
    errorRate: fc.constantFrom(0, 0.2, 0.5, 1),
    timeoutRate: fc.constantFrom(0, 0, 0.1),
    poison: fc.boolean(),
    // Messages that fail their first tries, where a FIFO handler stops, what the response looks like.
    transient: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined, freq: 3 }),
    fifoScope: fc.constantFrom<'batch' | 'group' | undefined>(undefined, 'batch', 'group'),
    reply: fc.constantFrom<'valid' | 'invalid-json' | 'empty-list' | undefined>(
      undefined,
      undefined,
      'invalid-json',
      'empty-list',
    ),
    // A function that writes each message back to its queue (a recursive loop), and whether
    // Lambda may let the loop run.
    loop: fc.option(fc.constantFrom<'Terminate' | 'Allow'>('Terminate', 'Allow'), {
      nil: undefined,
      freq: 3,
    }),
    role: fc.option(
      fc.constantFrom<string[]>(
        ['sqs:*', 'mq:*', 'secretsmanager:*', 'ec2:*'],
        ['sqs:ReceiveMessage'],
      ),
      { nil: undefined, freq: 4 },
    ),
    queues: fc.array(queue, { maxLength: 2 }),
    brokers: fc.array(broker, { maxLength: 1 }),
  })
  .map((s) => {
    const doc: ScenarioInput = {
      version: 1,
      seed: s.seed,
      durationMs: s.durationMs,
      account: { scalingModel: s.legacy ? 'legacy-burst' : 'current' },
      function: {
        timeoutSeconds: s.timeoutSeconds,
        reservedConcurrency: s.reserved,
        behaviour: {
          duration: { kind: 'uniform', minMs: 1, maxMs: s.duration },
          errorRate: s.errorRate * (1 - s.timeoutRate),
          timeoutRate: s.timeoutRate,
          errorWhen: s.poison ? [{ path: 'bad', equals: true }] : [],
          transientFailure: s.transient === undefined ? undefined : { attempts: s.transient },
          fifoFailureScope: s.fifoScope,
          partialBatchResponse: s.reply,
        },
        writesBackToSource: s.loop !== undefined ? true : undefined,
        recursiveLoop: s.loop,
      },
      queues: s.queues.map((q, i) => {
        const name = q.fifo ? `q${i}.fifo` : `q${i}`;
        return {
          name,
          type: q.fifo ? 'fifo' : 'standard',
          visibilityTimeoutSeconds: q.visibility ?? 6 * s.timeoutSeconds,
          messageRetentionPeriodSeconds: q.retention,
          delaySeconds: q.delay,
          redrivePolicy:
            q.redrive === undefined
              ? undefined
              : {
                  deadLetterQueue: q.fifo ? `dlq${i}.fifo` : `dlq${i}`,
                  maxReceiveCount: q.redrive,
                },
          kmsMasterKeyId: q.kms ? 'alias/k' : undefined,
          producers: q.producers.map((p, j) => ({
            id: `p${j}`,
            arrivals: p.arrivals,
            body: p.body as Record<string, unknown>,
            sizeBytes: p.sizeBytes,
            messageGroupIds: q.fifo
              ? Array.from({ length: p.groups }, (_, g) => `g${g}`)
              : undefined,
            groupSpread: p.random ? 'random' : 'round-robin',
          })),
          mapping:
            q.mapping === undefined
              ? undefined
              : {
                  enabled: q.mapping.enabled,
                  batchSize:
                    !q.fifo && q.mapping.bigBatch > 0 ? q.mapping.bigBatch : q.mapping.batchSize,
                  maximumBatchingWindowInSeconds: q.fifo
                    ? 0
                    : q.mapping.bigBatch > 0
                      ? Math.max(1, q.mapping.window)
                      : q.mapping.window,
                  functionResponseTypes: q.mapping.rbif ? ['ReportBatchItemFailures' as const] : [],
                  scalingConfig:
                    q.mapping.maxConcurrency === undefined
                      ? undefined
                      : { maximumConcurrency: q.mapping.maxConcurrency },
                  provisionedPollerConfig: q.mapping.provisioned,
                  filterCriteria: q.mapping.filterCriteria,
                },
        };
      }),
      brokers: s.brokers.map((b, i) => ({
        name: `b${i}`,
        engine: b.engine,
        queue: 'work',
        maximumRedeliveries: b.engine === 'activemq' ? 6 : b.redeliveries,
        deadLetterQueue: b.dlq ? 'dead' : undefined,
        producers: b.producers.map((p, j) => ({
          id: `p${j}`,
          arrivals: p.arrivals,
          body: p.body as Record<string, unknown>,
        })),
        mapping: {
          batchSize: b.batchSize,
          maximumBatchingWindowInSeconds: b.window,
          filterCriteria: b.filterCriteria,
        },
      })),
    };
    if (s.role !== undefined) doc.permissions = { executionRole: s.role };
    return doc;
  });
