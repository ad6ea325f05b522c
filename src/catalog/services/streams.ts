/**
 * Streams: Kinesis Data Streams and DynamoDB Streams are read by Lambda's pollers shard by shard;
 * Firehose is the odd one out, a delivery service that calls a transformation function itself.
 */
import { ACCOUNT, REGION, base64, iso, sampler } from './sample';
import { DOC } from './sources';
import type { ServiceRecord } from './types';

export const kinesis: ServiceRecord = {
  id: 'kinesis',
  name: 'Amazon Kinesis Data Streams',
  shortName: 'Kinesis',
  inStudyTable: true,
  studyTableMethod: 'Lambda polling',
  invocation: 'poll',
  push: 'pull',
  mappingLives: 'lambda',
  permission: {
    kind: 'execution-role',
    actions: [
      'kinesis:DescribeStream',
      'kinesis:DescribeStreamSummary',
      'kinesis:GetRecords',
      'kinesis:GetShardIterator',
      'kinesis:ListShards',
      'kinesis:ListStreams',
      'kinesis:SubscribeToShard',
    ],
    managedPolicy: 'AWSLambdaKinesisExecutionRole',
  },
  missingPermission:
    'Lambda refuses to create the trigger (InvalidParameterValueException); if the role loses the permission later, the mapping shows a PROBLEM and records sit in the stream until retention ends.',
  behaviour: [
    'Each shard is read in order, one batch at a time, unless ParallelizationFactor (1–10) allows more batches per shard.',
    'By default a failing batch is retried until it succeeds or its records expire, and its shard makes no progress meanwhile.',
    'MaximumRetryAttempts, MaximumRecordAgeInSeconds, bisecting and ReportBatchItemFailures cut that blocking short.',
    'An on-failure destination (SQS, SNS or S3) gets the shard ID and sequence range of a dropped batch, not the records.',
    'Standard pollers read each shard about once a second and share its 2 MB/s; enhanced fan-out pushes a dedicated 2 MB/s over HTTP/2.',
  ],
  limits: [
    { label: 'Batch size', value: 'default 100, max 10,000 (6 MB)' },
    { label: 'Batching window', value: '0–300 s' },
    { label: 'ParallelizationFactor', value: '1–10' },
    { label: 'Retention', value: '24 h default, up to 365 days' },
    { label: 'MaximumRetryAttempts', value: '-1 (infinite, default) or 0–10,000' },
  ],
  examFacts: [
    'Kinesis triggers run one batch per shard at a time; add shards or raise ParallelizationFactor to go faster.',
    'A poison record blocks its shard until it succeeds, expires, or hits the retry or record-age limit.',
    'Enhanced fan-out gives a consumer its own 2 MB/s per shard, pushed over HTTP/2.',
  ],
  docs: [DOC.withKinesis, DOC.kinesisParameters, DOC.esm, DOC.resourcePolicy],
  sampleEvent: (seed) => {
    const s = sampler(seed, 'kinesis');
    const ms = s.timeMs();
    const sequenceNumber = s.digits(56);
    const partitionKey = `user-${s.digits(5)}`;
    const click = {
      page: s.pick(['/cart', '/search', '/checkout']),
      user: partitionKey,
      at: iso(ms),
    };
    return {
      Records: [
        {
          kinesis: {
            kinesisSchemaVersion: '1.0',
            partitionKey,
            sequenceNumber,
            data: base64(JSON.stringify(click)),
            approximateArrivalTimestamp: ms / 1000,
          },
          eventSource: 'aws:kinesis',
          eventVersion: '1.0',
          eventID: `shardId-00000000000${s.int(0, 3)}:${sequenceNumber}`,
          eventName: 'aws:kinesis:record',
          invokeIdentityArn: `arn:aws:iam::${ACCOUNT}:role/clickstream-consumer`,
          awsRegion: REGION,
          eventSourceARN: `arn:aws:kinesis:${REGION}:${ACCOUNT}:stream/clickstream`,
        },
      ],
    };
  },
};

export const dynamodb: ServiceRecord = {
  id: 'dynamodb',
  name: 'Amazon DynamoDB Streams',
  shortName: 'DynamoDB',
  inStudyTable: true,
  studyTableMethod: 'Lambda polling',
  invocation: 'poll',
  push: 'pull',
  mappingLives: 'lambda',
  permission: {
    kind: 'execution-role',
    actions: [
      'dynamodb:DescribeStream',
      'dynamodb:GetRecords',
      'dynamodb:GetShardIterator',
      'dynamodb:ListStreams',
    ],
    managedPolicy: 'AWSLambdaDynamoDBExecutionRole',
  },
  missingPermission:
    'Creating the trigger fails with InvalidParameterValueException; revoked later, the mapping reports a PROBLEM and changes stay unread until they leave the 24-hour stream.',
  behaviour: [
    'Lambda polls every stream shard about four times a second.',
    'Changes to one item reach the function in the order they were made.',
    'A failing batch is retried until it works or its records age out of the stream, holding up that shard.',
    'Retry limits, bisecting, partial batch responses and on-failure destinations work as they do for Kinesis.',
    'StreamViewType sets what each record carries: KEYS_ONLY, NEW_IMAGE, OLD_IMAGE or NEW_AND_OLD_IMAGES.',
  ],
  limits: [
    { label: 'Stream retention', value: '24 h' },
    { label: 'Batch size', value: 'default 100, max 10,000' },
    { label: 'Readers per shard', value: 'keep to 2 or fewer' },
  ],
  examFacts: [
    'Turn on DynamoDB Streams first; the Lambda trigger then reacts to inserts, updates and deletes.',
    'DynamoDB stream records are kept for 24 hours only.',
  ],
  docs: [DOC.withDynamoDb, DOC.esm],
  sampleEvent: (seed) => {
    const s = sampler(seed, 'dynamodb');
    const eventName = s.pick(['INSERT', 'MODIFY', 'REMOVE'] as const);
    const id = String(s.int(100, 99_999));
    const keys = { OrderId: { N: id } };
    const oldImage = { ...keys, Status: { S: 'PLACED' }, Total: { N: String(s.int(5, 900)) } };
    const newImage = { ...oldImage, Status: { S: eventName === 'INSERT' ? 'PLACED' : 'SHIPPED' } };
    return {
      Records: [
        {
          eventID: s.hex(32),
          eventName,
          eventVersion: '1.1',
          eventSource: 'aws:dynamodb',
          awsRegion: REGION,
          dynamodb: {
            ApproximateCreationDateTime: Math.floor(s.timeMs() / 1000),
            Keys: keys,
            ...(eventName !== 'REMOVE' ? { NewImage: newImage } : {}),
            ...(eventName !== 'INSERT' ? { OldImage: oldImage } : {}),
            SequenceNumber: s.digits(21),
            SizeBytes: s.int(40, 400),
            StreamViewType: 'NEW_AND_OLD_IMAGES',
          },
          eventSourceARN: `arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/Orders/stream/2026-11-01T00:00:00.000`,
        },
      ],
    };
  },
};

export const firehose: ServiceRecord = {
  id: 'firehose',
  name: 'Amazon Data Firehose (Kinesis Data Firehose)',
  shortName: 'Firehose',
  inStudyTable: true,
  studyTableMethod: 'Event-driven, synchronous',
  invocation: 'sync',
  push: 'push',
  mappingLives: 'source',
  // Firehose calls the transformation function with the IAM role of the Firehose stream.
  permission: {
    kind: 'invoker-role',
    role: 'the IAM role of the Firehose stream',
    actions: ['lambda:InvokeFunction', 'lambda:GetFunctionConfiguration'],
  },
  missingPermission:
    'Transformation calls fail; after its retries Firehose gives up on the batch and writes those records to the processing-failed/ prefix in S3.',
  behaviour: [
    'Firehose buffers incoming data (0.2–3 MB, default 1 MB, or 0–900 s, default 60 s) before each call.',
    'A failed call (network timeout, throttle) is retried 3 times by default, after which Firehose skips the batch.',
    'The function returns each recordId with a result of Ok, Dropped or ProcessingFailed and base64 data.',
    'Records that fail transformation are delivered to S3 under the processing-failed/ prefix.',
  ],
  limits: [
    { label: 'Buffer size', value: '0.2–3 MB (default 1 MB)' },
    { label: 'Buffer interval', value: '0–900 s (default 60 s)' },
    { label: 'Retries of a failed call', value: '3 (default)' },
  ],
  examFacts: [
    'Firehose can run a function to transform records before delivering them to S3 and other destinations.',
    'Every transformed record must keep its recordId and say Ok, Dropped or ProcessingFailed.',
  ],
  docs: [DOC.firehoseFailures, DOC.lambdaServices],
  sampleEvent: (seed) => {
    const s = sampler(seed, 'firehose');
    const ms = s.timeMs();
    const line = { level: s.pick(['INFO', 'WARN', 'ERROR']), service: 'checkout', at: iso(ms) };
    return {
      invocationId: s.uuid(),
      deliveryStreamArn: `arn:aws:firehose:${REGION}:${ACCOUNT}:deliverystream/app-logs`,
      region: REGION,
      records: [
        {
          recordId: s.digits(62),
          approximateArrivalTimestamp: ms,
          data: base64(JSON.stringify(line)),
        },
      ],
    };
  },
};
