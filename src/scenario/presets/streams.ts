import type { ScenarioInput } from '../schema';
import type { Preset } from './types';

/** Stream pollers: a poison record blocking its Kinesis shard, the cure, and a DynamoDB trigger. */

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

type StreamMapping = NonNullable<ScenarioInput['streams']>[number]['mapping'];

/** Two shards of clicks; one bad click lands in shard 0 at 10 s. */
function clickstream(name: string, durationMs: number, mapping: StreamMapping): ScenarioInput {
  return {
    version: 1,
    name,
    seed: 7,
    durationMs,
    function: {
      name: 'clickstream-consumer',
      timeoutSeconds: 30,
      behaviour: {
        duration: { kind: 'fixed', ms: 100 },
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
            arrivals: { kind: 'constant', ratePerSecond: 2, durationMs: 40_000 },
            payloads: [{ page: '/cart' }, { page: '/search' }],
            partitionKey: { kind: 'random', count: 20 },
          },
          {
            id: 'bad-client',
            label: 'A bad click',
            arrivals: { kind: 'single', atMs: [10_000] },
            payload: { page: '/broken' },
            partitionKey: { kind: 'fixed', value: 'green' },
          },
        ],
        mapping,
      },
    ],
  };
}

export const kinesisPoison: Preset = {
  id: 'kinesis-poison',
  title: 'Kinesis: a poison record blocks its shard',
  summary:
    'Clicks stream into two shards; at 10 s a click the function cannot handle lands in shard 0, in one batch with a good click. With the default settings Lambda retries that batch until it succeeds or its records expire: 1 s, 2 s, 4 s … apart, then once a minute. Watch shard 0 stop while shard 1 goes on: nothing behind the bad record is processed, and shard 0’s iterator age climbs. Kinesis keeps records for 24 hours, so the shard stays stuck for a day: scrub to 24:00:09 to see the two records of the batch expire, a few more that waited too long expire with them, and the shard finally catch up.',
  scenario: clickstream('Kinesis: a poison record blocks its shard', DAY + 2 * MINUTE, {
    startingPosition: 'TRIM_HORIZON',
    batchSize: 10,
  }),
};

export const kinesisBisect: Preset = {
  id: 'kinesis-bisect',
  title: 'Kinesis: bisect, retry limit, on-failure destination',
  summary:
    'The same clicks and the same bad record, but the trigger bisects a failing batch, stops after 2 retries and has an on-failure destination. Watch the batch of two fail at 10 s and split in halves: the good click succeeds on its own, the bad one is retried twice (at 12.3 and 14.4 s) and then skipped at 14.5 s. Lambda sends its shard and sequence numbers (not the record itself) to the SQS destination, and shard 0 catches up at 15 s. Compare with the poison-record scenario, where the shard stays stuck for a day.',
  scenario: clickstream('Kinesis: bisect, retry limit, on-failure destination', MINUTE, {
    startingPosition: 'TRIM_HORIZON',
    batchSize: 10,
    bisectBatchOnFunctionError: true,
    maximumRetryAttempts: 2,
    destinationConfig: { onFailure: { type: 'sqs', name: 'clickstream-failures' } },
  }),
};

export const dynamodbStream: Preset = {
  id: 'dynamodb-stream',
  title: 'DynamoDB Streams: a table’s changes, in order',
  summary:
    'An Orders table with its stream turned on (new and old images). Two orders are placed, then paid or cancelled, between 1 and 1.3 s; one is shipped at 4 s. The trigger polls the stream and waits up to 1 s to fill a batch, so the function gets the first four changes together at 2 s, in the order they were made, each MODIFY with the item before and after the change, and the last change at 5 s. After each good batch the checkpoint moves past it.',
  scenario: {
    version: 1,
    name: 'DynamoDB Streams: a table’s changes, in order',
    seed: 3,
    durationMs: 10_000,
    function: { name: 'notify-customer', behaviour: { duration: { kind: 'fixed', ms: 80 } } },
    streams: [
      {
        kind: 'dynamodb',
        name: 'Orders',
        producers: [
          {
            id: 'new-orders',
            label: 'New orders',
            arrivals: { kind: 'single', atMs: [1_000, 1_100] },
            payloads: [
              { orderId: 'o-101', status: 'PLACED' },
              { orderId: 'o-102', status: 'PLACED' },
            ],
            partitionKey: { kind: 'field', path: 'orderId' },
          },
          {
            id: 'updates',
            label: 'Order updates',
            arrivals: { kind: 'single', atMs: [1_200, 1_300, 4_000] },
            payloads: [
              { orderId: 'o-101', status: 'PAID' },
              { orderId: 'o-102', status: 'CANCELLED' },
              { orderId: 'o-101', status: 'SHIPPED' },
            ],
            partitionKey: { kind: 'field', path: 'orderId' },
            eventName: 'MODIFY',
          },
        ],
        mapping: { startingPosition: 'TRIM_HORIZON', maximumBatchingWindowInSeconds: 1 },
      },
    ],
  },
};
