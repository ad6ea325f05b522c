import { dynamodb, kinesis } from '../../catalog/services/streams';
import { msk, selfManagedKafka } from '../../catalog/services/kafka';
import type { Permissions } from '../permissions';
import type { SourceSpec } from './config';

/**
 * Actions an on-failure destination needs from the execution role: an S3 bucket needs both
 * s3:PutObject and s3:ListBucket. A Kafka-topic destination is written with the cluster's own
 * access settings, which the simulation does not model.
 */
const DESTINATION_ACTIONS: Readonly<Record<string, readonly string[]>> = {
  sqs: ['sqs:SendMessage'],
  sns: ['sns:Publish'],
  s3: ['s3:PutObject', 's3:ListBucket'],
};

const SERVICE_LABEL: Readonly<Record<string, string>> = {
  sqs: 'SQS',
  sns: 'SNS',
  s3: 'S3',
  kafka: 'Kafka',
  ec2: 'EC2',
  secretsmanager: 'SecretsManager',
};

/** The execution-role actions CreateEventSourceMapping checks for this source (semantics §10). */
export function neededActions(src: SourceSpec): string[] {
  const read =
    src.family === 'kinesis'
      ? kinesis.permission
      : src.family === 'dynamodb'
        ? dynamodb.permission
        : src.kafkaKind === 'msk'
          ? msk.permission
          : selfManagedKafka.permission;
  let actions = read.kind === 'execution-role' ? [...read.actions] : [];
  // Only an enhanced fan-out consumer subscribes to shards.
  if (src.family === 'kinesis' && !src.mapping.enhancedFanOut)
    actions = actions.filter((a) => a !== 'kinesis:SubscribeToShard');
  const dest = src.mapping.onFailure;
  const destActions = dest && DESTINATION_ACTIONS[dest.type];
  if (destActions) actions.push(...destActions);
  return actions;
}

export type MappingCheck =
  | { readonly ok: true }
  | { readonly ok: false; readonly missing: string[]; readonly message: string };

/**
 * Would CreateEventSourceMapping accept this mapping? It is refused with
 * InvalidParameterValueException when the function's role cannot read the source or write to the
 * on-failure destination; the message is the one Lambda gives.
 */
export function checkMapping(src: SourceSpec, permissions: Permissions): MappingCheck {
  const missing = permissions.missingActions(neededActions(src));
  if (missing.length === 0) return { ok: true };
  const first = missing[0]!;
  const [service, action] = first.split(':') as [string, string];
  const readsStream =
    (src.family === 'kinesis' && service === 'kinesis') ||
    (src.family === 'dynamodb' && service === 'dynamodb');
  const message = readsStream
    ? `Cannot access stream ${src.arn}. Please ensure the role can perform the GetRecords, GetShardIterator, DescribeStream, and ListStreams Actions on your stream.`
    : `The provided execution role does not have permissions to call ${action} on ${SERVICE_LABEL[service] ?? service}`;
  return { ok: false, missing, message };
}
