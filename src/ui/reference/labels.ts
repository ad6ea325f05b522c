/**
 * The words the reference page uses for a record's fields. One place, so the table, the phone
 * cards and the tests say the same thing.
 */
import type { InvocationModel, ServiceRecord } from '../../catalog/services';
import type { FlowFilter, ModelFilter } from './service-filter';

/** Filter chips: short, as the study material names the models. */
export const MODEL_CHIP: Readonly<Record<ModelFilter, string>> = {
  all: 'All',
  sync: 'Sync',
  async: 'Async',
  poll: 'Poll',
  special: 'Special',
};

export const FLOW_CHIP: Readonly<Record<FlowFilter, string>> = {
  all: 'All',
  push: 'Push',
  pull: 'Pull',
};

/** Badges in the rows: spelled out, and the two integrations say plainly what they are not. */
export const MODEL_BADGE: Readonly<Record<InvocationModel, string>> = {
  sync: 'Synchronous',
  async: 'Asynchronous',
  poll: 'Polling',
  special: 'Integration — never invokes',
};

export function flowLabel(service: ServiceRecord): string {
  return service.push === 'push' ? 'Push' : service.push === 'pull' ? 'Pull' : 'Neither';
}

/** Where the learner goes to wire the source to the function. */
export function mappingLabel(service: ServiceRecord): string {
  if (service.mappingLives === 'source') return 'On the source service';
  if (service.mappingLives === 'none') return 'No trigger: sends no events';
  // Pollers are event source mappings; a push source set up in Lambda is the function URL.
  return service.push === 'pull' ? 'In Lambda: event source mapping' : 'In Lambda: on the function';
}

/** The permission in a few words, for the table column. */
export function permissionSummary(service: ServiceRecord): { kind: string; detail: string } {
  const p = service.permission;
  switch (p.kind) {
    case 'resource-policy':
      return {
        kind: 'Function policy',
        detail: p.principal === '*' ? 'any principal (*)' : p.principal,
      };
    case 'execution-role':
      return {
        kind: 'Execution role',
        detail: p.managedPolicy ?? `${p.actions.length} action${p.actions.length === 1 ? '' : 's'}`,
      };
    case 'invoker-role':
      // The role itself is described in the details; its key action fits the column.
      return { kind: 'Caller’s own IAM role', detail: p.actions[0] ?? '' };
    case 'none':
      return { kind: 'No invoke permission', detail: '' };
  }
}

const GUIDES: Readonly<Record<string, string>> = {
  'lambda/latest/dg': 'Lambda Developer Guide',
  'lambda/latest/operatorguide': 'Lambda Operator Guide',
  'content/service/lambda/guides/aws-lambda-operator-guide':
    'Serverless Land: Lambda Operator Guide',
  'eventbridge/latest/userguide': 'EventBridge User Guide',
  'sns/latest/dg': 'SNS Developer Guide',
  'AmazonS3/latest/userguide': 'S3 User Guide',
  'AmazonCloudFront/latest/DeveloperGuide': 'CloudFront Developer Guide',
  'AWSCloudFormation/latest/UserGuide': 'CloudFormation User Guide',
  'cognito/latest/developerguide': 'Cognito Developer Guide',
  'connect/latest/adminguide': 'Connect Administrator Guide',
  'firehose/latest/dev': 'Firehose Developer Guide',
};

/**
 * A readable name for a documentation link: the page and the guide it belongs to, e.g.
 * "with-sqs · Lambda Developer Guide". Unknown addresses fall back to their path.
 */
export function docLabel(url: string): { page: string; guide: string } {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return { page: url, guide: '' };
  }
  const parts = path.split('/').filter(Boolean);
  const file = (parts.pop() ?? '').replace(/\.(html|md)$/, '');
  const guide = GUIDES[parts.join('/')] ?? parts.join('/');
  return { page: file, guide };
}
