import type { Preset } from './types';

/**
 * Services that push events to the function (they call Invoke themselves), and push next to pull:
 * the same function fed by S3 (push) and by an SQS queue Lambda polls (pull).
 */

export const pushVsPull: Preset = {
  id: 'push-vs-pull',
  title: 'Push vs pull: S3 and SQS into one function',
  summary:
    'One function, two sources, each producing at 1 s and 4 s. S3 pushes: it calls Invoke itself with an asynchronous event a second or so after the upload, Lambda answers 202 and runs the function from its own queue (for this, S3 needs a statement in the function’s resource-based policy). SQS is pulled: nothing calls the function; Lambda’s poller receives each message at once, invokes the function synchronously with a batch and deletes the message when it succeeds (for this, the execution role needs the SQS actions). Compare who starts each invocation in the log.',
  scenario: {
    version: 1,
    name: 'Push vs pull: S3 and SQS into one function',
    seed: 6,
    durationMs: 15_000,
    function: { name: 'catalog-photo', behaviour: { duration: { kind: 'fixed', ms: 300 } } },
    workloads: [
      {
        id: 'uploads',
        label: 'S3 uploads (push)',
        invocationType: 'Event',
        arrivals: { kind: 'single', atMs: [1_000, 4_000] },
        source: { service: 's3' },
      },
    ],
    queues: [
      {
        name: 'photo-jobs',
        producers: [
          {
            id: 'importer',
            label: 'Importer (pull)',
            arrivals: { kind: 'single', atMs: [1_000, 4_000] },
            body: { photo: 'IMG_2041.jpg' },
          },
        ],
        mapping: { batchSize: 10 },
      },
    ],
  },
};

export const s3Thumbnail: Preset = {
  id: 's3-thumbnail',
  title: 'S3 → thumbnail: async retries, then the DLQ',
  summary:
    'Three photos are uploaded to a bucket (at 0, 1.5 and 3 s) and S3 notifies the thumbnail function asynchronously: each notification reaches Lambda after a delay of its own, Lambda accepts it (202) and S3 is done. The two photos get their thumbnails. The second upload is a file the function cannot read: watch Lambda, not S3, retry it about 1 minute and then 2 minutes later, and after the third failure (near 3 min) put the original S3 event in the function’s dead-letter queue.',
  scenario: {
    version: 1,
    name: 'S3 → thumbnail: async retries, then the DLQ',
    seed: 8,
    durationMs: 200_000,
    function: {
      name: 'make-thumbnail',
      runtime: 'python',
      timeoutSeconds: 10,
      behaviour: {
        duration: { kind: 'fixed', ms: 700 },
        errorWhen: [{ path: 'Records.0.s3.object.key', equals: 'uploads/scan.heic' }],
      },
      deadLetterQueue: { type: 'sqs', name: 'thumbnail-dlq' },
    },
    workloads: [
      {
        id: 'uploads',
        label: 'Photo uploads',
        invocationType: 'Event',
        arrivals: { kind: 'single', atMs: [0, 3_000] },
        source: { service: 's3' },
      },
      {
        id: 'bad-upload',
        label: 'An unreadable upload',
        invocationType: 'Event',
        arrivals: { kind: 'single', atMs: [1_500] },
        payload: {
          Records: [
            {
              eventSource: 'aws:s3',
              eventName: 'ObjectCreated:Put',
              s3: { bucket: { name: 'photo-uploads' }, object: { key: 'uploads/scan.heic' } },
            },
          ],
        },
        source: { service: 's3' },
      },
    ],
  },
};

export const snsDelivery: Preset = {
  id: 'sns-delivery',
  title: 'SNS → Lambda: the topic’s retries, then Lambda’s',
  summary:
    'An order topic has the function as a subscriber, and Lambda cannot be reached for the first 5 s. Watch SNS apply its delivery policy to the message published at time 0: 3 retries at once, 2 more a second apart, then backing off, until Lambda accepts it (202) at 6.3 s. The messages published at 8 and 9 s are accepted at the first try. From then on Lambda owns each event: the last message makes the function throw, and Lambda, not SNS, retries it 1 and 2 minutes later before dropping it at 3 min 10 s. SNS would use the subscription’s dead-letter queue only if it could never deliver.',
  scenario: {
    version: 1,
    name: 'SNS → Lambda: the topic’s retries, then Lambda’s',
    seed: 12,
    durationMs: 210_000,
    function: {
      name: 'ship-order',
      behaviour: {
        duration: { kind: 'fixed', ms: 300 },
        errorWhen: [{ path: 'Records.0.Sns.Message', equals: '{"orderId":"o-312"}' }],
      },
    },
    workloads: [
      {
        id: 'orders',
        label: 'Order topic',
        invocationType: 'Event',
        arrivals: { kind: 'single', atMs: [0, 8_000] },
        source: {
          service: 'sns',
          subscriptionDlq: { name: 'ship-order-sub-dlq' },
          unavailable: { fromMs: 0, untilMs: 5_000 },
        },
      },
      {
        id: 'orders-no-address',
        label: 'Order topic (no address)',
        invocationType: 'Event',
        arrivals: { kind: 'single', atMs: [9_000] },
        payload: {
          Records: [
            {
              EventSource: 'aws:sns',
              Sns: {
                TopicArn: 'arn:aws:sns:us-east-1:123456789012:order-events',
                Subject: 'Order placed',
                Message: '{"orderId":"o-312"}',
              },
            },
          ],
        },
        source: {
          service: 'sns',
          subscriptionDlq: { name: 'ship-order-sub-dlq' },
          unavailable: { fromMs: 0, untilMs: 5_000 },
        },
      },
    ],
  },
};
