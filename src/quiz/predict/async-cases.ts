import type { TraceEvent } from '../../engine';
import type { ScenarioInput } from '../../scenario';
import { at, count, find, keyedOptions, numericOptions, times, type PredictCase } from './build';

/**
 * Asynchronous invocation: retries after function errors, the DLQ, destinations, reserved
 * concurrency 0 and the maximum event age. Every number in a stem is a setting of the scenario;
 * every answer comes from its run.
 */

const isInvokeOf = (msg: number) => (e: TraceEvent) => e.kind === 'invoke.start' && e.msg === msg;

const failingOrder = {
  version: 1,
  seed: 1,
  durationMs: 600_000,
  function: {
    name: 'charge-card',
    runtime: 'nodejs',
    timeoutSeconds: 10,
    behaviour: { duration: { kind: 'fixed', ms: 500 }, errorRate: 1 },
    deadLetterQueue: { type: 'sqs', name: 'charge-dlq' },
    asyncConfig: { maximumRetryAttempts: 2, maximumEventAgeInSeconds: 21_600 },
  },
  workloads: [
    {
      id: 'orders',
      label: 'Order events',
      invocationType: 'Event',
      arrivals: { kind: 'single', atMs: [0] },
      payload: { orderId: 'o-1001', amount: 42 },
    },
  ],
} satisfies ScenarioInput;

const FAILING_SETUP =
  'An order event is sent to the function charge-card asynchronously (InvocationType Event). The handler throws an error on every run. The function keeps the default asynchronous settings (MaximumRetryAttempts 2, maximum event age 6 hours) and has an SQS dead-letter queue, charge-dlq.';

export const asyncDlq: PredictCase = {
  id: 'predict-async-dlq',
  title: 'An asynchronous event that always fails, with a DLQ',
  scenario: failingOrder,
  questions: (run, moment) => {
    const runs = count(run, isInvokeOf(0));
    const ends = run.trace.filter((e) => e.kind === 'invoke.end' && e.msg === 0).map((e) => e.t);
    const starts = run.trace.filter(isInvokeOf(0)).map((e) => e.t);
    const exhausted = find(run, 'async.exhausted', (e) => e.kind === 'async.exhausted');
    const dlq = find(run, 'dlq.sent', (e) => e.kind === 'dlq.sent' && e.msg === 0);
    const first = ends[0]!;
    const attrs = Object.keys(dlq.detail?.attributes ?? {});
    const timeline = starts.map((s, i) => `${at(s)}–${at(ends[i]!)}`).join(', ');
    return [
      {
        id: 'predict-async-dlq-attempts',
        kind: 'single',
        stem: `${FAILING_SETUP} How many times does the function run for this one event?`,
        options: numericOptions(runs, [1, 2, 4], times, (n) =>
          n === runs
            ? `Right: one attempt and then the 2 retries that MaximumRetryAttempts allows. The simulation runs it at ${timeline}.`
            : n === 1
              ? 'Once is what a synchronous call gets, or an asynchronous one with MaximumRetryAttempts 0; here Lambda retries twice.'
              : n < runs
                ? 'That counts only the retries. Lambda runs the event once, then retries it twice: three runs.'
                : 'Lambda never retries an asynchronous event more than twice after function errors; then it gives up.',
        ),
        topic: 'async-retries',
        domain: 'resilient',
        difficulty: 1,
        facts: ['sn-async-retry-range', 'sn-async-lambda-owns-retries'],
        explanation:
          'Asynchronous invocations get up to two retries after function errors (MaximumRetryAttempts 0–2, default 2), so a handler that always throws runs three times before Lambda gives up on the event.',
        showMe: moment(exhausted),
      },
      {
        id: 'predict-async-dlq-when',
        kind: 'single',
        stem: `${FAILING_SETUP} Lambda starts the first attempt 100 ms after accepting the event, the first run needs a 250 ms cold start, and each run fails after 500 ms. The simulator waits exactly 60 s before the first retry and 120 s before the second. How long after the event was accepted does it reach charge-dlq?`,
        options: numericOptions(dlq.t, [180_000, first + 60_000, 21_600_000], at, (n) =>
          n === dlq.t
            ? `Right: each wait starts when a failed run ends. The runs are ${timeline}, and the event goes to the DLQ as soon as the last one fails.`
            : n === 180_000
              ? 'That adds up only the two waits. Each wait starts after the failed run ends, and the runs and the cold start take time too.'
              : n === first + 60_000
                ? 'That is when the first retry starts. A second retry follows 2 minutes after the first retry fails.'
                : 'The maximum event age only discards events still waiting to run; an event whose retries are used up goes to the DLQ at once.',
        ),
        topic: 'async-retries',
        domain: 'resilient',
        difficulty: 3,
        facts: ['sn-async-retry-timing', 'sn-dlq-after-failures'],
        explanation:
          'Lambda waits about a minute before the first retry and about two minutes before the second, counted from the end of the failed attempt. After the last failure the event goes to the dead-letter queue straight away.',
        showMe: moment(dlq),
      },
      {
        id: 'predict-async-dlq-content',
        kind: 'single',
        stem: `${FAILING_SETUP} What does the message that reaches charge-dlq contain?`,
        options: keyedOptions(dlq.detail?.record === undefined ? 'event' : 'record', [
          {
            key: 'event',
            text: `The original event as the message body, with the attributes ${attrs.join(', ')}.`,
            why: 'Right: a dead-letter queue keeps only the event that failed, plus the request ID and the error in message attributes.',
          },
          {
            key: 'record',
            text: 'An invocation record: requestContext (condition RetriesExhausted), requestPayload and responsePayload.',
            why: 'That is what an on-failure destination receives. A DLQ gets only the original event and three attributes.',
          },
          {
            key: 'error',
            text: 'Only the error message and stack trace of the last attempt.',
            why: 'The DLQ keeps the event itself, so it can be processed again; the error travels in the ErrorCode and ErrorMessage attributes.',
          },
          {
            key: 'metadata',
            text: 'Metadata pointing at the event (request ID and timestamps), but not the event itself.',
            why: 'Metadata only is what a stream mapping’s failure destination gets. An asynchronous DLQ receives the whole original event.',
          },
        ]),
        topic: 'dlq-destinations',
        domain: 'resilient',
        difficulty: 2,
        facts: ['sn-dlq-content'],
        explanation:
          'A function’s dead-letter queue (SQS or SNS) receives the original event with RequestID, ErrorCode and ErrorMessage attributes. Destinations send a richer invocation record instead.',
        showMe: moment(dlq),
      },
    ];
  },
};

export const asyncDestination: PredictCase = {
  id: 'predict-async-destination',
  title: 'No retries, an on-failure destination',
  scenario: {
    version: 1,
    seed: 1,
    durationMs: 60_000,
    function: {
      name: 'send-invoice',
      behaviour: { duration: { kind: 'fixed', ms: 200 }, errorRate: 1 },
      asyncConfig: {
        maximumRetryAttempts: 0,
        onFailure: { type: 'sqs', name: 'failed-invoices' },
      },
    },
    workloads: [
      {
        id: 'billing',
        label: 'Billing events',
        invocationType: 'Event',
        arrivals: { kind: 'single', atMs: [0] },
        payload: { invoiceId: 'inv-77' },
      },
    ],
  },
  questions: (run, moment) => {
    const sent = find(run, 'destination.sent', (e) => e.kind === 'destination.sent');
    const rc = sent.detail?.record?.requestContext;
    const key = rc ? `${rc.condition}/${rc.approximateInvokeCount}` : 'none';
    return [
      {
        id: 'predict-destination-record',
        kind: 'single',
        stem: 'The function send-invoice is invoked asynchronously and its handler always throws. Its asynchronous configuration sets MaximumRetryAttempts to 0 and an on-failure destination, the SQS queue failed-invoices. What arrives in failed-invoices?',
        options: keyedOptions(key, [
          {
            key: 'RetriesExhausted/1',
            text: 'An invocation record with condition RetriesExhausted and approximateInvokeCount 1, holding the event and the error.',
            why: 'Right: with no retries allowed the first failure exhausts the attempts, and the record says it ran once.',
          },
          {
            key: 'RetriesExhausted/3',
            text: 'An invocation record with condition RetriesExhausted and approximateInvokeCount 3, holding the event and the error.',
            why: 'Three attempts is the default (2 retries). MaximumRetryAttempts 0 means the first failure is final.',
          },
          {
            key: 'EventAgeExceeded/1',
            text: 'An invocation record with condition EventAgeExceeded and approximateInvokeCount 1.',
            why: 'EventAgeExceeded is for events that grew too old while waiting; this one ran and failed, so its retries ran out.',
          },
          {
            key: 'event',
            text: 'Only the original event, with RequestID, ErrorCode and ErrorMessage attributes.',
            why: 'That is the dead-letter queue format. Destinations receive a full invocation record.',
          },
        ]),
        topic: 'dlq-destinations',
        domain: 'resilient',
        difficulty: 2,
        facts: ['sn-destination-record', 'sn-async-retry-range'],
        explanation:
          'An on-failure destination receives an invocation record: the request payload, the response or error, the condition (Success, RetriesExhausted or EventAgeExceeded) and how many attempts were made.',
        showMe: moment(sent),
      },
    ];
  },
};

export const asyncSuccess: PredictCase = {
  id: 'predict-async-success',
  title: 'A successful event with a DLQ and an on-success destination',
  scenario: {
    version: 1,
    seed: 1,
    durationMs: 60_000,
    function: {
      name: 'index-document',
      behaviour: { duration: { kind: 'fixed', ms: 200 } },
      deadLetterQueue: { type: 'sqs', name: 'index-dlq' },
      asyncConfig: { onSuccess: { type: 'eventbridge', name: 'audit-bus' } },
    },
    workloads: [
      {
        id: 'uploads',
        label: 'Document uploads',
        invocationType: 'Event',
        arrivals: { kind: 'single', atMs: [0] },
        payload: { key: 'docs/report.pdf' },
      },
    ],
  },
  questions: (run, moment) => {
    const fate = run.fates[0]!;
    const sent = find(run, 'destination.sent', (e) => e.kind === 'destination.sent');
    return [
      {
        id: 'predict-success-where',
        kind: 'single',
        stem: 'The function index-document is invoked asynchronously and succeeds on its first run. It has an SQS dead-letter queue, index-dlq, and an on-success destination, the event bus audit-bus. Where does Lambda send something about this event?',
        options: keyedOptions(fate.deliveredTo.join(' + '), [
          {
            key: 'onSuccess:eventbridge:audit-bus',
            text: 'To audit-bus only, as an invocation record with condition Success.',
            why: 'Right: the on-success destination hears about every successful asynchronous invocation; the DLQ is only for failures.',
          },
          {
            key: 'dlq:sqs:index-dlq + onSuccess:eventbridge:audit-bus',
            text: 'To audit-bus and to index-dlq, which keeps a copy of each event sent.',
            why: 'A dead-letter queue only receives events that failed for good; nothing reaches it after a success.',
          },
          {
            key: 'dlq:sqs:index-dlq',
            text: 'To index-dlq only, because a DLQ keeps every event it is sent.',
            why: 'The DLQ is for discarded failures; success records go to the on-success destination.',
          },
          {
            key: '',
            text: 'Nowhere: an asynchronous destination only ever receives failures.',
            why: 'Destinations exist for both outcomes. An on-success destination receives a record of every successful asynchronous invocation.',
          },
        ]),
        topic: 'dlq-destinations',
        domain: 'resilient',
        difficulty: 1,
        facts: ['sn-destination-success-failure', 'sn-dlq-content'],
        explanation:
          'Destinations are configured separately for success and failure and receive invocation records. A dead-letter queue only ever receives failed events.',
        showMe: moment(sent),
      },
    ];
  },
};

export const reservedZero: PredictCase = {
  id: 'predict-reserved-zero',
  title: 'Reserved concurrency 0 and an asynchronous event',
  scenario: {
    version: 1,
    seed: 1,
    durationMs: 60_000,
    function: {
      name: 'legacy-export',
      reservedConcurrency: 0,
      deadLetterQueue: { type: 'sqs', name: 'export-dlq' },
    },
    workloads: [
      {
        id: 'exports',
        label: 'Export requests',
        invocationType: 'Event',
        arrivals: { kind: 'single', atMs: [0] },
      },
    ],
  },
  questions: (run, moment) => {
    const accepted = count(run, (e) => e.kind === 'async.accepted' && e.msg === 0) > 0;
    const runs = count(run, isInvokeOf(0));
    const retries = count(run, (e) => e.kind === 'async.retry' && e.msg === 0);
    const fate = run.fates[0]!;
    const key = !accepted
      ? 'rejected'
      : runs > 0
        ? 'ran'
        : retries > 0
          ? 'retried'
          : fate.kind === 'dlq'
            ? 'dlq'
            : fate.kind;
    const dlq = find(run, 'dlq.sent', (e) => e.kind === 'dlq.sent');
    return [
      {
        id: 'predict-reserved-zero-fate',
        kind: 'single',
        stem: 'The function legacy-export has its reserved concurrency set to 0 and an SQS dead-letter queue, export-dlq. An event is sent to it asynchronously. What happens to the event?',
        options: keyedOptions(key, [
          {
            key: 'dlq',
            text: 'Lambda accepts it (202), then sends it to export-dlq without running or retrying it.',
            why: 'Right: reserved concurrency 0 throttles everything, and an asynchronous event that can never run skips the retries and goes to the DLQ (or on-failure destination).',
          },
          {
            key: 'retried',
            text: 'Lambda accepts it and retries it with backoff for up to 6 hours, then sends it to export-dlq.',
            why: 'That is what happens to an event throttled by a limit that may free up; with reserved concurrency 0 nothing can ever run, so Lambda does not wait.',
          },
          {
            key: 'ran',
            text: 'The function runs once, on the unreserved concurrency of the account, and succeeds.',
            why: 'Reserved concurrency is a cap as well as a guarantee: at 0 the function cannot use any concurrency at all.',
          },
          {
            key: 'rejected',
            text: 'The caller gets 429 TooManyRequestsException and the event never enters Lambda’s queue.',
            why: 'An asynchronous caller is answered 202 before any concurrency is used; throttling happens later, inside Lambda.',
          },
        ]),
        topic: 'concurrency',
        domain: 'resilient',
        difficulty: 2,
        facts: ['ex-reserved-zero-kill-switch'],
        explanation:
          'Reserved concurrency 0 is an emergency stop: every invocation is throttled. New asynchronous events are accepted and go straight to the dead-letter queue or on-failure destination, with no retries.',
        showMe: moment(dlq),
      },
    ];
  },
};

export const throttleExpiry: PredictCase = {
  id: 'predict-throttle-expiry',
  title: 'Throttled asynchronous events age out',
  scenario: {
    version: 1,
    seed: 1,
    durationMs: 600_000,
    function: {
      name: 'render-video',
      timeoutSeconds: 900,
      reservedConcurrency: 1,
      behaviour: { duration: { kind: 'fixed', ms: 300_000 } },
      asyncConfig: {
        maximumRetryAttempts: 2,
        maximumEventAgeInSeconds: 60,
        onFailure: { type: 'sqs', name: 'late-renders' },
      },
    },
    workloads: [
      {
        id: 'jobs',
        label: 'Render jobs',
        invocationType: 'Event',
        arrivals: { kind: 'burst', atMs: 0, count: 2 },
      },
    ],
  },
  questions: (run, moment) => {
    const expired = find(run, 'async.expired', (e) => e.kind === 'async.expired' && e.msg === 1);
    const firstDone = find(run, 'invoke.end', (e) => e.kind === 'invoke.end' && e.msg === 0).t;
    const sent = find(run, 'destination.sent', (e) => e.kind === 'destination.sent' && e.msg === 1);
    const rc = sent.detail?.record?.requestContext;
    const throttled = run.trace
      .filter((e) => e.kind === 'throttled' && e.msg === 1)
      .map((e) => e.t);
    const throttles = throttled.length;
    // When the second job would be given up on if throttles used up its two retries.
    const afterTwoRetries = throttled[2] ?? expired.t + 1;
    const SETUP =
      'The function render-video runs for 5 minutes per job and has reserved concurrency 1. Its asynchronous configuration sets MaximumEventAgeInSeconds to 60, MaximumRetryAttempts to 2 and an on-failure destination, the SQS queue late-renders. Two jobs are sent asynchronously at the same moment; the first one starts running.';
    return [
      {
        id: 'predict-expiry-fate',
        kind: 'single',
        stem: `${SETUP} What happens to the second job?`,
        options: keyedOptions(rc ? `${sent.kind}/${rc.condition}` : run.fates[1]!.kind, [
          {
            key: 'destination.sent/EventAgeExceeded',
            text: 'It is retried while throttled; at 60 s old it goes to late-renders as EventAgeExceeded.',
            why: `Right: throttles do not use up retry attempts. The job was throttled ${throttles} times, then aged out.`,
          },
          {
            key: 'destination.sent/RetriesExhausted',
            text: 'After two throttled retries it goes to late-renders with the condition RetriesExhausted.',
            why: 'MaximumRetryAttempts counts only function errors. A throttled event is retried until it reaches the maximum event age.',
          },
          {
            key: 'succeeded',
            text: 'It waits in Lambda’s queue until the first job is done after 5 minutes, and then it runs.',
            why: 'It would, if it were allowed to wait that long; the maximum event age of 60 s discards it first.',
          },
          {
            key: 'throttled',
            text: 'The sender gets 429 TooManyRequestsException, and it has to send the event again itself.',
            why: 'Asynchronous callers are answered 202 at once; throttles happen inside Lambda, which retries them itself.',
          },
        ]),
        topic: 'async-retries',
        domain: 'resilient',
        difficulty: 3,
        facts: ['ex-throttle-async', 'sn-async-event-age'],
        explanation:
          'Lambda retries throttled asynchronous events with growing delays without counting them as retry attempts, until the event is older than MaximumEventAgeInSeconds; then it is discarded to the DLQ or on-failure destination (condition EventAgeExceeded).',
        showMe: moment(sent),
      },
      {
        id: 'predict-expiry-when',
        kind: 'single',
        stem: `${SETUP} How long after it was sent is the second job discarded?`,
        options: numericOptions(expired.t, [afterTwoRetries, firstDone, 21_600_000], at, (n) =>
          n === expired.t
            ? 'Right: the event may wait at most MaximumEventAgeInSeconds, 60 s here, throttled or not.'
            : n === afterTwoRetries
              ? 'That is after two throttled tries. Throttles do not count against MaximumRetryAttempts.'
              : n === firstDone
                ? 'The job would run when the first one frees the slot, but it is too old by then: it was discarded at 60 s.'
                : 'Six hours is the default maximum event age; this function lowers it to 60 s.',
        ),
        topic: 'async-retries',
        domain: 'resilient',
        difficulty: 2,
        facts: ['sn-async-event-age', 'ex-throttle-async'],
        explanation:
          'MaximumEventAgeInSeconds (60 s to 6 hours, default 6 hours) bounds how long an asynchronous event may wait, whatever the reason it cannot run.',
        showMe: moment(expired),
      },
    ];
  },
};
