import type { ScenarioInput } from '../../src/scenario';

const MIXED_MS = 900_000;

/**
 * A busy quarter-hour of mixed synchronous and asynchronous traffic (150 requests/s, about
 * 725,000 trace events), with errors, throttles and a weighted alias.
 */
export const mixedLoad: ScenarioInput = {
  version: 1,
  name: 'Mixed sync + async load',
  seed: 99,
  durationMs: MIXED_MS,
  function: {
    runtime: 'nodejs',
    timeoutSeconds: 5,
    reservedConcurrency: 40,
    behaviour: {
      duration: { kind: 'normal', meanMs: 120, stdDevMs: 40 },
      errorRate: 0.05,
      timeoutRate: 0.001,
    },
    deadLetterQueue: { type: 'sqs', name: 'dlq' },
    versions: [
      {
        version: 1,
        runtime: 'nodejs',
        packageType: 'zip',
        memoryMb: 512,
        timeoutSeconds: 5,
        behaviour: { duration: { kind: 'uniform', minMs: 50, maxMs: 200 } },
      },
      {
        version: 2,
        runtime: 'nodejs',
        packageType: 'zip',
        memoryMb: 512,
        timeoutSeconds: 5,
        behaviour: { duration: { kind: 'uniform', minMs: 50, maxMs: 250 }, errorRate: 0.02 },
      },
    ],
    aliases: [{ name: 'prod', version: 1, routing: { version: 2, weight: 0.2 } }],
  },
  workloads: [
    {
      id: 'api',
      invocationType: 'RequestResponse',
      qualifier: 'prod',
      arrivals: { kind: 'poisson', ratePerSecond: 100, durationMs: MIXED_MS },
      callerRetry: { mode: 'sdk' },
    },
    {
      id: 'events',
      invocationType: 'Event',
      arrivals: { kind: 'poisson', ratePerSecond: 50, durationMs: MIXED_MS },
    },
  ],
};

/** What a class might build in an hour: about 10,000 invocations, retries, a few cold starts. */
export const classroomHour: ScenarioInput = {
  version: 1,
  name: 'Classroom hour',
  seed: 2026,
  durationMs: 3_600_000,
  function: {
    runtime: 'python',
    timeoutSeconds: 10,
    reservedConcurrency: 5,
    behaviour: { duration: { kind: 'uniform', minMs: 200, maxMs: 1_500 }, errorRate: 0.1 },
    deadLetterQueue: { type: 'sqs', name: 'orders-dlq' },
  },
  workloads: [
    {
      id: 'checkout',
      invocationType: 'RequestResponse',
      arrivals: { kind: 'constant', ratePerSecond: 1.5, durationMs: 3_600_000 },
    },
    {
      id: 'uploads',
      invocationType: 'Event',
      arrivals: { kind: 'poisson', ratePerSecond: 1, durationMs: 3_600_000 },
    },
  ],
};

/**
 * A storm of tokens: 1,000 asynchronous events a second for ten seconds, each a short invocation,
 * so that at any moment over a thousand tokens are on the diagram at once (travelling or waiting).
 */
export const tokenStorm: ScenarioInput = {
  version: 1,
  name: 'Token storm',
  seed: 7,
  durationMs: 20_000,
  function: {
    runtime: 'nodejs',
    timeoutSeconds: 3,
    behaviour: { duration: { kind: 'uniform', minMs: 200, maxMs: 900 }, errorRate: 0.2 },
    deadLetterQueue: { type: 'sqs', name: 'storm-dlq' },
  },
  workloads: [
    {
      id: 'storm',
      invocationType: 'Event',
      arrivals: { kind: 'constant', ratePerSecond: 1_000, durationMs: 10_000 },
    },
  ],
};

/**
 * The browser playback measure: 1,500 asynchronous events a second for forty seconds, about 600
 * tokens on the diagram at any moment of it, long enough for the measured frames to stay inside it.
 */
export const playbackLoad: ScenarioInput = {
  ...tokenStorm,
  name: 'Playback load',
  durationMs: 50_000,
  workloads: [
    {
      id: 'load',
      invocationType: 'Event',
      arrivals: { kind: 'constant', ratePerSecond: 1_500, durationMs: 40_000 },
    },
  ],
};
