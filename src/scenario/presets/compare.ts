import type { ScenarioInput } from '../schema';
import { sqsPartialBatch, sqsRedrive } from './queues';

/** One side of a comparison: what this design changes, in a few words, and its scenario. */
export interface CompareSide {
  /** Shown after "A: " or "B: " above the side's stage, e.g. "ReportBatchItemFailures off". */
  readonly label: string;
  readonly scenario: ScenarioInput;
}

/**
 * A built-in "What if…?" pair: two designs fed exactly the same traffic (same producers, same
 * seed), so every difference in the runs comes from the design.
 */
export interface ComparePreset {
  /** Used in links (#compare=<id>): never change a published one. */
  readonly id: string;
  readonly title: string;
  /** One paragraph: what differs, what to watch, and why it matters. */
  readonly summary: string;
  readonly a: CompareSide;
  readonly b: CompareSide;
}

export const compareBatchItemFailures: ComparePreset = {
  id: 'compare-batch-item-failures',
  title: 'ReportBatchItemFailures off vs on',
  summary:
    'Both queues get the same ten orders at time 0, one of them broken, and both pollers hand all ten to the function as one batch. Without ReportBatchItemFailures the handler can only throw, so the batch fails as a whole: the nine good orders come back with the bad one after each 30 s visibility timeout, the function works through them again at 30 s and 60 s, and at 90 s the queue moves all ten to its dead-letter queue. With it on, the handler names the one order it could not handle: the nine are deleted after the first try and only the broken order is retried and moved. Same code path, one setting, nine orders saved from the dead-letter queue and from being handled three times.',
  a: { label: 'ReportBatchItemFailures off', scenario: sqsRedrive.scenario },
  b: { label: 'ReportBatchItemFailures on', scenario: sqsPartialBatch.scenario },
};

/** Three invoices sent asynchronously; the middle one has no customer and always fails. */
function invoices(failure: 'dlq' | 'destination'): ScenarioInput {
  return {
    version: 1,
    name:
      failure === 'dlq' ? 'Invoices: a dead-letter queue' : 'Invoices: an on-failure destination',
    seed: 4,
    durationMs: 200_000,
    function: {
      name: 'send-invoice',
      behaviour: {
        duration: { kind: 'fixed', ms: 300 },
        errorWhen: [{ path: 'customer', equals: null }],
      },
      ...(failure === 'dlq'
        ? {
            deadLetterQueue: { type: 'sqs' as const, name: 'invoice-dlq' },
            asyncConfig: { maximumRetryAttempts: 2 },
          }
        : {
            asyncConfig: {
              maximumRetryAttempts: 2,
              onFailure: { type: 'sqs' as const, name: 'invoice-failures' },
            },
          }),
    },
    workloads: [
      {
        id: 'billing',
        label: 'Billing',
        invocationType: 'Event',
        arrivals: { kind: 'single', atMs: [0, 2_000] },
        payload: { invoiceId: 'inv-1001', customer: 'c-42' },
      },
      {
        id: 'billing-broken',
        label: 'Billing (no customer)',
        invocationType: 'Event',
        arrivals: { kind: 'single', atMs: [1_000] },
        payload: { invoiceId: 'inv-1002', customer: null },
      },
    ],
  };
}

export const compareDlqDestination: ComparePreset = {
  id: 'compare-dlq-destination',
  title: 'Async: dead-letter queue vs on-failure destination',
  summary:
    'The same three invoices reach the function asynchronously and the same one fails every time. In both designs Lambda tries it three times (at 1 s, about a minute later and about two minutes after that) and then gives up, and in both the failure is kept rather than lost. What arrives differs. The dead-letter queue receives the original event and nothing else: you know which invoice, but not why it failed or how often it was tried. The on-failure destination receives an invocation record: the request, the function’s error, the condition (RetriesExhausted) and the number of attempts. Click the message in each log to compare what was sent.',
  a: { label: 'dead-letter queue', scenario: invoices('dlq') },
  b: { label: 'on-failure destination', scenario: invoices('destination') },
};

/** Five requests to the alias live at once, twice; a Java function (a long Init). */
function quotes(limit: 'reserved' | 'provisioned'): ScenarioInput {
  const version = {
    version: 1,
    runtime: 'java' as const,
    packageType: 'zip' as const,
    memoryMb: 512,
    timeoutSeconds: 10,
    behaviour: { duration: { kind: 'fixed' as const, ms: 400 } },
  };
  return {
    version: 1,
    name:
      limit === 'reserved' ? 'Quotes: reserved concurrency 3' : 'Quotes: provisioned concurrency 3',
    seed: 3,
    durationMs: 30_000,
    function: {
      name: 'quote',
      runtime: 'java',
      memoryMb: 512,
      timeoutSeconds: 10,
      behaviour: { duration: { kind: 'fixed', ms: 400 } },
      versions: [version],
      aliases: [{ name: 'live', version: 1 }],
      ...(limit === 'reserved'
        ? { reservedConcurrency: 3 }
        : { provisionedConcurrency: [{ qualifier: 'live', count: 3 }] }),
    },
    workloads: [
      {
        id: 'web',
        label: 'Web requests',
        qualifier: 'live',
        arrivals: { kind: 'burst', atMs: 1_000, count: 5 },
      },
    ],
  };
}

export const compareReservedProvisioned: ComparePreset = {
  id: 'compare-reserved-provisioned',
  title: 'Reserved vs provisioned concurrency',
  summary:
    'Five requests reach the same Java function at 1 s. Reserved concurrency 3 is a ceiling and nothing more: three environments start cold (1.5 s of Init each) and the other two requests are refused with 429 at once. Provisioned concurrency 3 is the opposite: three environments are initialised before any traffic, so three requests start at once, and it is not a ceiling, so the two extra requests spill over to on-demand environments, which start cold. Reserved concurrency protects what is downstream and guarantees capacity; provisioned concurrency removes cold starts for the traffic it covers and costs money while it waits. Neither does the other’s job.',
  a: { label: 'reserved concurrency 3', scenario: quotes('reserved') },
  b: { label: 'provisioned concurrency 3', scenario: quotes('provisioned') },
};

/** Twenty orders in a burst, to a function that only 2 copies of may run at once. */
function fanOut(front: 'sns' | 'sqs'): ScenarioInput {
  const base = {
    version: 1 as const,
    name: front === 'sns' ? 'Orders: SNS in front' : 'Orders: SQS in front',
    seed: 9,
    durationMs: 120_000,
    function: {
      name: 'pack-order',
      reservedConcurrency: 2,
      timeoutSeconds: 5,
      behaviour: { duration: { kind: 'fixed' as const, ms: 1_000 } },
    },
  };
  if (front === 'sns')
    return {
      ...base,
      workloads: [
        {
          id: 'orders',
          label: 'Order topic',
          invocationType: 'Event',
          arrivals: { kind: 'burst', atMs: 0, count: 20 },
          source: { service: 'sns' },
        },
      ],
    };
  return {
    ...base,
    queues: [
      {
        name: 'orders',
        visibilityTimeoutSeconds: 30,
        producers: [
          {
            id: 'orders',
            label: 'Order producer',
            arrivals: { kind: 'burst', atMs: 0, count: 20 },
            body: { order: 'o-1' },
          },
        ],
        mapping: { batchSize: 1 },
      },
    ],
  };
}

export const compareSnsSqs: ComparePreset = {
  id: 'compare-sns-sqs',
  title: 'SNS vs SQS in front of the same function',
  summary:
    'Twenty orders arrive at time 0 for a function that may run only two copies at once (reserved concurrency 2). Through SNS, the topic pushes all twenty at once and Lambda accepts every one (202) into its own asynchronous queue; eighteen are throttled, and Lambda retries throttled events with a growing back-off, so they come through two at a time at 4 s, 8 s, 16 s, 32 s, 64 s and 128 s: at 2 min only twelve are done and the rest still wait (none is lost, but the delay grows to minutes). Through SQS, the orders wait in the queue and the poller takes them as the function frees up: it is throttled a few times too, but the messages stay in the queue, and all twenty are done by 31 s. A queue in front absorbs a burst; a push source hands the burst to Lambda.',
  a: { label: 'SNS pushes', scenario: fanOut('sns') },
  b: { label: 'SQS buffers', scenario: fanOut('sqs') },
};

/** The built-in comparisons, in the order of the course. */
export const comparePresets: readonly ComparePreset[] = [
  compareBatchItemFailures,
  compareDlqDestination,
  compareSnsSqs,
  compareReservedProvisioned,
];

export function comparePresetById(id: string): ComparePreset | undefined {
  return comparePresets.find((p) => p.id === id);
}
