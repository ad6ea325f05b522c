import { z } from 'zod';
import { arrivalSchema } from './arrivals-schema';
import { filterCriteriaSchema, filterIssues } from './filter-criteria-schema';
import { identifier, intIn } from './fields';
import type { Scenario } from './schema';

/**
 * Queues read by Lambda's event source mappings: SQS queues (standard and FIFO) and Amazon MQ
 * brokers (ActiveMQ, RabbitMQ), each with its producers and its mapping to the function. Field
 * names follow the AWS APIs (SQS queue attributes, CreateEventSourceMapping).
 */

const DAY_S = 86_400;
/** SQS's largest message today (1 MiB). */
export const MAX_MESSAGE_BYTES = 1_048_576;

const qualifier = z.union([z.string().min(1), intIn(1, 1_000_000)]).default('$LATEST');

/** The message body: JSON (an object or array) or plain text. */
const bodySchema = z
  .union(
    [z.string().max(MAX_MESSAGE_BYTES), z.record(z.string(), z.unknown()), z.array(z.unknown())],
    {
      error: 'must be text or a JSON object',
    },
  )
  .default({});

const producerShape = {
  id: identifier,
  label: z.string().max(80).optional(),
  arrivals: arrivalSchema,
  body: bodySchema,
  /** The message's size; left out, the body's length in UTF-8 bytes. */
  sizeBytes: intIn(1, MAX_MESSAGE_BYTES, ' bytes').optional(),
};

export const sqsProducerSchema = z.strictObject({
  ...producerShape,
  /** FIFO queues: the MessageGroupIds this producer sends with. */
  messageGroupIds: z
    .array(
      z.string().regex(/^[\x21-\x7e]{1,128}$/, {
        error: 'must be 1–128 letters, digits or punctuation (no spaces)',
      }),
    )
    .max(1_000, { error: 'at most 1,000 message groups' })
    .optional(),
  /** How messages spread over the groups: in turn, or at random (the producer's own stream). */
  groupSpread: z
    .enum(['round-robin', 'random'], { error: 'must be "round-robin" or "random"' })
    .default('round-robin'),
});

export const sqsMappingSchema = z.strictObject({
  enabled: z.boolean().default(true),
  /** "$LATEST", a published version number or an alias. */
  qualifier,
  batchSize: intIn(1, 10_000).default(10),
  maximumBatchingWindowInSeconds: intIn(0, 300, ' s').default(0),
  functionResponseTypes: z
    .array(z.literal('ReportBatchItemFailures', { error: 'must be "ReportBatchItemFailures"' }))
    .max(1, { error: 'list "ReportBatchItemFailures" once' })
    .default([]),
  scalingConfig: z.strictObject({ maximumConcurrency: intIn(2, 1_000) }).optional(),
  /** Provisioned mode: event pollers kept ready (10 concurrent invokes each). */
  provisionedPollerConfig: z
    .strictObject({
      minimumPollers: intIn(2, 200).default(2),
      maximumPollers: intIn(2, 2_000).default(200),
    })
    .optional(),
  filterCriteria: filterCriteriaSchema.optional(),
});

export const sqsQueueSchema = z.strictObject({
  /** Queue name: letters, digits, "-" and "_"; a FIFO queue's name ends in ".fifo". */
  name: z
    .string({ error: 'must be a queue name' })
    .regex(/^[A-Za-z0-9_-]{1,80}$|^[A-Za-z0-9_-]{1,75}\.fifo$/, {
      error: 'must be 1–80 letters, digits, "-" or "_" (a FIFO queue’s name ends in ".fifo")',
    }),
  type: z.enum(['standard', 'fifo'], { error: 'must be "standard" or "fifo"' }).default('standard'),
  visibilityTimeoutSeconds: intIn(0, 43_200, ' s').default(30),
  messageRetentionPeriodSeconds: intIn(60, 14 * DAY_S, ' s').default(4 * DAY_S),
  delaySeconds: intIn(0, 900, ' s').default(0),
  redrivePolicy: z
    .strictObject({
      /** The dead-letter queue's name (a FIFO queue needs a FIFO one). */
      deadLetterQueue: z
        .string({ error: 'must be a queue name' })
        .regex(/^[A-Za-z0-9_-]{1,80}$|^[A-Za-z0-9_-]{1,75}\.fifo$/, {
          error: 'must be 1–80 letters, digits, "-" or "_" (a FIFO queue’s name ends in ".fifo")',
        }),
      maxReceiveCount: intIn(1, 1_000),
    })
    .optional(),
  /** SSE-KMS: the key that encrypts the queue ("alias/orders" …); the role then needs kms:Decrypt. */
  kmsMasterKeyId: z
    .string()
    .regex(/^[A-Za-z0-9:/_-]{1,256}$/, { error: 'must be a KMS key id, ARN or alias' })
    .optional(),
  producers: z.array(sqsProducerSchema).max(10, { error: 'at most 10 producers' }).default([]),
  /** The event source mapping from this queue to the function. */
  mapping: sqsMappingSchema.optional(),
});

export const brokerMappingSchema = z.strictObject({
  enabled: z.boolean().default(true),
  qualifier,
  batchSize: intIn(1, 10_000).default(100),
  /** Left out, the 500 ms default; once set it is whole seconds. */
  maximumBatchingWindowInSeconds: intIn(0, 300, ' s').optional(),
  filterCriteria: filterCriteriaSchema.optional(),
});

export const brokerSchema = z.strictObject({
  name: z.string().regex(/^[A-Za-z0-9_-]{1,50}$/, {
    error: 'must be 1–50 letters, digits, "-" or "_"',
  }),
  engine: z
    .enum(['activemq', 'rabbitmq'], { error: 'must be "activemq" or "rabbitmq"' })
    .default('activemq'),
  /** The broker queue the mapping consumes. */
  queue: identifier,
  /** Redeliveries before the broker gives up on a message (ActiveMQ: 6 today, 5 in older pages). */
  maximumRedeliveries: intIn(0, 1_000).default(6),
  /** The broker's dead-letter queue; ActiveMQ always has one (ActiveMQ.DLQ by default). */
  deadLetterQueue: identifier.optional(),
  producers: z
    .array(z.strictObject(producerShape))
    .max(10, { error: 'at most 10 producers' })
    .default([]),
  mapping: brokerMappingSchema.optional(),
});

export const queuesSchema = z.array(sqsQueueSchema).max(10, { error: 'at most 10 queues' });
export const brokersSchema = z.array(brokerSchema).max(5, { error: 'at most 5 brokers' });

export type SqsQueueConfig = z.output<typeof sqsQueueSchema>;
export type SqsProducer = z.output<typeof sqsProducerSchema>;
export type SqsMapping = z.output<typeof sqsMappingSchema>;
export type BrokerConfig = z.output<typeof brokerSchema>;
export type BrokerProducer = BrokerConfig['producers'][number];
export type BrokerMapping = z.output<typeof brokerMappingSchema>;

type Issue = { path: (string | number)[]; message: string };

/**
 * Rules across the fields of queues and brokers. Problems that AWS reports only when the mapping
 * is created (visibility timeout, execution role, function timeout) are not errors here: the
 * simulation shows the rejection in its trace.
 */
export function queueIssues(s: Scenario): Issue[] {
  const issues: Issue[] = [];
  const add = (path: (string | number)[], message: string) => issues.push({ path, message });
  const published = new Set(s.function.versions.map((v) => v.version));
  const aliases = new Set(s.function.aliases.map((a) => a.name));
  const knownQualifier = (q: string | number) =>
    q === '$LATEST' || (typeof q === 'number' ? published.has(q) : aliases.has(q));

  const queues = s.queues ?? [];
  const names = new Set<string>();
  queues.forEach((q, i) => {
    const at = ['queues', i];
    if (names.has(q.name)) add([...at, 'name'], `queue "${q.name}" is defined twice`);
    names.add(q.name);
    const fifo = q.type === 'fifo';
    if (fifo !== q.name.endsWith('.fifo'))
      add(
        [...at, 'name'],
        fifo ? 'a FIFO queue’s name ends in ".fifo"' : 'only a FIFO queue’s name ends in ".fifo"',
      );
    const dlq = q.redrivePolicy?.deadLetterQueue;
    if (dlq !== undefined) {
      const where = [...at, 'redrivePolicy', 'deadLetterQueue'];
      if (dlq === q.name) add(where, 'a queue cannot be its own dead-letter queue');
      else if (fifo !== dlq.endsWith('.fifo'))
        add(
          where,
          fifo
            ? 'a FIFO queue needs a FIFO dead-letter queue (named "….fifo")'
            : 'a standard queue needs a standard dead-letter queue',
        );
    }
    const producerIds = new Set<string>();
    q.producers.forEach((p, j) => {
      const pat = [...at, 'producers', j];
      if (producerIds.has(p.id)) add([...pat, 'id'], `producer "${p.id}" is defined twice`);
      producerIds.add(p.id);
      if (fifo && (p.messageGroupIds === undefined || p.messageGroupIds.length === 0))
        add([...pat, 'messageGroupIds'], 'a FIFO queue needs at least one message group id');
      if (!fifo && p.messageGroupIds !== undefined)
        add([...pat, 'messageGroupIds'], 'only FIFO queues have message groups');
    });
    const m = q.mapping;
    if (m === undefined) return;
    const mat = [...at, 'mapping'];
    if (!knownQualifier(m.qualifier))
      add(
        [...mat, 'qualifier'],
        `"${m.qualifier}" is not $LATEST, a published version or an alias`,
      );
    if (fifo && m.batchSize > 10)
      add([...mat, 'batchSize'], 'must be a whole number from 1 to 10 for a FIFO queue');
    if (fifo && m.maximumBatchingWindowInSeconds > 0)
      add(
        [...mat, 'maximumBatchingWindowInSeconds'],
        'FIFO queues have no batching window: must be 0',
      );
    if (!fifo && m.batchSize > 10 && m.maximumBatchingWindowInSeconds < 1)
      add(
        [...mat, 'maximumBatchingWindowInSeconds'],
        'a batch size above 10 needs a batching window of at least 1 s',
      );
    const pc = m.provisionedPollerConfig;
    if (pc && pc.minimumPollers > pc.maximumPollers)
      add(
        [...mat, 'provisionedPollerConfig', 'minimumPollers'],
        'must not be greater than maximumPollers',
      );
    filterIssues(m.filterCriteria, mat, add);
  });
  for (const q of queues) {
    const dlq = q.redrivePolicy?.deadLetterQueue;
    if (dlq !== undefined && names.has(dlq))
      add(
        ['queues', queues.indexOf(q), 'redrivePolicy', 'deadLetterQueue'],
        `"${dlq}" is declared as a queue; name a dead-letter queue only in the redrive policy`,
      );
  }

  const brokerNames = new Set<string>();
  (s.brokers ?? []).forEach((b, i) => {
    const at = ['brokers', i];
    if (brokerNames.has(b.name)) add([...at, 'name'], `broker "${b.name}" is defined twice`);
    brokerNames.add(b.name);
    if (b.engine === 'activemq' && b.maximumRedeliveries !== 5 && b.maximumRedeliveries !== 6)
      add(
        [...at, 'maximumRedeliveries'],
        'Lambda applies ActiveMQ’s default redelivery policy, which you cannot change: 6 (5 in older pages)',
      );
    if (b.deadLetterQueue !== undefined && b.deadLetterQueue === b.queue)
      add([...at, 'deadLetterQueue'], 'the dead-letter queue must differ from the consumed queue');
    const producerIds = new Set<string>();
    b.producers.forEach((p, j) => {
      if (producerIds.has(p.id))
        add([...at, 'producers', j, 'id'], `producer "${p.id}" is defined twice`);
      producerIds.add(p.id);
    });
    const m = b.mapping;
    if (m === undefined) return;
    if (!knownQualifier(m.qualifier))
      add(
        [...at, 'mapping', 'qualifier'],
        `"${m.qualifier}" is not $LATEST, a published version or an alias`,
      );
    filterIssues(m.filterCriteria, [...at, 'mapping'], add);
  });
  return issues;
}
