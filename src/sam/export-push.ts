import { serviceById } from '../catalog/services';
import type { Scenario, Workload } from '../scenario/schema';
import type { TemplateBuilder } from './builder';
import { getAtt, ref, sub, type JsonObject } from './intrinsics';
import { arrivals } from './export-pollers';

/**
 * Workloads: a service that pushes events becomes the function's event of that service (S3, SNS,
 * API Gateway, HTTP API, Cognito, Alexa, CloudWatch Logs, IoT) or, for services SAM has no event
 * for, a resource-based policy statement (AWS::Lambda::Permission) naming the service. A caller
 * that invokes the function itself is only a comment: it is code, not infrastructure.
 */
export function exportWorkloads(s: Scenario, b: TemplateBuilder): void {
  for (const w of s.workloads) {
    const when = `${w.label ? `${w.label} — ` : ''}${arrivals(w.arrivals)}`;
    const src = w.source;
    if (src === undefined) {
      b.notes.push(
        `caller ${w.id}: ${w.invocationType}${w.api === 'InvokeAsync' ? ' through InvokeAsync' : ''} to ${w.qualifier}, ${when}`,
      );
      continue;
    }
    const note = `${w.id}: ${when}`;
    switch (src.service) {
      case 's3':
        b.event(
          `${w.id}`,
          'S3',
          { Bucket: ref(b.bucket(src.resource)), Events: 's3:ObjectCreated:*' },
          note,
        );
        break;
      case 'sns':
        exportSns(w, src.resource, src.subscriptionDlq?.name, b, note);
        break;
      case 'api-gateway':
        if (src.kind === 'http') {
          b.event(
            w.id,
            'HttpApi',
            {
              Path: '/',
              Method: 'POST',
              ...(src.integrationTimeoutMs !== undefined
                ? { TimeoutInMillis: src.integrationTimeoutMs }
                : {}),
            },
            note,
          );
        } else {
          b.event(
            w.id,
            'Api',
            {
              Path: '/',
              Method: 'post',
              ...(src.integrationTimeoutMs !== undefined
                ? { TimeoutInMillis: src.integrationTimeoutMs }
                : {}),
            },
            note,
          );
        }
        break;
      case 'cognito': {
        const pool = b.named('UserPool', src.resource, (id) =>
          b.add(id, 'AWS::Cognito::UserPool', { UserPoolName: src.resource }),
        );
        b.event(
          w.id,
          'Cognito',
          { UserPool: ref(pool), Trigger: cognitoTrigger(src.triggerSource) },
          note,
        );
        break;
      }
      case 'alexa':
        b.event(w.id, 'AlexaSkill', { SkillId: src.resource }, note);
        break;
      case 'cloudwatch-logs': {
        const group = b.named('LogGroup', src.resource, (id) =>
          b.add(id, 'AWS::Logs::LogGroup', { LogGroupName: src.resource }),
        );
        b.event(w.id, 'CloudWatchLogs', { LogGroupName: ref(group), FilterPattern: '' }, note);
        break;
      }
      case 'iot':
        b.event(w.id, 'IoTRule', { Sql: `SELECT * FROM '${src.resource}'` }, note);
        break;
      case 'function-url':
        b.functionUrl = { AuthType: src.authType };
        b.comment(b.functionId, `function URL: ${note}`);
        break;
      default:
        permissionFor(w, b, note);
    }
  }
}

function exportSns(
  w: Workload,
  topicName: string,
  dlq: string | undefined,
  b: TemplateBuilder,
  note: string,
): void {
  const topic = b.topic(topicName);
  if (dlq === undefined) {
    b.event(w.id, 'SNS', { Topic: ref(topic) }, note);
    return;
  }
  // SAM's SNS event has no redrive policy: the subscription is written out, with its permission.
  const id = b.uniqueId(`${w.id}-subscription`, 'Subscription');
  b.add(
    id,
    'AWS::SNS::Subscription',
    {
      TopicArn: ref(topic),
      Protocol: 'lambda',
      Endpoint: getAtt(b.functionId, 'Arn'),
      RedrivePolicy: { deadLetterTargetArn: getAtt(b.queue(dlq), 'Arn') },
    },
    `${note}; undeliverable messages go to the subscription's dead-letter queue`,
  );
  b.permission(`${w.id}-sns`, 'sns.amazonaws.com', ref(topic));
}

/** A service SAM has no event for: the statement that lets it invoke the function. */
function permissionFor(w: Workload, b: TemplateBuilder, note: string): void {
  const src = w.source!;
  const service = serviceById(src.service);
  const perm = service?.permission;
  const name = service?.shortName ?? src.service;
  if (perm?.kind === 'resource-policy') {
    b.permission(w.id, perm.principal, undefined, `${name} ${note}`);
  } else if (perm?.kind === 'invoker-role') {
    b.comment(
      b.functionId,
      `${name} ${note}; it invokes through its own role (${perm.role}), which needs ${perm.actions.join(', ')}`,
    );
  } else {
    b.comment(b.functionId, `${name} ${note}${perm?.kind === 'none' ? `; ${perm.note}` : ''}`);
  }
}

function cognitoTrigger(source: string): string {
  const map: Readonly<Record<string, string>> = {
    PreSignUp_SignUp: 'PreSignUp',
    PostConfirmation_ConfirmSignUp: 'PostConfirmation',
    PreAuthentication_Authentication: 'PreAuthentication',
    PostAuthentication_Authentication: 'PostAuthentication',
    TokenGeneration_Authentication: 'PreTokenGeneration',
    UserMigration_Authentication: 'UserMigration',
    CustomMessage_SignUp: 'CustomMessage',
  };
  return map[source] ?? 'PreSignUp';
}

/** A lambda ARN in a Sub, for statements SAM does not write. */
export const functionArn = (b: TemplateBuilder): JsonObject => getAtt(b.functionId, 'Arn');
export const accountArn = (service: string, resource: string): JsonObject =>
  sub(`arn:\${AWS::Partition}:${service}:\${AWS::Region}:\${AWS::AccountId}:${resource}`);
