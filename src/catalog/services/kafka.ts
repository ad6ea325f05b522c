/**
 * Kafka, managed (MSK) or your own. Both use the same Lambda poller, so the two records describe
 * the same mechanics; each is worded for its own case so that every sentence stays unique.
 */
import { ACCOUNT, REGION, base64, sampler } from './sample';
import { DOC } from './sources';
import type { ServiceRecord } from './types';

const VPC_ACTIONS = [
  'ec2:CreateNetworkInterface',
  'ec2:DescribeNetworkInterfaces',
  'ec2:DeleteNetworkInterface',
  'ec2:DescribeVpcs',
  'ec2:DescribeSubnets',
  'ec2:DescribeSecurityGroups',
] as const;

/** The records object both Kafka events share: batches grouped under "topic-partition" keys. */
function kafkaRecords(seed: number, salt: string, topic: string) {
  const s = sampler(seed, salt);
  const partition = s.int(0, 2);
  const key = `cust-${s.digits(5)}`;
  const value = JSON.stringify({ event: s.pick(['created', 'paid', 'shipped']), key });
  return {
    [`${topic}-${partition}`]: [
      {
        topic,
        partition,
        offset: s.int(1, 900_000),
        timestamp: s.timeMs(),
        timestampType: 'CREATE_TIME',
        key: base64(key),
        value: base64(value),
        headers: [],
      },
    ],
  };
}

export const msk: ServiceRecord = {
  id: 'msk',
  name: 'Amazon Managed Streaming for Apache Kafka (MSK)',
  shortName: 'MSK',
  inStudyTable: true,
  studyTableMethod: 'Lambda polling',
  invocation: 'poll',
  push: 'pull',
  mappingLives: 'lambda',
  permission: {
    kind: 'execution-role',
    actions: ['kafka:DescribeClusterV2', 'kafka:GetBootstrapBrokers', ...VPC_ACTIONS],
    managedPolicy: 'AWSLambdaMSKExecutionRole',
  },
  missingPermission:
    'The trigger never starts reading: it fails to create, or shows a PROBLEM, until the role can describe the cluster, open network interfaces in its VPC and, with IAM auth, read the topic.',
  behaviour: [
    'Records keep their order within a partition, and Lambda commits offsets after every successful batch.',
    'One call can hold records from several partitions, grouped under keys such as "orders-0".',
    'Lambda starts with a default number of consumers, reviews offset lag every minute, and never runs more consumers than partitions.',
    'By default a failing batch is retried until it succeeds or its records expire, which stalls its partition.',
    'An on-failure destination (SQS, SNS or S3) works in either mode; provisioned-mode triggers add retry limits, bisecting, partial batch responses and a Kafka topic as destination.',
  ],
  limits: [
    { label: 'Batch size', value: 'default 100, max 10,000' },
    { label: 'Default batching window', value: '500 ms' },
    { label: 'Function timeout', value: '14 min at most' },
    { label: 'Consumers', value: 'at most 1 per partition' },
  ],
  examFacts: [
    'An MSK trigger keeps order within each partition; its parallelism tops out at one consumer per partition.',
    'The OffsetLag metric shows a Kafka trigger falling behind.',
  ],
  docs: [DOC.withMsk, DOC.mskProcess, DOC.esm, DOC.filtering],
  sampleEvent: (seed) => ({
    eventSource: 'aws:kafka',
    eventSourceArn: `arn:aws:kafka:${REGION}:${ACCOUNT}:cluster/orders-cluster/${sampler(seed, 'msk').uuid()}-2`,
    bootstrapServers:
      'b-1.orderscluster.abc123.c2.kafka.us-east-1.amazonaws.com:9098,b-2.orderscluster.abc123.c2.kafka.us-east-1.amazonaws.com:9098',
    records: kafkaRecords(seed, 'msk-records', 'orders'),
  }),
};

export const selfManagedKafka: ServiceRecord = {
  id: 'self-managed-kafka',
  name: 'Self-managed Apache Kafka',
  shortName: 'Kafka',
  inStudyTable: true,
  studyTableMethod: 'Lambda polling',
  invocation: 'poll',
  push: 'pull',
  mappingLives: 'lambda',
  // Credentials for SASL/SCRAM or mTLS come from Secrets Manager; the network actions are needed
  // when the brokers sit in a VPC.
  permission: {
    kind: 'execution-role',
    actions: ['secretsmanager:GetSecretValue', ...VPC_ACTIONS],
  },
  missingPermission:
    'The trigger shows a PROBLEM and reads nothing while Lambda cannot fetch the broker credentials from Secrets Manager or reach the brokers’ network.',
  behaviour: [
    'Lambda connects to the bootstrap servers you list, inside a VPC or across the internet.',
    'Partition order is preserved, and the consumer group’s offset advances only after a batch succeeds.',
    'A single call may mix partitions, keyed "topic-partition" inside the records object.',
    'Consumers are added or removed from offset lag checked once a minute, up to one per partition.',
    'Outside provisioned mode, a failing batch repeats until it succeeds or ages out, so that partition stops moving.',
  ],
  limits: [
    { label: 'Batch size', value: 'default 100, max 10,000' },
    { label: 'Default batching window', value: '500 ms' },
    { label: 'Function timeout', value: '14 min at most' },
  ],
  examFacts: [
    'Lambda can consume a Kafka cluster you run yourself, on EC2 or outside AWS, as a self-managed event source.',
    'Broker credentials for a self-managed Kafka trigger are kept in a Secrets Manager secret.',
  ],
  docs: [DOC.esm, DOC.filtering],
  sampleEvent: (seed) => ({
    eventSource: 'SelfManagedKafka',
    bootstrapServers: 'kafka-1.example.internal:9092,kafka-2.example.internal:9092',
    records: kafkaRecords(seed, 'kafka-records', 'payments'),
  }),
};
