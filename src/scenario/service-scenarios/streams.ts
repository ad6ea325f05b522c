import type { ServiceScenario } from '../service-scenarios';

const MINUTE = 60_000;

/** Kinesis: a poison record, bisected out and reported while the other shard carries on. */
const kinesis: ServiceScenario = () => ({
  version: 1,
  name: 'Kinesis: a poison record in one shard',
  description:
    'Two shards receive clicks at 4 records a second. At 30 s a record the function cannot handle lands in shard 0: its batch fails, is split in halves until the bad record is alone, is retried twice more and then skipped, and only its shard and sequence number go to the on-failure queue. Watch shard 0 stall and its iterator age climb while shard 1 keeps going, then catch up once the record is out of the way.',
  seed: 7,
  durationMs: 3 * MINUTE,
  function: {
    name: 'clickstream-consumer',
    runtime: 'python',
    timeoutSeconds: 30,
    behaviour: {
      duration: { kind: 'uniform', minMs: 80, maxMs: 160 },
      errorWhen: [{ path: 'page', equals: '/broken' }],
    },
  },
  streams: [
    {
      kind: 'kinesis',
      name: 'clickstream',
      shards: 2,
      producers: [
        {
          id: 'web',
          label: 'Website clicks',
          arrivals: { kind: 'constant', ratePerSecond: 4, durationMs: 2 * MINUTE },
          payloads: [{ page: '/cart' }, { page: '/search' }, { page: '/checkout' }],
          partitionKey: { kind: 'random', count: 40 },
        },
        {
          id: 'bad-client',
          label: 'A client sending a bad click',
          arrivals: { kind: 'single', atMs: [30_000] },
          payload: { page: '/broken' },
          partitionKey: { kind: 'fixed', value: 'green' },
        },
      ],
      mapping: {
        startingPosition: 'LATEST',
        batchSize: 20,
        bisectBatchOnFunctionError: true,
        maximumRetryAttempts: 2,
        destinationConfig: { onFailure: { type: 'sqs', name: 'clickstream-failures' } },
      },
    },
  ],
});

/** DynamoDB Streams: changes read four times a second, filtered on the new image. */
const dynamodb: ServiceScenario = () => ({
  version: 1,
  name: 'DynamoDB Streams: only shipped orders',
  description:
    'An Orders table with its stream turned on (NEW_AND_OLD_IMAGES). The application writes about two changes a second; the trigger has a filter on the new image, so only orders whose status becomes SHIPPED reach the function — the other changes are skipped without an invocation. Watch the poller read each shard every 250 ms, and the changes of one order arrive in the order they were made.',
  seed: 3,
  durationMs: 2 * MINUTE,
  function: {
    name: 'notify-customer',
    runtime: 'nodejs',
    behaviour: { duration: { kind: 'fixed', ms: 60 } },
  },
  streams: [
    {
      kind: 'dynamodb',
      name: 'Orders',
      shards: 2,
      streamViewType: 'NEW_AND_OLD_IMAGES',
      producers: [
        {
          id: 'orders-app',
          label: 'Order service',
          arrivals: { kind: 'poisson', ratePerSecond: 2, durationMs: 90_000 },
          payloads: [
            { orderId: 'o-101', status: 'PLACED' },
            { orderId: 'o-102', status: 'PLACED' },
            { orderId: 'o-101', status: 'PAID' },
            { orderId: 'o-101', status: 'SHIPPED' },
            { orderId: 'o-102', status: 'CANCELLED' },
          ],
          partitionKey: { kind: 'field', path: 'orderId' },
          eventName: 'MODIFY',
        },
      ],
      mapping: {
        startingPosition: 'TRIM_HORIZON',
        filterCriteria: {
          filters: [{ pattern: { dynamodb: { NewImage: { status: { S: ['SHIPPED'] } } } } }],
        },
      },
    },
  ],
});

/** MSK: the first consumers fall behind; Lambda adds one each minute, one per partition at most. */
const msk: ServiceScenario = () => ({
  version: 1,
  name: 'MSK: consumers follow the offset lag',
  description:
    'A three-partition topic on Amazon MSK receives 60 orders a second for three minutes, more than the consumers Lambda starts with can handle. Every minute Lambda looks at the offset lag and adds a consumer while it is not shrinking — never more than one per partition — and removes them once the backlog is gone. Batches gather for up to 500 ms (the Kafka default) and may mix partitions; offsets are committed after each good batch.',
  seed: 11,
  durationMs: 6 * MINUTE,
  function: {
    name: 'orders-consumer',
    runtime: 'java',
    behaviour: { duration: { kind: 'uniform', minMs: 500, maxMs: 900 } },
  },
  kafka: [
    {
      kind: 'msk',
      cluster: 'shop-cluster',
      topic: 'orders',
      partitions: 3,
      producers: [
        {
          id: 'checkout',
          label: 'Checkout service',
          arrivals: { kind: 'constant', ratePerSecond: 60, durationMs: 3 * MINUTE },
          partitionKey: { kind: 'random', count: 200 },
          payloads: [{ event: 'created' }, { event: 'paid' }],
        },
      ],
      mapping: { startingPosition: 'TRIM_HORIZON', batchSize: 20 },
    },
  ],
});

/** Self-managed Kafka in provisioned mode: retry limits, bisecting and a dead-letter topic. */
const selfManagedKafka: ServiceScenario = () => ({
  version: 1,
  name: 'Self-managed Kafka: a bad payment, isolated',
  description:
    'A payments topic on your own Kafka cluster, read by a trigger in provisioned mode with the newer error handling: one payment makes the function throw, so its batch is split until that record is alone, retried up to 3 times and then copied to the charges-dlt topic, while both partitions move on. Without provisioned mode the whole batch would be retried until its records aged out of the topic, and its partitions would stall.',
  seed: 5,
  durationMs: 2 * MINUTE,
  function: {
    name: 'charge-card',
    runtime: 'go',
    behaviour: {
      duration: { kind: 'fixed', ms: 120 },
      errorWhen: [{ path: 'amount', equals: -1 }],
    },
  },
  kafka: [
    {
      kind: 'self-managed',
      cluster: 'payments',
      topic: 'charges',
      partitions: 2,
      producers: [
        {
          id: 'api',
          label: 'Payments API',
          arrivals: { kind: 'constant', ratePerSecond: 5, durationMs: 80_000 },
          payloads: [
            { amount: 25 },
            { amount: 40 },
            { amount: 12 },
            { amount: 99 },
            { amount: 7 },
            { amount: 64 },
            { amount: 18 },
          ],
          partitionKey: { kind: 'random', count: 50 },
        },
        {
          id: 'bad-client',
          label: 'A malformed payment',
          arrivals: { kind: 'single', atMs: [20_000] },
          payload: { amount: -1 },
          partitionKey: { kind: 'fixed', value: 'a' },
        },
      ],
      mapping: {
        startingPosition: 'LATEST',
        provisionedPollerConfig: { minimumPollers: 1, maximumPollers: 2 },
        bisectBatchOnFunctionError: true,
        maximumRetryAttempts: 3,
        destinationConfig: { onFailure: { type: 'kafka', name: 'charges-dlt' } },
      },
    },
  ],
});

export const STREAM_SCENARIOS: Readonly<Record<string, ServiceScenario>> = {
  kinesis,
  dynamodb,
  msk,
  'self-managed-kafka': selfManagedKafka,
};
