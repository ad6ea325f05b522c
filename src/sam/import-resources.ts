import { DEFAULT_ARRIVALS, readFilterCriteria, setIf, type Draft } from './import-draft';
import { readInvokeConfig } from './import-function';
import {
  readSqsMapping,
  readStreamMapping,
  readTargetSettings,
  streamEntry,
} from './import-mappings';
import { isObject } from './intrinsics';
import { SERVICES } from '../catalog/services';
import { PUSH_SOURCE_SERVICES } from '../scenario/push-schema';
import type { Reader } from './reader';
import { kebab } from './resolve';

type Doc = Record<string, unknown>;

const RULE_TARGET_KINDS: Readonly<Record<string, string>> = {
  lambda: 'lambda',
  sqs: 'sqs',
  sns: 'sns',
  stepfunctions: 'stepfunctions',
  logs: 'logs',
  kinesis: 'kinesis',
};

/**
 * The resources a template holds beside the function: rules, schedules, buses, archives,
 * subscriptions, event source mappings written out, and queues nothing else has used. Each
 * resource the import cannot use is listed with its type.
 */
export function readOtherResources(d: Draft): void {
  // Buses first: rules name them.
  for (const [id, r] of entries(d, 'AWS::Events::EventBus')) {
    d.consumed.add(id);
    r.get('Name');
    d.buses.push({ name: d.resolve.nameOf(id), kind: 'custom' });
    r.finish();
  }
  for (const [id, r] of entries(d, 'AWS::Lambda::EventSourceMapping')) mapping(d, id, r);
  for (const [id, r] of entries(d, 'AWS::Events::Rule')) rule(d, id, r);
  for (const [id, r] of entries(d, 'AWS::Scheduler::Schedule')) schedule(d, id, r);
  for (const [id, r] of entries(d, 'AWS::Events::Archive')) {
    d.consumed.add(id);
    const bus = d.resolve.target(r.get('SourceArn'));
    const archive: Doc = { name: r.string('ArchiveName') ?? kebab(id) };
    if (bus?.kind === 'eventbridge') archive.bus = bus.name;
    setIf(archive, 'eventPattern', r.get('EventPattern'));
    d.archives.push(archive);
    r.finish();
  }
  for (const [id, r] of entries(d, 'AWS::SNS::Subscription')) subscription(d, id, r);
  for (const [id, r] of entries(d, 'AWS::Lambda::EventInvokeConfig')) {
    d.consumed.add(id);
    r.get('FunctionName');
    const q = r.string('Qualifier');
    if (q === '$LATEST' || q === undefined) d.fn.asyncConfig = readInvokeConfig(d, r);
    else r.skip('Qualifier', 'the import sets EventInvokeConfig of $LATEST only');
  }
  for (const [id, r] of entries(d, 'AWS::Lambda::Permission')) permission(d, id, r);
  for (const [id] of entries(d, 'AWS::SQS::Queue')) {
    if (d.consumed.has(id)) continue;
    d.queue({ kind: 'sqs', name: d.resolve.nameOf(id), logicalId: id });
  }
}

/** Services whose SAM event (or rule, or subscription) an import reads instead of a statement. */
const HAS_SAM_EVENT = new Set([
  'eventbridge',
  'sns',
  's3',
  'api-gateway',
  'cognito',
  'alexa',
  'cloudwatch-logs',
  'iot',
  'function-url',
]);

/**
 * A statement letting a service invoke the function: for a service SAM has no event for (Lex,
 * Connect, Secrets Manager …) it is the only trace of that source, so it becomes its workload.
 * Statements of EventBridge and SNS come with the rule or subscription already read.
 */
function permission(d: Draft, id: string, r: Reader): void {
  d.consumed.add(id);
  for (const key of ['FunctionName', 'Action', 'SourceArn', 'SourceAccount']) r.get(key);
  const principal = r.string('Principal');
  r.finish();
  const service = SERVICES.find(
    (s) => s.permission.kind === 'resource-policy' && s.permission.principal === principal,
  );
  if (service === undefined || HAS_SAM_EVENT.has(service.id)) return;
  if (!(PUSH_SOURCE_SERVICES as readonly string[]).includes(service.id)) return;
  d.workloads.push({
    id: kebab(id).replace(/-permission$/, ''),
    arrivals: DEFAULT_ARRIVALS,
    source: { service: service.id },
  });
}

function* entries(d: Draft, type: string): Generator<[string, Reader]> {
  for (const [id, res] of Object.entries(d.resources)) {
    if (!isObject(res) || res.Type !== type || d.consumed.has(id)) continue;
    const outer = d.reader(id, res);
    outer.get('Type');
    const props = outer.child('Properties') ?? d.reader(id, {});
    outer.finish('not part of a resource');
    yield [id, props];
  }
}

function isFunction(d: Draft, value: unknown): boolean {
  const t = d.resolve.target(value);
  return (
    (t?.kind === 'lambda' && (t.logicalId === d.functionId || t.name === d.functionName)) ||
    (isObject(value) &&
      (value.Ref === d.functionId || JSON.stringify(value).includes(`"${d.functionId}"`)))
  );
}

function mapping(d: Draft, id: string, r: Reader): void {
  const fnValue = r.get('FunctionName');
  if (!isFunction(d, fnValue)) return void r.skip('FunctionName', 'is not the simulated function');
  d.consumed.add(id);
  const source = d.resolve.target(r.get('EventSourceArn'));
  if (source?.kind === 'sqs') {
    const q = d.queue(source);
    q.mapping = readSqsMapping(r);
  } else if (source?.kind === 'kinesis' || source?.kind === 'dynamodb') {
    const m = readStreamMapping(d, r, false);
    if (source.consumer === true) m.enhancedFanOut = true;
    d.streams.push(streamEntry(d, source, m));
  } else if (source?.kind === 'kafka') {
    const topics = r.get('Topics');
    d.kafka.push({
      kind: 'msk',
      cluster: source.name,
      topic: Array.isArray(topics) && typeof topics[0] === 'string' ? topics[0] : 'topic',
      producers: [{ id: 'producer', arrivals: DEFAULT_ARRIVALS }],
      mapping: readStreamMapping(d, r, true),
    });
  } else {
    r.skip('EventSourceArn', 'is not a queue, stream or table the simulator can poll');
    return;
  }
  readFilterCriteria(r, 'FilterCriteria');
  r.finish();
}

function rule(d: Draft, id: string, r: Reader): void {
  d.consumed.add(id);
  const out: Doc = { name: r.string('Name') ?? kebab(id) };
  const bus = r.get('EventBusName');
  if (bus !== undefined) {
    const t = d.resolve.target(bus);
    out.bus = t?.kind === 'eventbridge' ? t.name : typeof bus === 'string' ? bus : 'default';
  }
  setIf(out, 'description', r.string('Description'));
  setIf(out, 'eventPattern', r.get('EventPattern'));
  setIf(out, 'scheduleExpression', r.string('ScheduleExpression'));
  if (r.string('State') === 'DISABLED') out.enabled = false;
  const targets = r.get('Targets');
  out.targets = (Array.isArray(targets) ? targets : []).flatMap((raw, i) => {
    const t = d.reader(id, raw, `Targets.${i}`);
    const arn = t.get('Arn');
    const target: Doc = { id: t.string('Id') ?? `target-${i + 1}` };
    if (isFunction(d, arn)) target.type = 'lambda';
    else {
      const resolved = d.resolve.target(arn);
      const kind = resolved !== undefined ? RULE_TARGET_KINDS[resolved.kind] : undefined;
      if (resolved === undefined || kind === undefined) {
        t.skip('Arn', 'is not a target the simulator has');
        return [];
      }
      if (resolved.logicalId !== undefined) d.consumed.add(resolved.logicalId);
      target.type = kind;
      target.name = resolved.name;
    }
    readTargetSettings(d, t, target);
    t.finish();
    return [target];
  });
  r.finish();
  if ((out.targets as Doc[]).length > 0) d.rules.push(out);
}

function schedule(d: Draft, id: string, r: Reader): void {
  const tgt = r.child('Target');
  if (tgt === undefined || !isFunction(d, tgt.get('Arn'))) {
    r.skip('Target', 'does not invoke the simulated function');
    return;
  }
  d.consumed.add(id);
  const sc: Doc = { name: r.string('Name') ?? kebab(id) };
  setIf(sc, 'scheduleExpression', r.string('ScheduleExpression'));
  setIf(sc, 'timezone', r.string('ScheduleExpressionTimezone'));
  setIf(sc, 'group', r.string('GroupName'));
  setIf(sc, 'description', r.string('Description'));
  if (r.string('State') === 'DISABLED') sc.enabled = false;
  const window = r.child('FlexibleTimeWindow');
  if (window !== undefined) {
    const mode = window.string('Mode');
    const max = window.number('MaximumWindowInMinutes');
    window.finish();
    sc.flexibleTimeWindow =
      mode === 'FLEXIBLE' ? { mode: 'FLEXIBLE', maximumWindowInMinutes: max } : { mode: 'OFF' };
  }
  tgt.ignore('RoleArn', 'the simulator does not model the schedule’s role');
  const target: Doc = {};
  readTargetSettings(d, tgt, target);
  const input = target.input as Doc | undefined;
  sc.target = {
    ...(input?.mode === 'constant' ? { input: input.input } : {}),
    ...(target.retryPolicy !== undefined ? { retryPolicy: target.retryPolicy } : {}),
    ...(target.deadLetterQueue !== undefined ? { deadLetterQueue: target.deadLetterQueue } : {}),
  };
  tgt.finish();
  r.finish();
  d.schedules.push(sc);
}

function subscription(d: Draft, id: string, r: Reader): void {
  if (r.string('Protocol') !== 'lambda' || !isFunction(d, r.get('Endpoint'))) {
    r.skip('Endpoint', 'does not deliver to the simulated function');
    return;
  }
  d.consumed.add(id);
  const topic = d.targetOf(r, 'TopicArn', ['sns']);
  if (topic === undefined) return;
  if (topic.logicalId !== undefined) d.consumed.add(topic.logicalId);
  const source: Doc = { service: 'sns', resource: topic.name };
  const redrive = r.child('RedrivePolicy');
  if (redrive !== undefined) {
    const dlq = d.targetOf(redrive, 'deadLetterTargetArn', ['sqs']);
    redrive.finish();
    if (dlq !== undefined) {
      source.subscriptionDlq = { name: dlq.name };
      if (dlq.logicalId !== undefined) d.consumed.add(dlq.logicalId);
    }
  }
  r.finish();
  d.workloads.push({
    id: kebab(id).replace(/-subscription$/, ''),
    arrivals: DEFAULT_ARRIVALS,
    source,
  });
}
