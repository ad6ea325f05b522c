import type { Preset } from './types';

/**
 * The two permissions of a function: its resource-based policy (who may invoke it: push sources)
 * and its execution role (what it, and Lambda's pollers on its behalf, may call: pull sources).
 */

export const policyVsRole: Preset = {
  id: 'permissions-policy-vs-role',
  title: 'Permissions: resource policy vs execution role',
  summary:
    'A function with three sources and a strict set of permissions. Push sources need a statement in the function’s resource-based policy: S3 has none, so at time 0 S3 refuses to save the trigger (“Unable to validate the following destination configurations”) and the uploads at 2 and 6 s invoke nothing, while the SNS topic the policy names is let in at 4 s. A pull source needs the execution role instead: the role only allows writing logs, so creating the SQS mapping fails at time 0 (“does not have permissions to call ReceiveMessage on SQS”) and the queue’s messages wait unread.',
  scenario: {
    version: 1,
    name: 'Permissions: resource policy vs execution role',
    seed: 1,
    durationMs: 20_000,
    function: { name: 'ingest-file' },
    permissions: {
      resourcePolicy: [
        {
          sid: 'sns-file-events',
          principal: 'sns.amazonaws.com',
          sourceArn: 'arn:aws:sns:us-east-1:123456789012:file-events',
        },
      ],
      executionRole: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'],
    },
    workloads: [
      {
        id: 'uploads',
        label: 'S3 uploads (push)',
        invocationType: 'Event',
        arrivals: { kind: 'single', atMs: [2_000, 6_000] },
        source: { service: 's3', resource: 'incoming-files' },
      },
      {
        id: 'notices',
        label: 'SNS notices (push, allowed)',
        invocationType: 'Event',
        arrivals: { kind: 'single', atMs: [4_000] },
        source: { service: 'sns', resource: 'file-events' },
      },
    ],
    queues: [
      {
        name: 'files-to-ingest',
        producers: [
          {
            id: 'scanner',
            label: 'Scanner (pull)',
            arrivals: { kind: 'single', atMs: [2_000, 6_000] },
            body: { file: 'batch-17.csv' },
          },
        ],
        mapping: { batchSize: 10 },
      },
    ],
  },
};
