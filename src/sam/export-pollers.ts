import type { FilterCriteria } from '../scenario/filter-criteria-schema';
import type { BrokerConfig, SqsQueueConfig } from '../scenario/queues-schema';
import type { Scenario } from '../scenario/schema';
import type {
  KafkaConfig,
  KafkaMapping,
  StreamConfig,
  StreamMapping,
} from '../scenario/streams-schema';
import type { TemplateBuilder } from './builder';
import { getAtt, ref, type Json, type JsonObject } from './intrinsics';

/**
 * The sources Lambda polls: SQS queues, Kinesis streams, DynamoDB tables' streams, Kafka topics
 * (MSK and self-managed) and Amazon MQ brokers, each with its event source mapping written as an
 * event of the function. SAM gives the execution role the polling permissions of SQS, Kinesis,
 * DynamoDB, MSK and MQ events itself; other permissions go into the function's Policies.
 */
export function exportPollers(s: Scenario, b: TemplateBuilder): void {
  for (const q of s.queues ?? []) exportQueue(q, b);
  for (const st of s.streams ?? []) exportStream(st, b);
  for (const k of s.kafka ?? []) exportKafka(k, b);
  for (const br of s.brokers ?? []) exportBroker(br, b);
}

function exportQueue(q: SqsQueueConfig, b: TemplateBuilder): void {
  const id = b.queue(q.name);
  const props = b.resources.get(id)!.Properties;
  if (q.type === 'fifo') props.FifoQueue = true;
  props.VisibilityTimeout = q.visibilityTimeoutSeconds;
  if (q.messageRetentionPeriodSeconds !== 345_600)
    props.MessageRetentionPeriod = q.messageRetentionPeriodSeconds;
  if (q.delaySeconds !== 0) props.DelaySeconds = q.delaySeconds;
  if (q.kmsMasterKeyId !== undefined) {
    props.KmsMasterKeyId = q.kmsMasterKeyId;
    b.policies.push({ KMSDecryptPolicy: { KeyId: q.kmsMasterKeyId } });
  }
  if (q.redrivePolicy !== undefined) {
    props.RedrivePolicy = {
      deadLetterTargetArn: getAtt(b.queue(q.redrivePolicy.deadLetterQueue), 'Arn'),
      maxReceiveCount: q.redrivePolicy.maxReceiveCount,
    };
  }
  for (const p of q.producers) b.comment(id, `producer ${p.id}: ${arrivals(p.arrivals)}`);
  const m = q.mapping;
  if (m === undefined) return;
  const ev: JsonObject = { Queue: getAtt(id, 'Arn'), BatchSize: m.batchSize };
  if (m.maximumBatchingWindowInSeconds !== 0)
    ev.MaximumBatchingWindowInSeconds = m.maximumBatchingWindowInSeconds;
  if (m.functionResponseTypes.length > 0) ev.FunctionResponseTypes = [...m.functionResponseTypes];
  if (m.scalingConfig !== undefined)
    ev.ScalingConfig = { MaximumConcurrency: m.scalingConfig.maximumConcurrency };
  if (m.filterCriteria !== undefined) ev.FilterCriteria = filterCriteria(m.filterCriteria);
  if (!m.enabled) ev.Enabled = false;
  let comment = qualifierNote(m.qualifier);
  if (m.provisionedPollerConfig !== undefined) {
    const { minimumPollers, maximumPollers } = m.provisionedPollerConfig;
    comment = [
      comment,
      `provisioned mode: ${minimumPollers} to ${maximumPollers} event pollers (set ProvisionedPollerConfig on the mapping; SAM's SQS event has no such property)`,
    ]
      .filter((c) => c !== undefined)
      .join('; ');
  }
  b.event(`${q.name}-sqs`, 'SQS', ev, comment);
}

function exportStream(st: StreamConfig, b: TemplateBuilder): void {
  let arn: Json;
  if (st.kind === 'kinesis') {
    const id = b.named('Stream', st.name, (sid) =>
      b.add(sid, 'AWS::Kinesis::Stream', {
        Name: st.name,
        ShardCount: st.shards,
        ...(st.retentionHours !== undefined ? { RetentionPeriodHours: st.retentionHours } : {}),
      }),
    );
    for (const p of st.producers) b.comment(id, `producer ${p.id}: ${arrivals(p.arrivals)}`);
    arn = getAtt(id, 'Arn');
    if (st.mapping.enhancedFanOut) {
      const consumer = b.uniqueId(`${st.name}-consumer`, 'Consumer');
      b.add(consumer, 'AWS::Kinesis::StreamConsumer', {
        ConsumerName: `${st.name}-consumer`,
        StreamARN: arn,
      });
      arn = getAtt(consumer, 'ConsumerARN');
    }
  } else {
    const id = b.named('Table', st.name, (tid) =>
      b.add(tid, 'AWS::DynamoDB::Table', {
        TableName: st.name,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
        KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
        StreamSpecification: { StreamViewType: st.streamViewType ?? 'NEW_AND_OLD_IMAGES' },
      }),
    );
    b.comment(
      id,
      `${st.shards} stream shard${st.shards === 1 ? '' : 's'} (DynamoDB decides the count)`,
    );
    for (const p of st.producers) b.comment(id, `writer ${p.id}: ${arrivals(p.arrivals)}`);
    arn = getAtt(id, 'StreamArn');
  }
  const ev = streamEvent(st.mapping, arn, b);
  const m = st.mapping;
  if (m.maximumBatchingWindowInSeconds !== 0)
    ev.MaximumBatchingWindowInSeconds = m.maximumBatchingWindowInSeconds;
  if (m.parallelizationFactor !== 1) ev.ParallelizationFactor = m.parallelizationFactor;
  if (m.tumblingWindowInSeconds !== 0) ev.TumblingWindowInSeconds = m.tumblingWindowInSeconds;
  b.event(
    `${st.name}-${st.kind}`,
    st.kind === 'kinesis' ? 'Kinesis' : 'DynamoDB',
    ev,
    mappingNote(m),
  );
}

/** Settings every stream mapping shares (Kinesis, DynamoDB, Kafka). */
function streamEvent(m: StreamMapping | KafkaMapping, arn: Json, b: TemplateBuilder): JsonObject {
  const ev: JsonObject = {
    Stream: arn,
    StartingPosition: m.startingPosition,
    BatchSize: m.batchSize,
  };
  if (m.startingPositionTimestamp !== undefined)
    ev.StartingPositionTimestamp = Date.parse(m.startingPositionTimestamp) / 1000;
  if (m.maximumRetryAttempts !== -1) ev.MaximumRetryAttempts = m.maximumRetryAttempts;
  if (m.maximumRecordAgeInSeconds !== -1)
    ev.MaximumRecordAgeInSeconds = m.maximumRecordAgeInSeconds;
  if (m.bisectBatchOnFunctionError) ev.BisectBatchOnFunctionError = true;
  if (m.functionResponseTypes.length > 0) ev.FunctionResponseTypes = [...m.functionResponseTypes];
  if (m.filterCriteria !== undefined) ev.FilterCriteria = filterCriteria(m.filterCriteria);
  if (!m.enabled) ev.Enabled = false;
  const onFailure = m.destinationConfig?.onFailure;
  if (onFailure !== undefined) {
    const type = { sqs: 'SQS', sns: 'SNS', s3: 'S3', kafka: 'Kafka' }[onFailure.type];
    ev.DestinationConfig = {
      OnFailure: { Type: type, Destination: b.arnOf(onFailure.type, onFailure.name) },
    };
    b.policies.push(sendPolicy(onFailure.type, onFailure.name, b));
  }
  return ev;
}

function exportKafka(k: KafkaConfig, b: TemplateBuilder): void {
  const m = k.mapping;
  const topics = [k.topic];
  if (k.kind === 'msk') {
    const param = b.uniqueId(`${k.cluster}-cluster-arn`, 'Arn');
    b.parameters.set(param, {
      Type: 'String',
      Description: `ARN of the MSK cluster ${k.cluster}`,
      Default: `arn:aws:kafka:us-east-1:123456789012:cluster/${k.cluster}/a1b2c3d4-5678-90ab-cdef-11111EXAMPLE-1`,
    });
    const ev = streamEvent(m, ref(param), b);
    ev.Topics = topics;
    kafkaExtras(m, ev);
    b.event(`${k.topic}-msk`, 'MSK', ev, kafkaNote(k));
  } else {
    const ev = streamEvent(m, '', b);
    delete ev.Stream;
    ev.Topics = topics;
    ev.KafkaBootstrapServers = [`${k.cluster}.example.com:9092`];
    ev.SourceAccessConfigurations = [
      {
        Type: 'BASIC_AUTH',
        URI: `arn:aws:secretsmanager:us-east-1:123456789012:secret:${k.cluster}-credentials`,
      },
    ];
    // SAM's SelfManagedKafka event has no on-failure destination nor batching window.
    delete ev.DestinationConfig;
    kafkaExtras(m, ev);
    delete ev.MaximumBatchingWindowInSeconds;
    let note = kafkaNote(k);
    if (m.destinationConfig !== undefined)
      note += `; on-failure destination ${m.destinationConfig.onFailure.type} ${m.destinationConfig.onFailure.name} (not a property of SAM's SelfManagedKafka event)`;
    if (m.maximumBatchingWindowInSeconds !== undefined)
      note += `; batching window ${m.maximumBatchingWindowInSeconds} s`;
    b.event(`${k.topic}-kafka`, 'SelfManagedKafka', ev, note);
  }
}

function kafkaExtras(m: KafkaMapping, ev: JsonObject): void {
  if (m.maximumBatchingWindowInSeconds !== undefined)
    ev.MaximumBatchingWindowInSeconds = m.maximumBatchingWindowInSeconds;
  if (m.provisionedPollerConfig !== undefined)
    ev.ProvisionedPollerConfig = {
      MinimumPollers: m.provisionedPollerConfig.minimumPollers,
      MaximumPollers: m.provisionedPollerConfig.maximumPollers,
    };
}

function kafkaNote(k: KafkaConfig): string {
  const parts = [
    `${k.partitions} partition${k.partitions === 1 ? '' : 's'}, retention ${k.retentionHours} h`,
  ];
  for (const p of k.producers) parts.push(`producer ${p.id}: ${arrivals(p.arrivals)}`);
  const q = qualifierNote(k.mapping.qualifier);
  if (q !== undefined) parts.push(q);
  return parts.join('; ');
}

function exportBroker(br: BrokerConfig, b: TemplateBuilder): void {
  const param = b.uniqueId(`${br.name}-broker-arn`, 'Arn');
  b.parameters.set(param, {
    Type: 'String',
    Description: `ARN of the Amazon MQ broker ${br.name} (${br.engine === 'activemq' ? 'ActiveMQ' : 'RabbitMQ'})`,
    Default: `arn:aws:mq:us-east-1:123456789012:broker:${br.name}:b-0123abcd-4567-89ef-0123-456789abcdef`,
  });
  const notes = [
    `${br.engine === 'activemq' ? 'ActiveMQ' : 'RabbitMQ'} broker: ${br.maximumRedeliveries} redeliveries, then ${br.deadLetterQueue ?? 'its dead-letter queue'}`,
    ...br.producers.map((p) => `producer ${p.id}: ${arrivals(p.arrivals)}`),
  ];
  const m = br.mapping;
  if (m === undefined) {
    b.notes.push(`Amazon MQ broker ${br.name} (no trigger): ${notes.join('; ')}`);
    return;
  }
  const ev: JsonObject = {
    Broker: ref(param),
    Queues: [br.queue],
    SourceAccessConfigurations: [
      {
        Type: 'BASIC_AUTH',
        URI: `arn:aws:secretsmanager:us-east-1:123456789012:secret:${br.name}-credentials`,
      },
    ],
    BatchSize: m.batchSize,
  };
  if (m.maximumBatchingWindowInSeconds !== undefined)
    ev.MaximumBatchingWindowInSeconds = m.maximumBatchingWindowInSeconds;
  if (m.filterCriteria !== undefined) ev.FilterCriteria = filterCriteria(m.filterCriteria);
  if (!m.enabled) ev.Enabled = false;
  const q = qualifierNote(m.qualifier);
  b.event(`${br.name}-mq`, 'MQ', ev, [...notes, ...(q ? [q] : [])].join('; '));
}

/** FilterCriteria as CloudFormation takes it: each pattern as JSON text. */
export function filterCriteria(f: FilterCriteria): JsonObject {
  return {
    Filters: f.filters.map((x) => ({
      Pattern: typeof x.pattern === 'string' ? x.pattern : JSON.stringify(x.pattern),
    })),
  };
}

function sendPolicy(type: 'sqs' | 'sns' | 's3' | 'kafka', name: string, b: TemplateBuilder): Json {
  switch (type) {
    case 'sqs':
      return { SQSSendMessagePolicy: { QueueName: getAtt(b.queue(name), 'QueueName') } };
    case 'sns':
      return { SNSPublishMessagePolicy: { TopicName: getAtt(b.topic(name), 'TopicName') } };
    case 's3':
      return { S3WritePolicy: { BucketName: ref(b.bucket(name)) } };
    case 'kafka':
      return {
        Statement: [{ Effect: 'Allow', Action: ['kafka-cluster:WriteData'], Resource: '*' }],
      };
  }
}

function mappingNote(m: StreamMapping): string | undefined {
  const parts: string[] = [];
  const q = qualifierNote(m.qualifier);
  if (q !== undefined) parts.push(q);
  if (m.createdAtMs !== 0) parts.push(`the trigger is created at ${m.createdAtMs / 1000} s`);
  return parts.length > 0 ? parts.join('; ') : undefined;
}

function qualifierNote(q: string | number): string | undefined {
  return q === '$LATEST'
    ? undefined
    : `the mapping invokes ${typeof q === 'number' ? `version ${q}` : `alias ${q}`}`;
}

/** When a producer sends, in a few words, for a comment. */
export function arrivals(a: Scenario['workloads'][number]['arrivals']): string {
  switch (a.kind) {
    case 'single':
      return `${a.atMs.length} at ${a.atMs
        .slice(0, 5)
        .map((t) => `${t / 1000} s`)
        .join(', ')}${a.atMs.length > 5 ? ' …' : ''}`;
    case 'burst':
      return `${a.count} at once at ${a.atMs / 1000} s`;
    case 'constant':
      return `${a.ratePerSecond}/s from ${a.startMs / 1000} s for ${a.durationMs / 1000} s`;
    case 'poisson':
      return `about ${a.ratePerSecond}/s (random) from ${a.startMs / 1000} s for ${a.durationMs / 1000} s`;
  }
}
