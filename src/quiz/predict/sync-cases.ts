import { count, find, keyedOptions, numericOptions, times, type PredictCase } from './build';

/** Synchronous invocation: throttles, function errors and provisioned concurrency. */

export const syncThrottle: PredictCase = {
  id: 'predict-sync-throttle',
  title: 'Five callers, reserved concurrency 2',
  scenario: {
    version: 1,
    seed: 1,
    durationMs: 60_000,
    function: {
      name: 'get-quote',
      reservedConcurrency: 2,
      behaviour: { duration: { kind: 'fixed', ms: 1_000 } },
    },
    workloads: [
      {
        id: 'api',
        label: 'API clients',
        invocationType: 'RequestResponse',
        arrivals: { kind: 'burst', atMs: 0, count: 5 },
        callerRetry: { mode: 'none' },
      },
    ],
  },
  questions: (run, moment) => {
    const refused = count(run, (e) => e.kind === 'sync.response' && e.detail?.statusCode === 429);
    const lateRuns = count(
      run,
      (e) => e.kind === 'invoke.start' && run.fates[e.msg]?.kind === 'throttled',
    );
    const firstRefusal = find(
      run,
      'a 429',
      (e) => e.kind === 'sync.response' && e.detail?.statusCode === 429,
    );
    const SETUP =
      'The function get-quote has reserved concurrency 2 and takes 1 second per request. Five clients call it synchronously at the same moment, and none of them retries.';
    return [
      {
        id: 'predict-sync-throttle-count',
        kind: 'single',
        stem: `${SETUP} How many of the five clients get 429 TooManyRequestsException?`,
        options: numericOptions(
          refused,
          [0, 2, 5],
          (n) => (n === 0 ? 'None' : String(n)),
          (n) =>
            n === refused
              ? 'Right: two requests run, one in each of the two environments reserved concurrency allows; the other three are throttled at once.'
              : n === 0
                ? 'Lambda does not queue synchronous requests: a call beyond the concurrency limit is refused straight away.'
                : n === 5
                  ? 'Reserved concurrency guarantees the function 2 concurrent executions, so two requests run.'
                  : 'Reserved concurrency 2 lets exactly two requests run at once; the rest are refused.',
        ),
        topic: 'concurrency',
        domain: 'performant',
        difficulty: 1,
        facts: ['ex-reserved-guarantee-and-cap', 'ex-throttle-sync'],
        explanation:
          'Reserved concurrency caps a function: requests beyond it are throttled. A throttled synchronous call fails at once with 429, and only the caller can retry it.',
        showMe: moment(firstRefusal),
      },
      {
        id: 'predict-sync-throttle-retry',
        kind: 'single',
        stem: `${SETUP} What does Lambda do with the requests it throttled?`,
        options: keyedOptions(lateRuns === 0 ? 'nothing' : 'ran-later', [
          {
            key: 'nothing',
            text: 'Nothing more: each client has its 429, and trying again is up to the client.',
            why: 'Right: Lambda never retries a synchronous invocation; SDKs may retry throttles on their own, but these clients do not.',
          },
          {
            key: 'ran-later',
            text: 'It keeps them and runs them as soon as one of the two environments becomes free.',
            why: 'Only asynchronous events wait in a Lambda queue. A synchronous request is answered at once, here with 429.',
          },
          {
            key: 'retry-6h',
            text: 'It retries them with backoff for up to 6 hours, as it would an event.',
            why: 'That is the asynchronous path’s handling of throttles; synchronous callers get the error back instead.',
          },
          {
            key: 'spill',
            text: 'It runs them on the unreserved concurrency of the account instead.',
            why: 'Reserved concurrency is also a ceiling: the function can never use more than 2, even if the account has spare capacity.',
          },
        ]),
        topic: 'invocation-models',
        domain: 'resilient',
        difficulty: 1,
        facts: ['sn-sync-client-handles-errors', 'ex-throttle-sync'],
        explanation:
          'Lambda never retries synchronous calls. Throttled callers receive 429 TooManyRequestsException and decide for themselves whether and when to try again.',
        showMe: moment(firstRefusal),
      },
    ];
  },
};

export const syncError: PredictCase = {
  id: 'predict-sync-error',
  title: 'A synchronous call to a failing function',
  scenario: {
    version: 1,
    seed: 1,
    durationMs: 60_000,
    function: {
      name: 'validate-order',
      behaviour: { duration: { kind: 'fixed', ms: 200 }, errorRate: 1 },
    },
    workloads: [
      {
        id: 'checkout',
        label: 'Checkout service',
        invocationType: 'RequestResponse',
        arrivals: { kind: 'single', atMs: [0] },
      },
    ],
  },
  questions: (run, moment) => {
    const response = find(run, 'sync.response', (e) => e.kind === 'sync.response');
    const d = response.detail;
    const runs = count(run, (e) => e.kind === 'invoke.start');
    const SETUP =
      'A checkout service calls the function validate-order with the Invoke API (InvocationType RequestResponse). The handler throws an exception.';
    return [
      {
        id: 'predict-sync-error-response',
        kind: 'single',
        stem: `${SETUP} What does the checkout service receive?`,
        options: keyedOptions(`${d?.statusCode}/${d?.functionError ?? ''}`, [
          {
            key: '200/Unhandled',
            text: 'HTTP 200, with the X-Amz-Function-Error header and the error in the body.',
            why: 'Right: the Invoke call itself worked, so the status is 200; the header and body report the function’s error.',
          },
          {
            key: '500/',
            text: 'HTTP 500 ServiceException, with the error message of the handler in its body.',
            why: 'A 5xx means Lambda itself failed before or around running the code, not that the code threw.',
          },
          {
            key: '502/',
            text: 'HTTP 502 Bad Gateway, because the function did not return a valid response.',
            why: '502 is what API Gateway returns for a failing function; the Invoke API reports function errors with 200.',
          },
          {
            key: '429/',
            text: 'HTTP 429 TooManyRequestsException, with the error of the handler in the body.',
            why: '429 is a throttle: the code never ran. Here the code ran and threw.',
          },
        ]),
        topic: 'invocation-models',
        domain: 'resilient',
        difficulty: 2,
        facts: ['ex-sync-error-200'],
        explanation:
          'An invocation error (throttle, bad request, missing permission) returns a 4xx or 5xx status. A function error — an exception, a crash or a timeout — still returns 200, flagged by the X-Amz-Function-Error header.',
        showMe: moment(response),
      },
      {
        id: 'predict-sync-error-runs',
        kind: 'single',
        stem: `${SETUP} How many times does Lambda run the function for this call?`,
        options: numericOptions(runs, [2, 3, 4], times, (n) =>
          n === runs
            ? 'Right: Lambda runs a synchronous request once and hands the error back; retrying is the caller’s decision.'
            : n === 3
              ? 'Three runs (two retries) is the asynchronous default. Lambda never retries a synchronous invocation.'
              : 'Lambda does not retry synchronous invocations at all; the caller gets the first error.',
        ),
        topic: 'invocation-models',
        domain: 'resilient',
        difficulty: 1,
        facts: ['sn-sync-client-handles-errors'],
        explanation:
          'With RequestResponse the caller waits and receives the outcome of a single run. Lambda does not retry; error handling and retries belong to the client.',
        showMe: moment(response),
      },
    ];
  },
};

/** Runs the built-in preset: 2 provisioned environments on an alias, 3 requests at once. */
export const provisionedSpillover: PredictCase = {
  id: 'provisioned-spillover',
  title: 'Provisioned concurrency and spillover',
  questions: (run, moment) => {
    const cold = run.trace.filter((e) => e.kind === 'env.init' && e.detail?.initReason === 'cold');
    const first = cold[0];
    if (first === undefined) throw new Error('the run has no cold start');
    return [
      {
        id: 'predict-spillover-cold',
        kind: 'single',
        stem: 'The alias live of the function quote has provisioned concurrency 2, and both environments are ready. Three requests reach the alias at the same moment. How many of them wait for a cold start?',
        options: numericOptions(
          cold.length,
          [0, 2, 3],
          (n) => (n === 0 ? 'None' : String(n)),
          (n) =>
            n === cold.length
              ? 'Right: two requests start at once in the provisioned environments; the third spills over to an on-demand environment, which has to initialise.'
              : n === 0
                ? 'Provisioned environments cover only as many concurrent requests as were provisioned; the extra request is not refused, it goes on-demand and cold-starts.'
                : n === 3
                  ? 'The provisioned environments are already initialised, so the first two requests start warm.'
                  : 'Only the request beyond the provisioned number needs a new environment.',
        ),
        topic: 'provisioned',
        domain: 'performant',
        difficulty: 2,
        facts: ['sn-provisioned-spillover', 'sn-provisioned-concurrency'],
        explanation:
          'Provisioned concurrency keeps a set number of environments initialised. Requests beyond that number spill over to on-demand environments, which may cold-start.',
        showMe: moment(first),
      },
    ];
  },
};
