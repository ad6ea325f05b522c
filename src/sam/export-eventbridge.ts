import type { EventBridgeRule, EventBridgeTarget, Scenario } from '../scenario/schema';
import type { TemplateBuilder } from './builder';
import { getAtt, ref, type Json, type JsonObject } from './intrinsics';
import { arrivals } from './export-pollers';

type Schedule = NonNullable<Scenario['eventbridge']>['schedules'][number];

/**
 * EventBridge: custom buses, archives, rules and Scheduler schedules. A rule whose only target is
 * the function becomes the function's EventBridgeRule (pattern) or Schedule event; a rule with
 * other targets too is written as AWS::Events::Rule with all its targets, and a statement that
 * lets EventBridge invoke the function. Schedules become ScheduleV2 events.
 */
export function exportEventBridge(s: Scenario, b: TemplateBuilder): void {
  const eb = s.eventbridge;
  if (eb === undefined) return;
  for (const bus of eb.buses) {
    if (bus.kind === 'partner') {
      b.notes.push(
        `partner event bus ${bus.name}: created by accepting the partner's event source`,
      );
      continue;
    }
    b.named('Bus', bus.name, (id) => b.add(id, 'AWS::Events::EventBus', { Name: bus.name }));
  }
  for (const a of eb.archives) {
    const id = b.uniqueId(a.name, 'Archive');
    b.add(id, 'AWS::Events::Archive', {
      ArchiveName: a.name,
      SourceArn: b.arnOf('eventbridge', a.bus),
      ...(a.eventPattern !== undefined ? { EventPattern: a.eventPattern as Json } : {}),
    });
  }
  for (const r of eb.rules) {
    const onlyFunction = r.targets.length === 1 && r.targets[0]!.type === 'lambda';
    if (onlyFunction) ruleEvent(r, r.targets[0]!, b);
    else ruleResource(r, b);
  }
  for (const sc of eb.schedules) scheduleEvent(sc, b);
  for (const p of eb.producers)
    b.notes.push(
      `PutEvents ${p.id} on bus ${p.bus}: ${p.source} / ${p.detailType}, ${arrivals(p.arrivals)}`,
    );
  for (const r of eb.replays)
    b.notes.push(
      `replay ${r.name} of archive ${r.archive} (${r.fromMs / 1000}–${r.toMs / 1000} s) at ${r.atMs / 1000} s`,
    );
  if (eb.entryLimitKb !== 1024) b.notes.push(`PutEvents entries limited to ${eb.entryLimitKb} KB`);
}

function ruleEvent(r: EventBridgeRule, t: EventBridgeTarget, b: TemplateBuilder): void {
  const props: JsonObject = {};
  if (r.scheduleExpression !== undefined) {
    props.Schedule = r.scheduleExpression;
    props.Name = r.name;
    if (r.description !== undefined) props.Description = r.description;
    if (!r.enabled) props.State = 'DISABLED';
  } else {
    props.Pattern = (r.eventPattern ?? {}) as Json;
    props.RuleName = r.name;
    if (r.bus !== 'default') props.EventBusName = busRef(r.bus, b);
  }
  Object.assign(props, targetInput(t));
  const retry = retryPolicy(t);
  if (retry !== undefined) props.RetryPolicy = retry;
  if (t.deadLetterQueue !== undefined)
    props.DeadLetterConfig = { Arn: getAtt(b.queue(t.deadLetterQueue.name), 'Arn') };
  // SAM names the target of a Schedule event itself; an EventBridgeRule event takes its id.
  if (r.scheduleExpression === undefined) props.Target = { Id: t.id };
  b.event(
    pascalRule(r),
    r.scheduleExpression !== undefined ? 'Schedule' : 'EventBridgeRule',
    props,
    targetNotes(r, [t]),
  );
}

function ruleResource(r: EventBridgeRule, b: TemplateBuilder): void {
  const id = b.uniqueId(r.name, 'Rule');
  const props: JsonObject = { Name: r.name };
  if (r.bus !== 'default') props.EventBusName = busRef(r.bus, b);
  if (r.description !== undefined) props.Description = r.description;
  if (r.eventPattern !== undefined) props.EventPattern = r.eventPattern as Json;
  if (r.scheduleExpression !== undefined) props.ScheduleExpression = r.scheduleExpression;
  props.State = r.enabled ? 'ENABLED' : 'DISABLED';
  props.Targets = r.targets.map((t) => {
    const out: JsonObject = { Id: t.id, Arn: targetArn(t, b) };
    Object.assign(out, targetInput(t));
    const retry = retryPolicy(t);
    if (retry !== undefined) out.RetryPolicy = retry;
    if (t.deadLetterQueue !== undefined)
      out.DeadLetterConfig = { Arn: getAtt(b.queue(t.deadLetterQueue.name), 'Arn') };
    return out;
  });
  b.add(id, 'AWS::Events::Rule', props, targetNotes(r, r.targets));
  if (r.targets.some((t) => t.type === 'lambda'))
    b.permission(`${r.name}-events`, 'events.amazonaws.com', getAtt(id, 'Arn'));
}

function targetArn(t: EventBridgeTarget, b: TemplateBuilder): Json {
  const name = t.name ?? t.id;
  switch (t.type) {
    case 'lambda':
      return getAtt(b.functionId, 'Arn');
    case 'sqs':
      return getAtt(b.queue(name), 'Arn');
    case 'sns':
      return ref(b.topic(name));
    case 'stepfunctions':
      return `arn:aws:states:us-east-1:123456789012:stateMachine:${name}`;
    case 'logs':
      return `arn:aws:logs:us-east-1:123456789012:log-group:${name}`;
    case 'kinesis':
      return `arn:aws:kinesis:us-east-1:123456789012:stream/${name}`;
  }
}

function targetInput(t: EventBridgeTarget): JsonObject {
  switch (t.input.mode) {
    case 'event':
      return {};
    case 'path':
      return { InputPath: t.input.inputPath };
    case 'constant':
      return { Input: JSON.stringify(t.input.input) };
    case 'transformer':
      return {
        InputTransformer: {
          InputPathsMap: t.input.inputPathsMap,
          InputTemplate: t.input.inputTemplate,
        },
      };
  }
}

function retryPolicy(t: {
  retryPolicy: { maximumRetryAttempts: number; maximumEventAgeInSeconds: number };
}): JsonObject | undefined {
  const { maximumRetryAttempts, maximumEventAgeInSeconds } = t.retryPolicy;
  if (maximumRetryAttempts === 185 && maximumEventAgeInSeconds === 86_400) return undefined;
  return {
    MaximumRetryAttempts: maximumRetryAttempts,
    MaximumEventAgeInSeconds: maximumEventAgeInSeconds,
  };
}

function scheduleEvent(sc: Schedule, b: TemplateBuilder): void {
  const props: JsonObject = {
    Name: sc.name,
    ScheduleExpression: sc.scheduleExpression,
    ScheduleExpressionTimezone: sc.timezone,
    FlexibleTimeWindow:
      sc.flexibleTimeWindow.mode === 'OFF'
        ? { Mode: 'OFF' }
        : {
            Mode: 'FLEXIBLE',
            MaximumWindowInMinutes: sc.flexibleTimeWindow.maximumWindowInMinutes,
          },
  };
  if (sc.group !== 'default') props.GroupName = sc.group;
  if (sc.description !== undefined) props.Description = sc.description;
  if (!sc.enabled) props.State = 'DISABLED';
  props.Input = JSON.stringify(sc.target.input);
  const retry = retryPolicy(sc.target);
  if (retry !== undefined) props.RetryPolicy = retry;
  if (sc.target.deadLetterQueue !== undefined)
    props.DeadLetterConfig = { Arn: getAtt(b.queue(sc.target.deadLetterQueue.name), 'Arn') };
  const notes: string[] = [];
  if (sc.target.qualifier !== '$LATEST') notes.push(`invokes ${sc.target.qualifier}`);
  if (sc.target.fault !== undefined)
    notes.push(
      `simulated fault: ${sc.target.fault.error} for ${Math.round(sc.target.fault.rate * 100)} % of invocations`,
    );
  b.event(
    `${sc.name}-schedule`,
    'ScheduleV2',
    props,
    notes.length > 0 ? notes.join('; ') : undefined,
  );
}

function busRef(name: string, b: TemplateBuilder): Json {
  const id = b.idOf('Bus', name);
  return id !== undefined ? ref(id) : name;
}

function pascalRule(r: EventBridgeRule): string {
  return `${r.name}-rule`;
}

function targetNotes(
  r: EventBridgeRule,
  targets: readonly EventBridgeTarget[],
): string | undefined {
  const notes: string[] = [];
  for (const t of targets) {
    if (t.type === 'lambda' && t.qualifier !== '$LATEST')
      notes.push(`target ${t.id} invokes ${t.qualifier}`);
    if (t.fault !== undefined)
      notes.push(
        `simulated fault on target ${t.id}: ${t.fault.error} for ${Math.round(t.fault.rate * 100)} % of deliveries`,
      );
  }
  if (!r.enabled && r.scheduleExpression === undefined && targets.length === 1)
    notes.push('the rule is disabled');
  return notes.length > 0 ? notes.join('; ') : undefined;
}
