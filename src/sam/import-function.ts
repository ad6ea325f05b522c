import type { Reader } from './reader';
import { DEFAULT_ARRIVALS, readFilterCriteria, safeJson, setIf, type Draft } from './import-draft';
import { kebab, type Target } from './resolve';
import { runtimeFromIdentifier } from './runtimes';

type Doc = Record<string, unknown>;

const DESTINATION_KINDS = ['sqs', 'sns', 'lambda', 'eventbridge', 's3'] as const;

const COGNITO_TRIGGERS: Readonly<Record<string, string>> = {
  PreSignUp: 'PreSignUp_SignUp',
  PostConfirmation: 'PostConfirmation_ConfirmSignUp',
  PreAuthentication: 'PreAuthentication_Authentication',
  PostAuthentication: 'PostAuthentication_Authentication',
  PreTokenGeneration: 'TokenGeneration_Authentication',
  UserMigration: 'UserMigration_Authentication',
  CustomMessage: 'CustomMessage_SignUp',
};

/**
 * The function (AWS::Serverless::Function or AWS::Lambda::Function): its settings, its
 * asynchronous invocation and dead-letter queue, its published alias, and — for SAM — its events.
 */
export function readFunction(d: Draft, id: string): void {
  d.functionId = id;
  d.consumed.add(id);
  const res = d.reader(id, d.resources[id]);
  const type = res.string('Type');
  const r = res.child('Properties') ?? d.reader(id, {});
  res.finish('not part of a resource');
  const fn = d.fn;
  const given = r.string('FunctionName');
  const plain = given !== undefined && /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/.test(given);
  if (given !== undefined && !plain)
    r.skip('FunctionName', `"${given}" is not a name the simulator takes; the logical id is used`);
  const name = plain ? given : kebab(id).slice(0, 64);
  d.functionName = name;
  fn.name = name;
  const runtime = r.string('Runtime');
  if (runtime !== undefined) {
    const known = runtimeFromIdentifier(runtime);
    if (known !== undefined) fn.runtime = known;
    else r.skip('Runtime', `"${runtime}" is not a runtime the simulator has`);
  }
  if (r.string('PackageType') === 'Image') fn.packageType = 'image';
  setIf(fn, 'memoryMb', r.number('MemorySize'));
  setIf(fn, 'timeoutSeconds', r.number('Timeout'));
  setIf(fn, 'reservedConcurrency', r.number('ReservedConcurrentExecutions'));
  const tracing = r.get('Tracing') ?? (r.get('TracingConfig') as Doc | undefined)?.Mode;
  if (tracing === 'Active' || tracing === 'PassThrough') fn.tracing = tracing;
  const loop = r.string('RecursiveLoop');
  if (loop === 'Allow' || loop === 'Terminate') fn.recursiveLoop = loop;
  for (const key of ['Handler', 'CodeUri', 'InlineCode', 'ImageUri', 'Code', 'Description'])
    r.ignore(key, 'the code is not simulated');
  for (const key of ['Role', 'Policies'])
    r.ignore(
      key,
      'the simulator lets the function use every source unless a scenario lists its permissions',
    );
  readDeadLetterQueue(
    d,
    r,
    type === 'AWS::Serverless::Function' ? 'DeadLetterQueue' : 'DeadLetterConfig',
  );
  const invoke = r.child('EventInvokeConfig');
  if (invoke !== undefined) fn.asyncConfig = readInvokeConfig(d, invoke);
  const fs = r.get('FileSystemConfigs');
  if (Array.isArray(fs) && fs[0] !== undefined) {
    const c = fs[0] as Doc;
    fn.fileSystem = { accessPointArn: c.Arn, localMountPath: c.LocalMountPath };
  }
  readAlias(d, r);
  const url = r.child('FunctionUrlConfig');
  if (url !== undefined) {
    const auth = url.string('AuthType');
    url.finish();
    d.workloads.push({
      id: 'function-url',
      arrivals: DEFAULT_ARRIVALS,
      source: { service: 'function-url', ...(auth === 'AWS_IAM' ? { authType: 'AWS_IAM' } : {}) },
    });
  }
  const events = r.child('Events');
  if (events !== undefined) {
    for (const evId of Object.keys(events.value)) {
      events.get(evId);
      readEvent(d, events, evId);
    }
  }
  r.finish();
}

function readDeadLetterQueue(d: Draft, r: Reader, key: string): void {
  const dlq = r.child(key);
  if (dlq === undefined) return;
  dlq.get('Type');
  const t = d.targetOf(dlq, 'TargetArn', ['sqs', 'sns']);
  dlq.finish();
  if (t !== undefined) d.fn.deadLetterQueue = { type: t.kind, name: t.name };
  if (t?.logicalId !== undefined) d.consumed.add(t.logicalId);
}

export function readInvokeConfig(d: Draft, r: Reader): Doc {
  const cfg: Doc = {};
  setIf(cfg, 'maximumRetryAttempts', r.number('MaximumRetryAttempts'));
  setIf(cfg, 'maximumEventAgeInSeconds', r.number('MaximumEventAgeInSeconds'));
  const dest = r.child('DestinationConfig');
  if (dest !== undefined) {
    for (const [key, field] of [
      ['OnSuccess', 'onSuccess'],
      ['OnFailure', 'onFailure'],
    ] as const) {
      const x = dest.child(key);
      if (x === undefined) continue;
      x.get('Type');
      const t = d.targetOf(x, 'Destination', DESTINATION_KINDS);
      x.finish();
      if (t !== undefined) {
        cfg[field] = { type: t.kind, name: t.name };
        if (t.logicalId !== undefined) d.consumed.add(t.logicalId);
      }
    }
    dest.finish();
  }
  r.finish();
  return cfg;
}

/**
 * AutoPublishAlias: one published version and the alias on it; a gradual deployment stands for a
 * weighted alias (the new version at 10 %), and provisioned concurrency goes on the alias.
 */
function readAlias(d: Draft, r: Reader): void {
  const alias = r.string('AutoPublishAlias');
  const pc = r.child('ProvisionedConcurrencyConfig');
  const pcCount = pc?.number('ProvisionedConcurrentExecutions');
  pc?.finish();
  const deploy = r.child('DeploymentPreference');
  const deployType = deploy?.string('Type');
  deploy?.finish();
  r.ignore('AutoPublishAliasAllProperties', 'versions are published by the scenario');
  if (alias === undefined) {
    if (pcCount !== undefined) r.skip('ProvisionedConcurrencyConfig', 'needs AutoPublishAlias');
    return;
  }
  const weighted = deployType !== undefined && deployType !== 'AllAtOnce';
  const base = { runtime: d.fn.runtime ?? 'nodejs', packageType: d.fn.packageType ?? 'zip' };
  const config = () => ({
    ...base,
    memoryMb: d.fn.memoryMb ?? 128,
    timeoutSeconds: d.fn.timeoutSeconds ?? 3,
    behaviour: {},
  });
  if (weighted) {
    d.fn.versions = [
      { version: 1, ...config() },
      { version: 2, ...config() },
    ];
    d.fn.aliases = [{ name: alias, version: 1, routing: { version: 2, weight: 0.1 } }];
  } else {
    d.fn.versions = [{ version: 1, ...config() }];
    d.fn.aliases = [{ name: alias, version: 1 }];
  }
  if (pcCount !== undefined) d.fn.provisionedConcurrency = [{ qualifier: alias, count: pcCount }];
}

function readEvent(d: Draft, events: Reader, evId: string): void {
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

function optional(key: string, value: unknown): Doc {
  return value === undefined ? {} : { [key]: value };
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

export function readSqsMapping(p: Reader): Doc {
  const m: Doc = {};
  setIf(m, 'batchSize', p.number('BatchSize'));
  setIf(m, 'maximumBatchingWindowInSeconds', p.number('MaximumBatchingWindowInSeconds'));
  const types = p.get('FunctionResponseTypes');
  if (Array.isArray(types)) m.functionResponseTypes = types;
  const scaling = p.child('ScalingConfig');
  if (scaling !== undefined) {
    setIf(m, 'scalingConfig', { maximumConcurrency: scaling.number('MaximumConcurrency') });
    scaling.finish();
  }
  const poll = p.child('ProvisionedPollerConfig');
  if (poll !== undefined) {
    m.provisionedPollerConfig = {
      ...optional('minimumPollers', poll.number('MinimumPollers')),
      ...optional('maximumPollers', poll.number('MaximumPollers')),
    };
    poll.finish();
  }
  setIf(m, 'filterCriteria', readFilterCriteria(p, 'FilterCriteria'));
  setIf(m, 'enabled', p.boolean('Enabled'));
  return m;
}

/** Settings Kinesis, DynamoDB and Kafka mappings share. */
export function readStreamMapping(d: Draft, p: Reader, kafka: boolean): Doc {
  const m: Doc = {};
  setIf(m, 'startingPosition', p.string('StartingPosition') ?? (kafka ? 'LATEST' : 'TRIM_HORIZON'));
  const ts = p.number('StartingPositionTimestamp');
  if (ts !== undefined) m.startingPositionTimestamp = new Date(ts * 1000).toISOString();
  setIf(m, 'batchSize', p.number('BatchSize'));
  setIf(m, 'maximumBatchingWindowInSeconds', p.number('MaximumBatchingWindowInSeconds'));
  setIf(m, 'maximumRetryAttempts', p.number('MaximumRetryAttempts'));
  setIf(m, 'maximumRecordAgeInSeconds', p.number('MaximumRecordAgeInSeconds'));
  setIf(m, 'bisectBatchOnFunctionError', p.boolean('BisectBatchOnFunctionError'));
  const types = p.get('FunctionResponseTypes');
  if (Array.isArray(types)) m.functionResponseTypes = types;
  setIf(m, 'filterCriteria', readFilterCriteria(p, 'FilterCriteria'));
  setIf(m, 'enabled', p.boolean('Enabled'));
  if (!kafka) {
    setIf(m, 'parallelizationFactor', p.number('ParallelizationFactor'));
    setIf(m, 'tumblingWindowInSeconds', p.number('TumblingWindowInSeconds'));
  }
  const dest = p.child('DestinationConfig');
  if (dest !== undefined) {
    const onFailure = dest.child('OnFailure');
    if (onFailure !== undefined) {
      onFailure.get('Type');
      const raw = onFailure.get('Destination');
      const t =
        typeof raw === 'string' && raw.startsWith('kafka://')
          ? ({ kind: 'kafka', name: raw.slice('kafka://'.length) } as Target)
          : d.resolve.target(raw);
      if (t !== undefined && ['sqs', 'sns', 's3', 'kafka'].includes(t.kind)) {
        m.destinationConfig = { onFailure: { type: t.kind, name: t.name } };
        if (t.logicalId !== undefined) d.consumed.add(t.logicalId);
      } else if (raw !== undefined)
        onFailure.skip('Destination', 'is not a queue, topic or bucket');
      onFailure.finish();
    }
    dest.finish();
  }
  return m;
}

function readStreamEvent(d: Draft, p: Reader, type: 'Kinesis' | 'DynamoDB'): void {
  const t = d.targetOf(p, 'Stream', type === 'Kinesis' ? ['kinesis'] : ['dynamodb']);
  if (t === undefined) return;
  const mapping = readStreamMapping(d, p, false);
  if (t.consumer === true) mapping.enhancedFanOut = true;
  d.streams.push(streamEntry(d, t, mapping));
}

export function streamEntry(d: Draft, t: Target, mapping: Doc): Doc {
  const st: Doc = {
    kind: t.kind === 'kinesis' ? 'kinesis' : 'dynamodb',
    name: t.name,
    producers: [{ id: 'producer', arrivals: DEFAULT_ARRIVALS }],
    mapping,
  };
  if (t.logicalId !== undefined && !d.consumed.has(t.logicalId)) {
    d.consumed.add(t.logicalId);
    const res = d.reader(t.logicalId, d.resources[t.logicalId]);
    res.get('Type');
    const r = res.child('Properties') ?? d.reader(t.logicalId, {});
    res.finish('not part of a resource');
    if (t.kind === 'kinesis') {
      r.get('Name');
      setIf(st, 'shards', r.number('ShardCount'));
      setIf(st, 'retentionHours', r.number('RetentionPeriodHours'));
    } else {
      r.get('TableName');
      const spec = r.child('StreamSpecification');
      setIf(st, 'streamViewType', spec?.string('StreamViewType'));
      spec?.finish();
      for (const key of [
        'AttributeDefinitions',
        'KeySchema',
        'BillingMode',
        'ProvisionedThroughput',
      ])
        r.get(key);
    }
    r.finish();
  }
  return st;
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

/** Target settings of a rule or schedule event: retries, DLQ and input. */
export function readTargetSettings(d: Draft, p: Reader, target: Doc): void {
  const retry = p.child('RetryPolicy');
  if (retry !== undefined) {
    target.retryPolicy = {
      ...optional('maximumRetryAttempts', retry.number('MaximumRetryAttempts')),
      ...optional('maximumEventAgeInSeconds', retry.number('MaximumEventAgeInSeconds')),
    };
    retry.finish();
  }
  const dlc = p.child('DeadLetterConfig');
  if (dlc !== undefined) {
    const t = d.targetOf(dlc, 'Arn', ['sqs']);
    dlc.ignore('Type', 'SAM creates the queue');
    dlc.finish();
    if (t !== undefined) {
      target.deadLetterQueue = { name: t.name };
      if (t.logicalId !== undefined) d.consumed.add(t.logicalId);
    }
  }
  const input = p.string('Input');
  const inputPath = p.string('InputPath');
  const transformer = p.child('InputTransformer');
  if (input !== undefined) target.input = { mode: 'constant', input: safeJson(input) };
  else if (inputPath !== undefined) target.input = { mode: 'path', inputPath };
  else if (transformer !== undefined) {
    target.input = {
      mode: 'transformer',
      inputPathsMap: transformer.get('InputPathsMap') ?? {},
      inputTemplate: transformer.string('InputTemplate') ?? '',
    };
  }
  transformer?.finish();
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
