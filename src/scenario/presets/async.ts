import type { Preset } from './types';

/** Asynchronous invocation: Lambda's own queue, its retries, the dead-letter queue and destinations. */

export const asyncRetries: Preset = {
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
};

export const asyncDestinations: Preset = {
  id: 'async-destinations',
  title: 'Async destinations: on-success and on-failure',
  summary:
    'A billing system sends three invoices to the function asynchronously (at 0, 1 and 2 s). Two are fine: right after each succeeds, Lambda sends an invocation record (the request and the function’s response) to the on-success destination, an SQS queue. The middle one has no customer, so the function throws: watch Lambda retry it about 1 minute and then 2 minutes later, and after the third failure (near 3 min) send its record, with the error, to the on-failure destination, an SNS topic.',
  scenario: {
    version: 1,
    name: 'Async destinations: on-success and on-failure',
    seed: 4,
    durationMs: 200_000,
    function: {
      name: 'send-invoice',
      behaviour: {
        duration: { kind: 'fixed', ms: 300 },
        errorWhen: [{ path: 'customer', equals: null }],
      },
      asyncConfig: {
        maximumRetryAttempts: 2,
        onSuccess: { type: 'sqs', name: 'invoices-sent' },
        onFailure: { type: 'sns', name: 'invoice-failures' },
      },
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
  },
};
