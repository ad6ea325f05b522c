import type { Preset } from './types';

/** Synchronous invocation: what a throttle looks like to a plain SDK caller and behind API Gateway. */

export const apiGatewayThrottle: Preset = {
  id: 'api-gateway-throttle',
  title: 'Sync throttles: 429 for the SDK, 500 behind API Gateway',
  summary:
    'A function limited to one environment at a time (reserved concurrency 1) is called synchronously by two kinds of caller. At time 0, three SDK calls arrive together: one runs, the other two get 429 TooManyRequestsException straight from Lambda. At 5 s, three API Gateway requests arrive together: again one runs, but API Gateway turns each throttle into 500 Internal Server Error for its client. Same throttle, two different status codes: what the client sees depends on who calls Lambda.',
  scenario: {
    version: 1,
    name: 'Sync throttles: 429 for the SDK, 500 behind API Gateway',
    seed: 1,
    durationMs: 20_000,
    function: {
      name: 'orders-api',
      reservedConcurrency: 1,
      behaviour: { duration: { kind: 'fixed', ms: 1_000 } },
    },
    workloads: [
      {
        id: 'sdk',
        label: 'SDK callers',
        arrivals: { kind: 'burst', atMs: 0, count: 3 },
      },
      {
        id: 'api',
        label: 'API Gateway clients',
        arrivals: { kind: 'burst', atMs: 5_000, count: 3 },
        source: { service: 'api-gateway' },
      },
    ],
  },
};
