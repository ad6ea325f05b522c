import type { ScenarioInput } from './schema';

export interface Preset {
  /** Short, readable id used in links. */
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly scenario: ScenarioInput;
}

/**
 * Built-in scenarios. Each one is a plain scenario document, validated like any other.
 */
export const presets: readonly Preset[] = [
  {
    id: 'async-retries',
    title: 'Async retries, then the DLQ',
    summary:
      'S3-style asynchronous events hit a function that always throws: Lambda retries each one twice (about 1 and 2 minutes later), then sends it to the dead-letter queue.',
    scenario: {
      version: 1,
      name: 'Async retries, then the DLQ',
      seed: 7,
      durationMs: 600_000,
      function: {
        name: 'resize-image',
        runtime: 'python',
        timeoutSeconds: 10,
        behaviour: { duration: { kind: 'fixed', ms: 800 }, errorRate: 1 },
        deadLetterQueue: { type: 'sqs', name: 'resize-dlq' },
        asyncConfig: { maximumRetryAttempts: 2, maximumEventAgeInSeconds: 21_600 },
      },
      workloads: [
        {
          id: 'uploads',
          label: 'S3 uploads',
          invocationType: 'Event',
          arrivals: { kind: 'single', atMs: [0, 5_000] },
          payload: { bucket: 'photos', key: 'cat.jpg' },
        },
      ],
    },
  },
  {
    id: 'sync-throttle',
    title: 'Reserved concurrency throttles a burst',
    summary:
      'Three callers invoke a function with reserved concurrency 1 at the same moment: one runs, two get 429 TooManyRequests.',
    scenario: {
      version: 1,
      name: 'Reserved concurrency throttles a burst',
      seed: 1,
      durationMs: 60_000,
      function: {
        name: 'checkout',
        reservedConcurrency: 1,
        behaviour: { duration: { kind: 'fixed', ms: 500 } },
      },
      workloads: [
        {
          id: 'api',
          label: 'API clients',
          invocationType: 'RequestResponse',
          arrivals: { kind: 'burst', atMs: 0, count: 3 },
        },
      ],
    },
  },
  {
    id: 'provisioned-spillover',
    title: 'Provisioned concurrency and spillover',
    summary:
      'An alias with 2 provisioned environments receives 3 concurrent requests: two start warm, the third spills over to on-demand with a cold start.',
    scenario: {
      version: 1,
      name: 'Provisioned concurrency and spillover',
      seed: 3,
      durationMs: 60_000,
      function: {
        name: 'quote',
        runtime: 'java',
        timeoutSeconds: 10,
        behaviour: { duration: { kind: 'fixed', ms: 300 } },
        versions: [
          {
            version: 1,
            runtime: 'java',
            packageType: 'zip',
            memoryMb: 512,
            timeoutSeconds: 10,
            behaviour: { duration: { kind: 'fixed', ms: 300 } },
          },
        ],
        aliases: [{ name: 'live', version: 1 }],
        provisionedConcurrency: [{ qualifier: 'live', count: 2 }],
      },
      workloads: [
        {
          id: 'web',
          label: 'Web requests',
          qualifier: 'live',
          arrivals: { kind: 'burst', atMs: 1_000, count: 3 },
        },
      ],
    },
  },
];

export function presetById(id: string): Preset | undefined {
  return presets.find((p) => p.id === id);
}
