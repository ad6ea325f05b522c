import { count, find, keyedOptions, numericOptions, times, type PredictCase } from './build';

/** EventBridge targets: the retry policy and errors it does not retry. */

/** Runs the built-in preset: an SQS target that times out, retry policy of 4, a target DLQ. */
export const targetRetries: PredictCase = {
  id: 'eventbridge-target-dlq',
  title: 'A failing EventBridge target and its DLQ',
  questions: (run, moment) => {
    const tries = count(run, (e) => e.kind === 'eb.target-failed');
    const dlq = find(run, 'eb.dlq', (e) => e.kind === 'eb.dlq');
    return [
      {
        id: 'predict-eb-target-attempts',
        kind: 'single',
        stem: 'An EventBridge rule sends EC2 state changes to the SQS queue inventory-updates, which times out on every delivery. The target’s retry policy sets MaximumRetryAttempts to 4 and it has a dead-letter queue. How many times does EventBridge try to deliver one event before it goes to the DLQ?',
        options: numericOptions(tries, [1, 4, 185], times, (n) =>
          n === tries
            ? 'Right: the first delivery and the 4 retries the policy allows; a timeout is worth retrying.'
            : n === 1
              ? 'Only errors that cannot succeed (missing permission, deleted resource) skip the retries; a timeout is retried.'
              : n === 4
                ? 'That counts only the retries: there is a first delivery before them.'
                : '185 is the default MaximumRetryAttempts; this target lowers it to 4.',
        ),
        topic: 'eventbridge-rules',
        domain: 'resilient',
        difficulty: 2,
        facts: ['ex-eb-retry-policy'],
        explanation:
          'EventBridge retries a failing target with backoff, by default for 24 hours and 185 attempts; a target’s retry policy can lower both. When the policy runs out, the event goes to the target’s SQS dead-letter queue.',
        showMe: moment(dlq),
      },
    ];
  },
};

export const targetNoPermission: PredictCase = {
  id: 'predict-eb-no-permission',
  title: 'An EventBridge target without permission',
  scenario: {
    version: 1,
    seed: 1,
    durationMs: 60_000,
    eventbridge: {
      rules: [
        {
          name: 'new-orders',
          eventPattern: { source: ['com.example.shop'] },
          targets: [
            {
              id: 'alerts',
              type: 'sns',
              name: 'order-alerts',
              fault: { error: 'NO_PERMISSIONS' },
              deadLetterQueue: { name: 'alerts-dlq' },
            },
          ],
        },
      ],
      producers: [
        {
          id: 'shop',
          label: 'Web shop',
          arrivals: { kind: 'single', atMs: [1_000] },
          source: 'com.example.shop',
          detailType: 'OrderPlaced',
          detail: { orderId: 'o-5' },
        },
      ],
    },
  },
  questions: (run, moment) => {
    const tries = count(run, (e) => e.kind === 'eb.target-failed');
    const dlq = find(run, 'eb.dlq', (e) => e.kind === 'eb.dlq');
    const code = dlq.detail?.attributes?.ERROR_CODE ?? '';
    return [
      {
        id: 'predict-eb-no-permission',
        kind: 'single',
        stem: 'An EventBridge rule targets the SNS topic order-alerts, but the topic’s policy does not let EventBridge publish. The target keeps the default retry policy and has an SQS dead-letter queue, alerts-dlq. What happens to a matching event?',
        options: keyedOptions(`${tries}/${code}`, [
          {
            key: '1/NO_PERMISSIONS',
            text: 'One failed delivery, then the event goes to alerts-dlq at once with ERROR_CODE NO_PERMISSIONS.',
            why: 'Right: a missing permission cannot fix itself, so EventBridge does not retry it.',
          },
          {
            key: '186/NO_PERMISSIONS',
            text: 'EventBridge retries for up to 24 hours (185 retries), then sends it to alerts-dlq with ERROR_CODE NO_PERMISSIONS.',
            why: 'The retry policy applies to errors that may pass (throttling, timeouts); a permission error is not retried.',
          },
          {
            key: '1/',
            text: 'The event is dropped: a target DLQ only catches throttles and timeouts.',
            why: 'The DLQ catches every event the target never received, including permission failures, with the error code as an attribute.',
          },
          {
            key: '0/',
            text: 'The rule does not match the event until the topic policy is fixed.',
            why: 'Matching depends only on the event pattern; the failure happens when EventBridge delivers to the target.',
          },
        ]),
        topic: 'eventbridge-rules',
        domain: 'secure',
        difficulty: 2,
        facts: ['ex-eb-target-no-permission'],
        explanation:
          'EventBridge skips retries for errors that cannot succeed, such as a missing permission or a deleted resource: the event goes straight to the target’s dead-letter queue (or is dropped without one).',
        showMe: moment(dlq),
      },
    ];
  },
};
