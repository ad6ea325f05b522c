import type { ServiceScenario } from '../service-scenarios';

/**
 * "Run it" for the queues Lambda polls: an SQS queue whose batch keeps failing until the redrive
 * policy takes its poison message away, and an Amazon MQ broker that redelivers a failing message
 * until it lands in the broker's own dead-letter queue.
 */

const sqs: ServiceScenario = () => ({
  version: 1,
  name: 'SQS: a failing batch comes back, then redrive',
  description:
    'Checkout sends 9 good orders and 1 broken one to the orders queue at once. One poller receives all 10 as a single batch; the broken order makes the function throw, so the whole batch fails and nothing is deleted. Watch all 10 messages stay hidden for the 30 s visibility timeout, come back with their receive count raised, and fail again. After the third receive (maxReceiveCount 3) the queue moves every one of them, good orders included, to orders-dlq. The function’s own dead-letter queue is never used: the app says so when the mapping is created. Turn on ReportBatchItemFailures to see the 9 good orders deleted after the first try and only the broken one redriven.',
  seed: 7,
  durationMs: 120_000,
  function: {
    name: 'process-orders',
    timeoutSeconds: 5,
    behaviour: {
      duration: { kind: 'fixed', ms: 200 },
      errorWhen: [{ path: 'orderId', equals: 'ord-0013' }],
    },
    deadLetterQueue: { type: 'sqs', name: 'process-orders-dlq' },
  },
  queues: [
    {
      name: 'orders',
      visibilityTimeoutSeconds: 30,
      redrivePolicy: { deadLetterQueue: 'orders-dlq', maxReceiveCount: 3 },
      producers: [
        {
          id: 'checkout',
          label: 'Checkout',
          arrivals: { kind: 'burst', atMs: 1_000, count: 9 },
          body: { orderId: 'ord-0012', total: 42.5 },
        },
        {
          id: 'legacy-checkout',
          label: 'Legacy checkout',
          arrivals: { kind: 'single', atMs: [1_000] },
          body: { orderId: 'ord-0013', total: 'forty' },
        },
      ],
      mapping: { batchSize: 10, functionResponseTypes: [] },
    },
  ],
});

const mq: ServiceScenario = () => ({
  version: 1,
  name: 'Amazon MQ: redelivered, then the broker’s DLQ',
  description:
    'An ERP system puts stock updates on an ActiveMQ broker queue, one every 2 seconds; one update names a product that no longer exists and always makes the function throw. Lambda gathers messages for its default 500 ms window and invokes with each batch. Watch the failing batch go back to the broker, which redelivers it 1 s later: six redeliveries, then the broker moves the bad message to ActiveMQ.DLQ. Lambda has no retry settings or on-failure destination of its own for MQ. A filter only lets stock updates through; the heartbeat messages are acknowledged without ever invoking the function.',
  seed: 7,
  durationMs: 30_000,
  function: {
    name: 'apply-stock',
    timeoutSeconds: 10,
    behaviour: {
      duration: { kind: 'fixed', ms: 150 },
      errorWhen: [{ path: 'sku', equals: 'SKU-0000' }],
    },
  },
  brokers: [
    {
      name: 'inventory',
      engine: 'activemq',
      queue: 'stock-updates',
      producers: [
        {
          id: 'erp',
          label: 'ERP',
          arrivals: { kind: 'constant', ratePerSecond: 0.5, durationMs: 10_000 },
          body: { type: 'stock', sku: 'SKU-1042', qty: 7 },
        },
        {
          id: 'erp-retired',
          label: 'ERP (retired product)',
          arrivals: { kind: 'single', atMs: [3_000] },
          body: { type: 'stock', sku: 'SKU-0000', qty: 1 },
        },
        {
          id: 'heartbeat',
          label: 'Heartbeat',
          arrivals: { kind: 'constant', ratePerSecond: 0.2, durationMs: 10_000 },
          body: { type: 'heartbeat' },
        },
      ],
      mapping: {
        batchSize: 100,
        filterCriteria: { filters: [{ pattern: { data: { type: ['stock'] } } }] },
      },
    },
  ],
});

export const QUEUE_SCENARIOS: Readonly<Record<string, ServiceScenario>> = { sqs, mq };
