/**
 * Amazon S3 reaches Lambda two ways: bucket notifications (asynchronous, one event per change)
 * and Batch Operations jobs (synchronous, one call per object in a manifest).
 */
import { REGION, docIp, iso, sampler } from './sample';
import { DOC } from './sources';
import type { ServiceRecord } from './types';

export const s3: ServiceRecord = {
  id: 's3',
  name: 'Amazon Simple Storage Service (S3)',
  shortName: 'S3',
  inStudyTable: true,
  studyTableMethod: 'Event-driven, asynchronous',
  invocation: 'async',
  push: 'push',
  mappingLives: 'source',
  // Bucket ARNs carry no account ID, so SourceArn alone cannot stop another account's bucket of
  // the same name from invoking the function: SourceAccount closes that gap.
  permission: {
    kind: 'resource-policy',
    principal: 's3.amazonaws.com',
    sourceArnExample: 'arn:aws:s3:::photo-uploads',
    needsSourceAccount: true,
  },
  missingPermission:
    'S3 will not save the bucket’s notification configuration: it reports that the destination could not be validated.',
  behaviour: [
    'Delivery is at least once, so the same object change can produce two events.',
    'Events usually arrive within seconds, sometimes after a minute or more, and in no guaranteed order.',
    'The sequencer value orders events for one key; it says nothing about order across keys.',
    'Rules filter on key prefix and suffix, and two rules for the same event type may not overlap.',
    'Lambda queues the event; a failing function gets Lambda’s asynchronous retries, not S3’s.',
  ],
  limits: [
    { label: 'Delivery', value: 'at least once, unordered' },
    { label: 'Typical delay', value: 'seconds (occasionally 1 min or more)' },
  ],
  examFacts: [
    'S3 notifications invoke asynchronously; keep failed events with an on-failure destination or DLQ.',
    'Add SourceAccount as well as SourceArn for S3, whose bucket ARNs hold no account ID.',
    'A function that writes back into the bucket that triggers it can loop; use another bucket or prefix.',
  ],
  docs: [DOC.s3EventStructure, DOC.lambdaServices, DOC.resourcePolicy, DOC.asyncErrors],
  sampleEvent: (seed) => {
    const s = sampler(seed, 's3');
    const bucket = s.pick(['photo-uploads', 'invoice-drop', 'media-ingest']);
    const key = `uploads/2026/11/IMG_${s.digits(4)}.jpg`;
    return {
      Records: [
        {
          eventVersion: '2.1',
          eventSource: 'aws:s3',
          awsRegion: REGION,
          eventTime: iso(s.timeMs()),
          eventName: 'ObjectCreated:Put',
          userIdentity: { principalId: `AWS:AIDA${s.hex(16).toUpperCase()}` },
          requestParameters: { sourceIPAddress: docIp(s) },
          responseElements: {
            'x-amz-request-id': s.hex(16).toUpperCase(),
            'x-amz-id-2': `${s.hex(40)}=`,
          },
          s3: {
            s3SchemaVersion: '1.0',
            configurationId: 'make-thumbnail',
            bucket: {
              name: bucket,
              ownerIdentity: { principalId: `A${s.hex(13).toUpperCase()}` },
              arn: `arn:aws:s3:::${bucket}`,
            },
            object: {
              key,
              size: s.int(20_000, 6_000_000),
              eTag: s.hex(32),
              versionId: s.hex(32),
              sequencer: s.hex(18).toUpperCase(),
            },
          },
        },
      ],
    };
  },
};

export const s3Batch: ServiceRecord = {
  id: 's3-batch',
  name: 'Amazon S3 Batch Operations',
  shortName: 'S3 Batch',
  inStudyTable: true,
  studyTableMethod: 'Event-driven, synchronous',
  invocation: 'sync',
  push: 'push',
  mappingLives: 'source',
  // The job acts through the IAM role it is created with; that role's policy allows the invoke.
  permission: {
    kind: 'invoker-role',
    role: 'the IAM role the Batch Operations job runs as (trusted by batchoperations.s3.amazonaws.com)',
    actions: ['lambda:InvokeFunction'],
  },
  missingPermission:
    'Every task fails to invoke the function; the completion report lists the failures and the job ends as failed.',
  behaviour: [
    'S3 calls the function once per object in the manifest and waits for each answer.',
    'Each task result carries resultCode Succeeded, TemporaryFailure (S3 tries the task again) or PermanentFailure.',
    'The resultString of every task is copied into the job’s completion report.',
    'With an alias or $LATEST in the job, an update during the run changes the code that later tasks get.',
  ],
  limits: [{ label: 'Objects per invocation', value: '1 task' }],
  examFacts: [
    'S3 Batch Operations runs a function over existing objects listed in a manifest or inventory report.',
    'Returning TemporaryFailure makes S3 Batch retry the task; PermanentFailure marks it failed.',
  ],
  docs: [DOC.lambdaServices, DOC.invocationSync],
  sampleEvent: (seed) => {
    const s = sampler(seed, 's3-batch');
    const bucket = s.pick(['archive-2019', 'legacy-scans', 'log-exports']);
    return {
      invocationSchemaVersion: '1.0',
      invocationId: `${s.hex(48)}`,
      job: { id: s.uuid() },
      tasks: [
        {
          taskId: s.hex(24),
          s3Key: `scans/${s.digits(6)}.tiff`,
          s3VersionId: s.hex(32),
          s3BucketArn: `arn:aws:s3:::${bucket}`,
        },
      ],
    };
  },
};
