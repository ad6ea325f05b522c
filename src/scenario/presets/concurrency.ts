import type { Preset } from './types';

/** Concurrency: cold, warm and provisioned starts, provisioned spillover, reserved concurrency as a cap and as an off switch. */

export const provisionedSpillover: Preset = {
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
};

export const syncThrottle: Preset = {
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
};

export const coldWarmProvisioned: Preset = {
  id: 'cold-warm-provisioned',
  title: 'Cold, warm and provisioned starts',
  summary:
    'Two callers make the same three requests, at 1 s, 5 s and 2 min: one calls the function on demand, the other calls the alias live, which keeps one provisioned environment ready. On demand, the first request pays a cold start (Init, 1.5 s for Java) and the second reuses the warm environment; after a minute idle (this scenario’s idle timeout) Lambda shuts it down, so the request at 2 min starts cold again. The provisioned environment is initialised at time 0, before any request, and all three requests through live start at once.',
  scenario: {
    version: 1,
    name: 'Cold, warm and provisioned starts',
    seed: 2,
    durationMs: 150_000,
    function: {
      name: 'price-quote',
      runtime: 'java',
      timeoutSeconds: 10,
      behaviour: { duration: { kind: 'fixed', ms: 400 } },
      versions: [
        {
          version: 1,
          runtime: 'java',
          packageType: 'zip',
          memoryMb: 128,
          timeoutSeconds: 10,
          behaviour: { duration: { kind: 'fixed', ms: 400 } },
        },
      ],
      aliases: [{ name: 'live', version: 1 }],
      provisionedConcurrency: [{ qualifier: 'live', count: 1 }],
    },
    environment: { idleTimeoutMinutes: 1 },
    workloads: [
      {
        id: 'on-demand',
        label: 'On demand ($LATEST)',
        arrivals: { kind: 'single', atMs: [1_000, 5_000, 120_000] },
      },
      {
        id: 'provisioned',
        label: 'Provisioned (alias live)',
        qualifier: 'live',
        arrivals: { kind: 'single', atMs: [1_000, 5_000, 120_000] },
      },
    ],
  },
};

export const reservedKillSwitch: Preset = {
  id: 'reserved-kill-switch',
  title: 'Reserved concurrency 0: the off switch',
  summary:
    'Reserved concurrency set to 0 stops a function without deleting anything: no invocation may run. Watch every request be throttled before any code runs. The three synchronous callers at time 0 get 429 TooManyRequestsException; the two asynchronous events at 2 s are accepted (202) and then throttled too, and Lambda does not retry them: they go straight to the on-failure destination.',
  scenario: {
    version: 1,
    name: 'Reserved concurrency 0: the off switch',
    seed: 1,
    durationMs: 30_000,
    function: {
      name: 'send-newsletter',
      reservedConcurrency: 0,
      asyncConfig: { onFailure: { type: 'sqs', name: 'newsletter-failures' } },
    },
    workloads: [
      {
        id: 'api',
        label: 'SDK callers',
        arrivals: { kind: 'burst', atMs: 0, count: 3 },
      },
      {
        id: 'events',
        label: 'Async events',
        invocationType: 'Event',
        arrivals: { kind: 'burst', atMs: 2_000, count: 2 },
      },
    ],
  },
};
