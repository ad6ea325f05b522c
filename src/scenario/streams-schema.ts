import { z } from 'zod';
import { arrivalSchema } from './arrivals-schema';
import { filterCriteriaSchema, filterIssues } from './filter-criteria-schema';
import { identifier, intIn } from './fields';

/**
 * The ordered-log sources of a scenario and the event source mappings that read them: Kinesis
 * data streams, DynamoDB tables' streams (`streams`), and Kafka topics on Amazon MSK or a
 * self-managed cluster (`kafka`). Mapping fields keep the AWS names (batchSize,
 * maximumRetryAttempts, bisectBatchOnFunctionError …).
 */

const DAY_MS = 86_400_000;
const ISO_ERROR = 'must be an ISO 8601 UTC time';

/** -1 (no limit, the AWS default) or a whole number in range; the message says both. */
function minusOneOr(min: number, max: number, unit = '') {
  const range = `-1 (no limit) or a whole number from ${fmt(min)} to ${fmt(max)}${unit}`;
  return z
    .number({ error: `must be ${range}` })
    .int({ error: `must be ${range}` })
    .refine((n) => n === -1 || (n >= min && n <= max), { error: `must be ${range}` });
}

function fmt(n: number): string {
  return n.toLocaleString('en-US');
}

const dottedPath = z
  .string()
  .regex(/^[A-Za-z0-9_$-]+(\.[A-Za-z0-9_$-]+)*$/, { error: 'must be a dotted field path' });

/** What one record carries: a JSON object, or plain text (which no `data` filter can match). */
const recordPayload = z.union([z.record(z.string(), z.unknown()), z.string().max(1_048_576)], {
  error: 'must be a JSON object or a string',
});

/** How a producer picks each record's partition key (Kafka: the record key). */
export const partitionKeySchema = z.discriminatedUnion(
  'kind',
  [
    /** Every record has the same key: one shard or partition gets everything. */
    z.strictObject({ kind: z.literal('fixed'), value: z.string().min(1).max(256) }),
    /** Keys taken in turn from the list. */
    z.strictObject({
      kind: z.literal('cycle'),
      values: z.array(z.string().min(1).max(256)).min(1).max(1_000),
    }),
    /** The key is a field of the record's payload (a DynamoDB item's partition key). */
    z.strictObject({ kind: z.literal('field'), path: dottedPath }),
    /** One of `count` keys ("key-0" …), drawn from the producer's own seeded stream. */
    z.strictObject({ kind: z.literal('random'), count: intIn(1, 100_000) }),
  ],
  { error: 'kind must be one of "fixed", "cycle", "field", "random"' },
);

export const streamProducerSchema = z.strictObject({
  id: identifier,
  label: z.string().max(80).optional(),
  arrivals: arrivalSchema,
  /** Every record's payload (Kinesis data, DynamoDB item, Kafka value) … */
  payload: recordPayload.default({}),
  /** … or payloads taken in turn, one per record (overrides `payload`). */
  payloads: z.array(recordPayload).min(1).max(1_000).optional(),
  partitionKey: partitionKeySchema.default({ kind: 'random', count: 100 }),
  /** DynamoDB only: the kind of change each write makes. */
  eventName: z
    .enum(['INSERT', 'MODIFY', 'REMOVE'], { error: 'must be "INSERT", "MODIFY" or "REMOVE"' })
    .optional(),
});

const onFailureTypes = ['sqs', 'sns', 's3'] as const;

/** Settings both mapping kinds share, with the AWS defaults. */
const commonMapping = {
  batchSize: intIn(1, 10_000).default(100),
  startingPosition: z.enum(['TRIM_HORIZON', 'LATEST', 'AT_TIMESTAMP'], {
    error: 'must be "TRIM_HORIZON", "LATEST" or "AT_TIMESTAMP" (required)',
  }),
  startingPositionTimestamp: z.iso.datetime({ error: ISO_ERROR }).optional(),
  maximumRetryAttempts: minusOneOr(0, 10_000).default(-1),
  maximumRecordAgeInSeconds: minusOneOr(60, 604_800, ' s').default(-1),
  bisectBatchOnFunctionError: z.boolean().default(false),
  functionResponseTypes: z
    .array(z.literal('ReportBatchItemFailures', { error: 'must be "ReportBatchItemFailures"' }))
    .max(1)
    .default([]),
  filterCriteria: filterCriteriaSchema.optional(),
  /** "$LATEST", a published version number or an alias. */
  qualifier: z.union([z.string().min(1), intIn(1, 1_000_000)]).default('$LATEST'),
  enabled: z.boolean().default(true),
  /** When the trigger is created, in simulated ms: records put earlier test the starting position. */
  createdAtMs: intIn(0, 7 * DAY_MS, ' ms').default(0),
};

export const streamMappingSchema = z.strictObject({
  ...commonMapping,
  maximumBatchingWindowInSeconds: intIn(0, 300, ' s').default(0),
  parallelizationFactor: intIn(1, 10).default(1),
  destinationConfig: z
    .strictObject({
      onFailure: z.strictObject({
        type: z.enum(onFailureTypes, { error: 'must be "sqs", "sns" or "s3"' }),
        name: identifier,
      }),
    })
    .optional(),
  tumblingWindowInSeconds: intIn(0, 900, ' s').default(0),
  /** Kinesis only: a registered consumer with its own 2 MB/s per shard, pushed over HTTP/2. */
  enhancedFanOut: z.boolean().default(false),
});

export const kafkaMappingSchema = z.strictObject({
  ...commonMapping,
  /** Left out, the Kafka default of 500 ms applies (AWS cannot go back to it once set). */
  maximumBatchingWindowInSeconds: intIn(0, 300, ' s').optional(),
  /** Provisioned mode: pollers kept ready; the newer error-handling settings need it. */
  provisionedPollerConfig: z
    .strictObject({
      minimumPollers: intIn(1, 200).default(1),
      maximumPollers: intIn(1, 2_000).default(200),
    })
    .optional(),
  destinationConfig: z
    .strictObject({
      onFailure: z.strictObject({
        type: z.enum([...onFailureTypes, 'kafka'], {
          error: 'must be "sqs", "sns", "s3" or "kafka"',
        }),
        name: identifier,
      }),
    })
    .optional(),
});

export const streamSchema = z.strictObject({
  kind: z.enum(['kinesis', 'dynamodb'], { error: 'must be "kinesis" or "dynamodb"' }),
  /** The stream's (Kinesis) or table's (DynamoDB) name. */
  name: identifier,
  label: z.string().max(80).optional(),
  shards: intIn(1, 64).default(1),
  /** Kinesis: 24–8,760 h (default 24). DynamoDB streams always keep records 24 h. */
  retentionHours: intIn(24, 8_760, ' h').optional(),
  /** DynamoDB only: what each record carries. */
  streamViewType: z
    .enum(['KEYS_ONLY', 'NEW_IMAGE', 'OLD_IMAGE', 'NEW_AND_OLD_IMAGES'], {
      error: 'must be "KEYS_ONLY", "NEW_IMAGE", "OLD_IMAGE" or "NEW_AND_OLD_IMAGES"',
    })
    .optional(),
  producers: z.array(streamProducerSchema).max(10, { error: 'at most 10 producers' }).default([]),
  mapping: streamMappingSchema,
});

export const kafkaSchema = z.strictObject({
  kind: z.enum(['msk', 'self-managed'], { error: 'must be "msk" or "self-managed"' }),
  /** The cluster's name. */
  cluster: identifier,
  topic: z.string().regex(/^[A-Za-z0-9._-]{1,249}$/, {
    error: 'must be 1–249 letters, digits, ".", "_" or "-"',
  }),
  partitions: intIn(1, 64).default(1),
  retentionHours: intIn(1, 8_760, ' h').default(168),
  producers: z.array(streamProducerSchema).max(10, { error: 'at most 10 producers' }).default([]),
  mapping: kafkaMappingSchema,
});

export const streamsSchema = z.array(streamSchema).max(10, { error: 'at most 10 streams' });
export const kafkaListSchema = z.array(kafkaSchema).max(10, { error: 'at most 10 Kafka topics' });

export type StreamConfig = z.output<typeof streamSchema>;
export type StreamMapping = z.output<typeof streamMappingSchema>;
export type KafkaConfig = z.output<typeof kafkaSchema>;
export type KafkaMapping = z.output<typeof kafkaMappingSchema>;
export type StreamProducer = z.output<typeof streamProducerSchema>;
export type PartitionKeySpec = z.output<typeof partitionKeySchema>;

/** A Kafka trigger's function may run 14 minutes at most. */
export const KAFKA_MAX_TIMEOUT_SECONDS = 840;

interface StreamsView {
  readonly startTime: string;
  readonly function: {
    readonly timeoutSeconds: number;
    readonly versions: readonly { readonly version: number; readonly timeoutSeconds: number }[];
    readonly aliases: readonly { readonly name: string; readonly version: number | '$LATEST' }[];
  };
  readonly streams?: readonly StreamConfig[] | undefined;
  readonly kafka?: readonly KafkaConfig[] | undefined;
}

type Issue = { path: (string | number)[]; message: string };

/**
 * Rules across fields of `streams` and `kafka`: names, starting positions, settings a source
 * does not support, filters (compiled with the engine's own code), qualifiers and the Kafka
 * function timeout. Returns the issues; schema.ts adds them to its context.
 */
export function streamsCrossChecks(s: StreamsView): Issue[] {
  const issues: Issue[] = [];
  const add = (path: (string | number)[], message: string) => issues.push({ path, message });
  const versions = new Map(s.function.versions.map((v) => [v.version, v.timeoutSeconds]));
  const aliases = new Map(s.function.aliases.map((a) => [a.name, a.version]));
  const timeoutOf = (q: string | number): number | undefined => {
    if (q === '$LATEST') return s.function.timeoutSeconds;
    if (typeof q === 'number') return versions.get(q);
    const target = aliases.get(q);
    if (target === undefined) return undefined;
    return target === '$LATEST' ? s.function.timeoutSeconds : versions.get(target);
  };
  const start = Date.parse(s.startTime);

  const checkCommon = (
    at: (string | number)[],
    m: StreamMapping | KafkaMapping,
    producers: readonly StreamProducer[],
  ) => {
    const q = m.qualifier;
    if (timeoutOf(q) === undefined)
      add(
        [...at, 'mapping', 'qualifier'],
        `"${q}" is not $LATEST, a published version or an alias`,
      );
    if ((m.startingPosition === 'AT_TIMESTAMP') !== (m.startingPositionTimestamp !== undefined))
      add(
        [...at, 'mapping', 'startingPositionTimestamp'],
        m.startingPosition === 'AT_TIMESTAMP'
          ? 'AT_TIMESTAMP needs a startingPositionTimestamp'
          : 'only used with startingPosition AT_TIMESTAMP',
      );
    if (
      m.startingPositionTimestamp !== undefined &&
      Date.parse(m.startingPositionTimestamp) < start
    )
      add(
        [...at, 'mapping', 'startingPositionTimestamp'],
        `must not be before the scenario's startTime (${s.startTime})`,
      );
    filterIssues(m.filterCriteria, [...at, 'mapping'], add);
    const ids = new Set<string>();
    producers.forEach((p, i) => {
      if (ids.has(p.id)) add([...at, 'producers', i, 'id'], `producer "${p.id}" is defined twice`);
      ids.add(p.id);
      if (p.arrivals.kind === 'constant' || p.arrivals.kind === 'poisson') {
        const expected = (p.arrivals.ratePerSecond * p.arrivals.durationMs) / 1000;
        if (expected > 1_000_000)
          add(
            [...at, 'producers', i, 'arrivals'],
            `would put about ${Math.round(expected).toLocaleString('en-US')} records; at most 1,000,000 per producer`,
          );
      }
    });
  };

  const streamNames = new Set<string>();
  s.streams?.forEach((st, i) => {
    const at = ['streams', i];
    if (streamNames.has(st.name)) add([...at, 'name'], `stream "${st.name}" is defined twice`);
    streamNames.add(st.name);
    checkCommon(at, st.mapping, st.producers);
    const m = st.mapping;
    if (st.kind === 'dynamodb') {
      if (st.retentionHours !== undefined && st.retentionHours !== 24)
        add([...at, 'retentionHours'], 'a DynamoDB stream always keeps records for 24 h');
      if (m.enhancedFanOut)
        add([...at, 'mapping', 'enhancedFanOut'], 'enhanced fan-out is a Kinesis feature');
      if (m.startingPosition === 'AT_TIMESTAMP')
        add(
          [...at, 'mapping', 'startingPosition'],
          'DynamoDB streams start at TRIM_HORIZON or LATEST (AT_TIMESTAMP is Kinesis only)',
        );
    } else {
      if (st.streamViewType !== undefined)
        add([...at, 'streamViewType'], 'streamViewType belongs to DynamoDB streams');
      st.producers.forEach((p, j) => {
        if (p.eventName !== undefined)
          add([...at, 'producers', j, 'eventName'], 'eventName belongs to DynamoDB streams');
      });
    }
  });

  const topics = new Set<string>();
  s.kafka?.forEach((k, i) => {
    const at = ['kafka', i];
    const id = `${k.cluster}/${k.topic}`;
    if (topics.has(id))
      add([...at, 'topic'], `topic "${k.topic}" of "${k.cluster}" is defined twice`);
    topics.add(id);
    checkCommon(at, k.mapping, k.producers);
    const m = k.mapping;
    const timeout = timeoutOf(m.qualifier);
    if (timeout !== undefined && timeout > KAFKA_MAX_TIMEOUT_SECONDS)
      add(
        [...at, 'mapping', 'qualifier'],
        `a Kafka trigger needs a function timeout of at most 840 s (14 min); "${m.qualifier}" has ${timeout} s`,
      );
    k.producers.forEach((p, j) => {
      if (p.eventName !== undefined)
        add([...at, 'producers', j, 'eventName'], 'eventName belongs to DynamoDB streams');
    });
    const pc = m.provisionedPollerConfig;
    if (pc && pc.minimumPollers > pc.maximumPollers)
      add(
        [...at, 'mapping', 'provisionedPollerConfig', 'minimumPollers'],
        'must not be greater than maximumPollers',
      );
    if (!pc) {
      // On-demand mode keeps its on-failure destination (SQS, SNS, S3), but the retry controls
      // and a Kafka-topic destination need provisioned mode.
      const needsProvisioned: [keyof KafkaMapping, boolean][] = [
        ['maximumRetryAttempts', m.maximumRetryAttempts !== -1],
        ['maximumRecordAgeInSeconds', m.maximumRecordAgeInSeconds !== -1],
        ['bisectBatchOnFunctionError', m.bisectBatchOnFunctionError],
        ['functionResponseTypes', m.functionResponseTypes.length > 0],
      ];
      for (const [field, used] of needsProvisioned)
        if (used)
          add(
            [...at, 'mapping', field],
            'Kafka retry controls need provisioned mode (set provisionedPollerConfig); an on-demand mapping retries a failing batch without limit',
          );
      if (m.destinationConfig?.onFailure.type === 'kafka')
        add(
          [...at, 'mapping', 'destinationConfig', 'onFailure', 'type'],
          'a Kafka topic as on-failure destination needs provisioned mode (set provisionedPollerConfig); in on-demand mode use "sqs", "sns" or "s3"',
        );
    }
  });
  return issues;
}
