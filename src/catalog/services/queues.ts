/**
 * Queues read by Lambda's pollers: SQS and Amazon MQ. Nothing pushes here; an event source
 * mapping on the Lambda side receives, invokes synchronously with a batch, and acknowledges.
 */
import { ACCOUNT, REGION, base64, sampler } from './sample';
import { DOC } from './sources';
import type { ServiceRecord } from './types';

export const sqs: ServiceRecord = {
  id: 'sqs',
  name: 'Amazon Simple Queue Service (SQS)',
  shortName: 'SQS',
  inStudyTable: true,
  studyTableMethod: 'Lambda polling',
  invocation: 'poll',
  push: 'pull',
  mappingLives: 'lambda',
  permission: {
    kind: 'execution-role',
    actions: ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'],
    managedPolicy: 'AWSLambdaSQSQueueExecutionRole',
  },
  missingPermission:
    'The trigger is refused at creation: the execution role may not call ReceiveMessage on the queue. Revoked later, the trigger reports a PROBLEM and messages wait until their retention ends.',
  behaviour: [
    'Pollers long-poll the queue, invoke with a batch, and delete the messages only after the function succeeds.',
    'A failed invocation makes the whole batch visible again after the visibility timeout, successful messages included.',
    'With ReportBatchItemFailures on, only the messageIds the function lists go back to the queue.',
    'The queue’s redrive policy (maxReceiveCount) moves poison messages to its DLQ; a function DLQ is not used.',
    'Standard queues start with 5 concurrent batches and add up to 300 a minute, to at most 1,000 per trigger.',
    'FIFO queues keep order within a message group and never hand out a group that has a batch in flight.',
  ],
  limits: [
    { label: 'Batch size', value: 'default 10; standard up to 10,000, FIFO up to 10' },
    { label: 'Batching window', value: '0–300 s (standard queues only)' },
    { label: 'Visibility timeout', value: 'at least 6 × the function timeout' },
    { label: 'MaximumConcurrency', value: '2–1,000 per trigger' },
    { label: 'Message size', value: '1 MB (256 KB in older material)' },
  ],
  examFacts: [
    'Set the queue’s visibility timeout to at least 6 times the function timeout, and maxReceiveCount to 5 or more.',
    'Put the DLQ on the source queue; a failed batch returns every message unless ReportBatchItemFailures is on.',
    'MaximumConcurrency (2–1,000) caps one SQS trigger without reserving concurrency.',
    'FIFO triggers keep order per message group, so concurrency never exceeds the number of active groups.',
  ],
  docs: [DOC.withSqs, DOC.sqsErrors, DOC.sqsScaling, DOC.filtering],
  sampleEvent: (seed) => {
    const s = sampler(seed, 'sqs');
    const sent = s.timeMs();
    const body = JSON.stringify({ orderId: `ord-${s.digits(6)}`, action: 'charge' });
    return {
      Records: [
        {
          messageId: s.uuid(),
          receiptHandle: `AQEB${s.hex(60)}`,
          body,
          attributes: {
            ApproximateReceiveCount: '1',
            SentTimestamp: String(sent),
            SenderId: `AROA${s.hex(16).toUpperCase()}:checkout`,
            ApproximateFirstReceiveTimestamp: String(sent + s.int(5, 900)),
          },
          messageAttributes: {},
          md5OfBody: s.hex(32),
          eventSource: 'aws:sqs',
          eventSourceARN: `arn:aws:sqs:${REGION}:${ACCOUNT}:payments`,
          awsRegion: REGION,
        },
      ],
    };
  },
};

const VPC_ACTIONS = [
  'ec2:CreateNetworkInterface',
  'ec2:DescribeNetworkInterfaces',
  'ec2:DeleteNetworkInterface',
  'ec2:DescribeVpcs',
  'ec2:DescribeSubnets',
  'ec2:DescribeSecurityGroups',
] as const;

export const mq: ServiceRecord = {
  id: 'mq',
  name: 'Amazon MQ',
  shortName: 'Amazon MQ',
  inStudyTable: true,
  studyTableMethod: 'Lambda polling',
  invocation: 'poll',
  push: 'pull',
  mappingLives: 'lambda',
  permission: {
    kind: 'execution-role',
    actions: ['mq:DescribeBroker', 'secretsmanager:GetSecretValue', ...VPC_ACTIONS],
  },
  missingPermission:
    'Creating the trigger fails when the role cannot describe the broker or read its credentials secret; broker login problems later stop the consumer with EVENT_SOURCE_AUTHN_ERROR or EVENT_SOURCE_AUTHZ_ERROR.',
  behaviour: [
    'Only queues can be consumed; to read a topic, use ActiveMQ virtual destinations.',
    'Messages arrive base64-encoded, in batches collected for 500 ms by default.',
    'On a function error the whole batch is redelivered until it succeeds or expires, following the broker’s redelivery rules.',
    'ActiveMQ stops after 6 redeliveries (5 in older material) and moves the message to the broker’s own DLQ.',
    'Lambda offers no on-failure destination, bisecting or retry settings for MQ triggers.',
  ],
  limits: [
    { label: 'Batch size', value: 'default 100, max 10,000' },
    { label: 'Default batching window', value: '500 ms' },
    { label: 'Function timeout', value: '14 min at most' },
    { label: 'ActiveMQ redeliveries', value: '6 (5 in older material)' },
  ],
  examFacts: [
    'Poison messages from an Amazon MQ trigger end up in the broker’s DLQ; Lambda has no destination for them.',
    'A function triggered by Amazon MQ must have a timeout of 14 minutes or less.',
  ],
  docs: [DOC.withMq, DOC.esm, DOC.filtering],
  sampleEvent: (seed) => {
    const s = sampler(seed, 'mq');
    const ms = s.timeMs();
    const text = JSON.stringify({ sku: `SKU-${s.digits(4)}`, qty: s.int(1, 9) });
    return {
      eventSource: 'aws:mq',
      eventSourceArn: `arn:aws:mq:${REGION}:${ACCOUNT}:broker:inventory:b-${s.uuid()}`,
      messages: [
        {
          messageID: `ID:b-${s.uuid()}-1.mq.${REGION}.amazonaws.com-${s.digits(5)}-${s.digits(13)}-4:1:1:1:1`,
          messageType: 'jms/text-message',
          deliveryMode: 1,
          redelivered: false,
          destination: { physicalName: 'inventory-updates' },
          data: base64(text),
          timestamp: ms,
          brokerInTime: ms,
          brokerOutTime: ms + s.int(1, 50),
        },
      ],
    };
  },
};
