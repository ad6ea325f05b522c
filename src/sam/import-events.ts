import type { Reader } from './reader';
import { DEFAULT_ARRIVALS, readFilterCriteria, type Draft, setIf } from './import-draft';
import {
  optional,
  readSqsMapping,
  readStreamMapping,
  readTargetSettings,
  streamEntry,
} from './import-mappings';
import { kebab, type Target } from './resolve';

/**
 * The function's SAM events, each as the scenario's source of that kind: a queue's, stream's,
 * topic's or broker's mapping, a service that pushes, a rule or a schedule. An event type the
 * simulator lacks is listed.
 */

type Doc = Record<string, unknown>;

const COGNITO_TRIGGERS: Readonly<Record<string, string>> = {
  PreSignUp: 'PreSignUp_SignUp',
  PostConfirmation: 'PostConfirmation_ConfirmSignUp',
  PreAuthentication: 'PreAuthentication_Authentication',
  PostAuthentication: 'PostAuthentication_Authentication',
  PreTokenGeneration: 'TokenGeneration_Authentication',
  UserMigration: 'UserMigration_Authentication',
  CustomMessage: 'CustomMessage_SignUp',
};

export function readEvent(d: Draft, events: Reader, evId: string): void {
  const ev = events.child(evId)!;
  const type = ev.string('Type');
  const p = ev.child('Properties') ?? d.reader(d.functionId, {}, `${ev.at}.Properties`);
  ev.finish();
  const id = kebab(evId);
  switch (type) {
    case 'SQS':
      readSqsEvent(d, p);
      break;
    case 'Kinesis':
    case 'DynamoDB':
      readStreamEvent(d, p, type);
      break;
    case 'MSK':
    case 'SelfManagedKafka':
      readKafkaEvent(d, p, type);
      break;
    case 'MQ':
      readMqEvent(d, p);
      break;
    case 'S3': {
      const t = d.targetOf(p, 'Bucket', ['s3']);
      p.get('Events');
      if (t !== undefined) push(d, id, { service: 's3', resource: t.name }, t);
      break;
    }
    case 'SNS': {
      const t = d.targetOf(p, 'Topic', ['sns']);
      if (t !== undefined) push(d, id, { service: 'sns', resource: t.name }, t);
      break;
    }
    case 'Api':
    case 'HttpApi': {
      p.get('Path');
      p.get('Method');
      const timeout = p.number('TimeoutInMillis');
      push(d, id, {
        service: 'api-gateway',
        kind: type === 'Api' ? 'rest' : 'http',
        ...(timeout !== undefined ? { integrationTimeoutMs: timeout } : {}),
      });
      break;
    }
    case 'Cognito': {
      const pool = p.get('UserPool');
      const t = d.resolve.target(pool);
      const poolId = (pool as Doc | undefined)?.Ref;
      if (typeof poolId === 'string') d.consumed.add(poolId);
      const trigger = COGNITO_TRIGGERS[p.string('Trigger') ?? ''] ?? 'PreSignUp_SignUp';
      push(
        d,
        id,
        {
          service: 'cognito',
          triggerSource: trigger,
          ...(typeof poolId === 'string' ? { resource: `us-east-1_${poolId}`.slice(0, 55) } : {}),
        },
        t,
      );
      break;
    }
    case 'AlexaSkill':
      push(d, id, { service: 'alexa', ...optional('resource', p.string('SkillId')) });
      break;
    case 'CloudWatchLogs': {
      const group = p.get('LogGroupName');
      const ref = (group as Doc | undefined)?.Ref;
      if (typeof ref === 'string') d.consumed.add(ref);
      p.get('FilterPattern');
      const name =
        typeof ref === 'string'
          ? d.resolve.nameOf(ref)
          : typeof group === 'string'
            ? group
            : undefined;
      push(d, id, { service: 'cloudwatch-logs', ...optional('resource', name) });
      break;
    }
    case 'IoTRule': {
      p.get('Sql');
      push(d, id, { service: 'iot' });
      break;
    }
    case 'Schedule':
    case 'EventBridgeRule':
      readRuleEvent(d, p, evId, type);
      break;
    case 'ScheduleV2':
      readScheduleEvent(d, p, evId);
      break;
    default:
      events.skip(evId, `an event of type ${type ?? '(none)'} is not simulated`);
      return;
  }
  p.finish();
}

function push(d: Draft, id: string, source: Doc, t?: Target): void {
  if (t?.logicalId !== undefined) d.consumed.add(t.logicalId);
  d.workloads.push({ id: uniqueWorkload(d, id), arrivals: DEFAULT_ARRIVALS, source });
}

function uniqueWorkload(d: Draft, id: string): string {
  let out = id;
  for (let n = 2; d.workloads.some((w) => w.id === out); n++) out = `${id}-${n}`;
  return out;
}

function readSqsEvent(d: Draft, p: Reader): void {
  const t = d.targetOf(p, 'Queue', ['sqs']);
  if (t === undefined) return;
  const q = d.queue(t);
  q.mapping = readSqsMapping(p);
}

function readStreamEvent(d: Draft, p: Reader, type: 'Kinesis' | 'DynamoDB'): void {
  const t = d.targetOf(p, 'Stream', type === 'Kinesis' ? ['kinesis'] : ['dynamodb']);
  if (t === undefined) return;
  const mapping = readStreamMapping(d, p, false);
  if (t.consumer === true) mapping.enhancedFanOut = true;
  d.streams.push(streamEntry(d, t, mapping));
}

function readKafkaEvent(d: Draft, p: Reader, type: 'MSK' | 'SelfManagedKafka'): void {
  const topics = p.get('Topics');
  const topic = Array.isArray(topics) && typeof topics[0] === 'string' ? topics[0] : 'topic';
  let cluster = 'cluster';
  if (type === 'MSK') {
    const t = d.resolve.target(p.get('Stream'));
    if (t !== undefined) cluster = t.name;
  } else {
    const servers = p.get('KafkaBootstrapServers');
    if (Array.isArray(servers) && typeof servers[0] === 'string')
      cluster = servers[0].split(/[.:]/)[0] || cluster;
  }
  p.ignore('SourceAccessConfigurations', 'the simulator does not model broker authentication');
  p.ignore('ConsumerGroupId', 'the simulator does not model consumer groups');
  const mapping = readStreamMapping(d, p, true);
  const poll = p.child('ProvisionedPollerConfig');
  if (poll !== undefined) {
    mapping.provisionedPollerConfig = {
      ...optional('minimumPollers', poll.number('MinimumPollers')),
      ...optional('maximumPollers', poll.number('MaximumPollers')),
    };
    poll.finish();
  }
  d.kafka.push({
    kind: type === 'MSK' ? 'msk' : 'self-managed',
    cluster,
    topic,
    producers: [{ id: 'producer', arrivals: DEFAULT_ARRIVALS }],
    mapping,
  });
}

function readMqEvent(d: Draft, p: Reader): void {
  const t = d.resolve.target(p.get('Broker'));
  const queues = p.get('Queues');
  p.ignore('SourceAccessConfigurations', 'the simulator does not model broker authentication');
  const m: Doc = {};
  setIf(m, 'batchSize', p.number('BatchSize'));
  setIf(m, 'maximumBatchingWindowInSeconds', p.number('MaximumBatchingWindowInSeconds'));
  setIf(m, 'filterCriteria', readFilterCriteria(p, 'FilterCriteria'));
  setIf(m, 'enabled', p.boolean('Enabled'));
  d.brokers.push({
    name: t?.name ?? 'broker',
    queue: Array.isArray(queues) && typeof queues[0] === 'string' ? queues[0] : 'queue',
    producers: [{ id: 'producer', arrivals: DEFAULT_ARRIVALS }],
    mapping: m,
  });
}

function readRuleEvent(
  d: Draft,
  p: Reader,
  evId: string,
  type: 'Schedule' | 'EventBridgeRule',
): void {
  const name = p.string(type === 'Schedule' ? 'Name' : 'RuleName') ?? kebab(evId);
  const rule: Doc = { name };
  const target: Doc = { id: 'function', type: 'lambda' };
  if (type === 'Schedule') {
    rule.scheduleExpression = p.string('Schedule');
    if (p.string('State') === 'DISABLED' || p.boolean('Enabled') === false) rule.enabled = false;
  } else {
    rule.eventPattern = p.get('Pattern');
    const bus = p.get('EventBusName');
    if (bus !== undefined) {
      const t = d.resolve.target(bus);
      rule.bus = t?.kind === 'eventbridge' ? t.name : typeof bus === 'string' ? bus : 'default';
    }
    const tgt = p.child('Target');
    setIf(target, 'id', tgt?.string('Id'));
    tgt?.finish();
  }
  setIf(rule, 'description', p.string('Description'));
  readTargetSettings(d, p, target);
  rule.targets = [target];
  d.rules.push(rule);
}

function readScheduleEvent(d: Draft, p: Reader, evId: string): void {
  const sc: Doc = { name: p.string('Name') ?? kebab(evId) };
  setIf(sc, 'scheduleExpression', p.string('ScheduleExpression'));
  setIf(sc, 'timezone', p.string('ScheduleExpressionTimezone'));
  setIf(sc, 'group', p.string('GroupName'));
  setIf(sc, 'description', p.string('Description'));
  if (p.string('State') === 'DISABLED') sc.enabled = false;
  const window = p.child('FlexibleTimeWindow');
  if (window !== undefined) {
    const mode = window.string('Mode');
    const max = window.number('MaximumWindowInMinutes');
    window.finish();
    sc.flexibleTimeWindow =
      mode === 'FLEXIBLE' ? { mode: 'FLEXIBLE', maximumWindowInMinutes: max } : { mode: 'OFF' };
  }
  const target: Doc = {};
  readTargetSettings(d, p, target);
  const input = target.input as Doc | undefined;
  sc.target = {
    ...(input?.mode === 'constant' ? { input: input.input } : {}),
    ...optional('retryPolicy', target.retryPolicy),
    ...optional('deadLetterQueue', target.deadLetterQueue),
  };
  d.schedules.push(sc);
}
