import { serviceById } from '../../catalog/services';
import { PUSH_SOURCE_SERVICES } from '../push-schema';

/**
 * The palette: every kind of piece a design can hold. A piece is a fragment of the scenario
 * document with the AWS defaults (the document's own schema fills in every setting a piece leaves
 * out, with the values AWS uses), so a learner starts from what AWS would create and changes
 * settings in the inspector.
 */

/** Where a piece sits in the palette, in the order a request travels. */
export type PieceGroup = 'callers' | 'push' | 'pollers' | 'targets';

export const PIECE_GROUPS: readonly { readonly id: PieceGroup; readonly label: string }[] = [
  { id: 'callers', label: 'Callers' },
  { id: 'push', label: 'Push sources' },
  { id: 'pollers', label: 'Queues and streams (polled)' },
  { id: 'targets', label: 'Dead-letter queues and destinations' },
];

/** What a target piece is to its owner, and the kind of resource it names. */
export type TargetRole = 'dlq' | 'on-success' | 'on-failure';
export type TargetResource = 'sqs' | 'sns' | 'lambda' | 'eventbridge' | 's3';

export type PieceSpec =
  | { readonly kind: 'caller'; readonly invocationType: 'RequestResponse' | 'Event' }
  | { readonly kind: 'push'; readonly service: (typeof PUSH_SOURCE_SERVICES)[number] }
  | { readonly kind: 'sqs'; readonly fifo: boolean }
  | { readonly kind: 'stream'; readonly stream: 'kinesis' | 'dynamodb' }
  | { readonly kind: 'kafka'; readonly cluster: 'msk' | 'self-managed' }
  | { readonly kind: 'mq'; readonly engine: 'activemq' | 'rabbitmq' }
  | { readonly kind: 'eventbridge-rule' }
  | { readonly kind: 'schedule' }
  | {
      readonly kind: 'target';
      readonly role: TargetRole;
      readonly resource: TargetResource;
      readonly fifo: boolean;
    };

/** The diagram glyph a piece shows (the kinds NodeIcon draws). */
export type PieceIcon = 'caller' | 'queue' | 'stream' | 'bus' | 'rule' | 'sink';

export interface Piece {
  readonly id: string;
  readonly label: string;
  readonly group: PieceGroup;
  readonly icon: PieceIcon;
  /** One line: the defaults the piece starts with, and where they come from. */
  readonly note: string;
  readonly spec: PieceSpec;
}

const callers: Piece[] = [
  {
    id: 'sync-caller',
    label: 'Synchronous caller (RequestResponse)',
    group: 'callers',
    icon: 'caller',
    note: 'Three Invoke calls, one a second; no retries by the caller.',
    spec: { kind: 'caller', invocationType: 'RequestResponse' },
  },
  {
    id: 'async-caller',
    label: 'Asynchronous caller (Event)',
    group: 'callers',
    icon: 'caller',
    note: 'Three Event invocations, one a second; Lambda retries twice and keeps events up to 6 hours (AWS defaults).',
    spec: { kind: 'caller', invocationType: 'Event' },
  },
];

const push: Piece[] = PUSH_SOURCE_SERVICES.map((service) => {
  const record = serviceById(service);
  const how = record?.invocation === 'sync' ? 'waits for the answer' : 'invokes asynchronously';
  return {
    id: `push-${service}`,
    label: record?.shortName ?? service,
    group: 'push' as const,
    icon: 'caller' as const,
    note: `Three events, one a second, with the service’s sample event; the service ${how}.${record?.retired ? ` Retired ${record.retired.since}.` : ''}`,
    spec: { kind: 'push' as const, service },
  };
});

const pollers: Piece[] = [
  {
    id: 'sqs-standard',
    label: 'SQS standard queue',
    group: 'pollers',
    icon: 'queue',
    note: 'Visibility timeout 30 s, retention 4 days, no redrive policy (SQS defaults); three messages. Connect it to the function to add the event source mapping (batch 10).',
    spec: { kind: 'sqs', fifo: false },
  },
  {
    id: 'sqs-fifo',
    label: 'SQS FIFO queue',
    group: 'pollers',
    icon: 'queue',
    note: 'As a standard queue, named "….fifo", three messages in one message group. Connect it to the function to add the mapping.',
    spec: { kind: 'sqs', fifo: true },
  },
  {
    id: 'kinesis',
    label: 'Kinesis data stream',
    group: 'pollers',
    icon: 'stream',
    note: 'One shard, 24 h retention; mapping from TRIM_HORIZON, batch 100, retries until the record expires (AWS defaults).',
    spec: { kind: 'stream', stream: 'kinesis' },
  },
  {
    id: 'dynamodb',
    label: 'DynamoDB stream',
    group: 'pollers',
    icon: 'stream',
    note: 'A table’s stream of new and old images; mapping from TRIM_HORIZON, batch 100, retries until the record expires.',
    spec: { kind: 'stream', stream: 'dynamodb' },
  },
  {
    id: 'kafka-msk',
    label: 'Kafka topic (Amazon MSK)',
    group: 'pollers',
    icon: 'stream',
    note: 'One partition, 7 days retention (Kafka default); mapping from TRIM_HORIZON, batch 100.',
    spec: { kind: 'kafka', cluster: 'msk' },
  },
  {
    id: 'kafka-self-managed',
    label: 'Kafka topic (self-managed)',
    group: 'pollers',
    icon: 'stream',
    note: 'As the MSK topic, on a cluster you run yourself.',
    spec: { kind: 'kafka', cluster: 'self-managed' },
  },
  {
    id: 'mq-activemq',
    label: 'Amazon MQ broker (ActiveMQ)',
    group: 'pollers',
    icon: 'queue',
    note: 'One broker queue, 6 redeliveries then ActiveMQ.DLQ (ActiveMQ defaults). Connect it to the function to add the mapping (batch 100).',
    spec: { kind: 'mq', engine: 'activemq' },
  },
  {
    id: 'mq-rabbitmq',
    label: 'Amazon MQ broker (RabbitMQ)',
    group: 'pollers',
    icon: 'queue',
    note: 'One broker queue with its own redelivery limit. Connect it to the function to add the mapping.',
    spec: { kind: 'mq', engine: 'rabbitmq' },
  },
];

const eventbridge: Piece[] = [
  {
    id: 'eventbridge-rule',
    label: 'EventBridge bus and rule',
    group: 'push',
    icon: 'bus',
    note: 'The default bus, a producer sending three events, and a rule whose pattern matches them and targets the function (185 retries over 24 h, EventBridge defaults).',
    spec: { kind: 'eventbridge-rule' },
  },
  {
    id: 'schedule',
    label: 'EventBridge Scheduler schedule',
    group: 'push',
    icon: 'rule',
    note: 'rate(5 minutes) in UTC, no flexible window, invoking the function asynchronously (Scheduler defaults).',
    spec: { kind: 'schedule' },
  },
];

const target = (
  role: TargetRole,
  resource: TargetResource,
  fifo: boolean,
  label: string,
  note: string,
): Piece => ({
  id: `${role}-${resource}${fifo ? '-fifo' : ''}`,
  label,
  group: 'targets',
  icon: 'sink',
  note,
  spec: { kind: 'target', role, resource, fifo },
});

const targets: Piece[] = [
  target(
    'dlq',
    'sqs',
    false,
    'Dead-letter queue (SQS)',
    'On the function: receives async events that failed every attempt. On a queue: its redrive policy, maxReceiveCount 5.',
  ),
  target(
    'dlq',
    'sqs',
    true,
    'Dead-letter queue (SQS FIFO)',
    'For a FIFO queue’s redrive policy (maxReceiveCount 5): a FIFO queue needs a FIFO dead-letter queue.',
  ),
  target(
    'dlq',
    'sns',
    false,
    'Dead-letter topic (SNS)',
    'On the function: receives async events that failed every attempt.',
  ),
  target(
    'on-failure',
    'sqs',
    false,
    'On-failure destination: SQS queue',
    'Receives an invocation record when an async event fails, or a stream batch’s details.',
  ),
  target('on-failure', 'sns', false, 'On-failure destination: SNS topic', 'As the SQS one.'),
  target(
    'on-failure',
    'lambda',
    false,
    'On-failure destination: Lambda function',
    'Async invocations only: another function receives the invocation record.',
  ),
  target(
    'on-failure',
    'eventbridge',
    false,
    'On-failure destination: EventBridge bus',
    'Async invocations only: the record arrives as an event on the bus.',
  ),
  target(
    'on-failure',
    's3',
    false,
    'On-failure destination: S3 bucket',
    'Async invocations and stream or Kafka mappings (since late 2024).',
  ),
  target(
    'on-success',
    'sqs',
    false,
    'On-success destination: SQS queue',
    'Async invocations only: receives an invocation record with the response.',
  ),
  target('on-success', 'sns', false, 'On-success destination: SNS topic', 'As the SQS one.'),
  target(
    'on-success',
    'lambda',
    false,
    'On-success destination: Lambda function',
    'Async invocations only.',
  ),
  target(
    'on-success',
    'eventbridge',
    false,
    'On-success destination: EventBridge bus',
    'Async invocations only.',
  ),
];

export const PIECES: readonly Piece[] = [
  ...callers,
  ...push,
  ...eventbridge,
  ...pollers,
  ...targets,
];

const byId = new Map(PIECES.map((p) => [p.id, p]));

export function pieceById(id: string): Piece | undefined {
  return byId.get(id);
}

/** The palette's groups with their pieces, in palette order. */
export function piecesByGroup(): { group: PieceGroup; label: string; pieces: Piece[] }[] {
  return PIECE_GROUPS.map((g) => ({
    group: g.id,
    label: g.label,
    pieces: PIECES.filter((p) => p.group === g.id),
  }));
}
