import type { Scenario } from '../scenario/schema';
import { pascal, TemplateBuilder } from './builder';
import { resourcesDigest } from './digest';
import { exportEventBridge } from './export-eventbridge';
import { functionProperties } from './export-function';
import { exportPollers } from './export-pollers';
import { exportWorkloads } from './export-push';
import { getAtt, ref, type Json, type JsonObject } from './intrinsics';

/** Where an export keeps the whole scenario, for an import to give it back unchanged. */
export const METADATA_KEY = 'LambdaEventLab';
export const METADATA_FORMAT = 1;

export interface ExportedTemplate {
  /** The template as JSON, intrinsic functions in their long form. */
  readonly template: JsonObject;
  /** Comments by logical id, "event:<id>" for the function's events, and "" for the top. */
  readonly comments: ReadonlyMap<string, readonly string[]>;
  readonly functionId: string;
}

/**
 * A scenario as an AWS SAM template: the function with its events, the queues, topics, streams,
 * tables, buses, rules and schedules it uses, and the permissions SAM does not add by itself.
 * What only the simulator has (traffic, faults, the handler's behaviour, the seed) is written in
 * comments, and the whole scenario in Metadata.LambdaEventLab so that an import restores it.
 */
export function scenarioToTemplate(s: Scenario): ExportedTemplate {
  const fnId = `${pascal(s.function.name)}${pascal(s.function.name).endsWith('Function') ? '' : 'Function'}`;
  const b = new TemplateBuilder(fnId);
  // The function comes first; its properties are filled in once every other resource exists.
  b.add(fnId, 'AWS::Serverless::Function', {});
  const fnProps = functionProperties(s, b);
  exportPollers(s, b);
  exportWorkloads(s, b);
  exportEventBridge(s, b);
  exportPermissions(s, b, fnProps);
  if (b.functionUrl !== undefined) fnProps.FunctionUrlConfig = b.functionUrl;
  if (b.events.size > 0) fnProps.Events = Object.fromEntries(b.events);
  if (b.policies.length > 0) fnProps.Policies = b.policies;
  b.resources.get(fnId)!.Properties = fnProps;

  const resources: JsonObject = {};
  for (const [id, r] of b.resources) resources[id] = { Type: r.Type, Properties: r.Properties };
  const template: JsonObject = {
    AWSTemplateFormatVersion: '2010-09-09',
    Transform: 'AWS::Serverless-2016-10-31',
    Description: s.name,
  };
  if (b.parameters.size > 0) template.Parameters = Object.fromEntries(b.parameters);
  template.Resources = resources;
  template.Metadata = {
    [METADATA_KEY]: {
      format: METADATA_FORMAT,
      resourcesDigest: resourcesDigest(resources),
      scenario: s as unknown as Json,
    },
  };
  const comments = new Map(b.comments);
  comments.set('', [...simulationNotes(s), ...b.notes]);
  return { template, comments, functionId: fnId };
}

/** What the simulator models that no template property can hold. */
function simulationNotes(s: Scenario): string[] {
  const fn = s.function;
  const be = fn.behaviour;
  const d = be.duration;
  const duration =
    d.kind === 'fixed'
      ? `${d.ms} ms`
      : d.kind === 'uniform'
        ? `${d.minMs}–${d.maxMs} ms`
        : `about ${d.meanMs} ms (σ ${d.stdDevMs} ms)`;
  const notes = [
    `Simulated: seed ${s.seed}, ${s.durationMs / 1000} s from ${s.startTime}`,
    `handler runs ${duration}` +
      (be.errorRate > 0 ? `, fails ${pct(be.errorRate)}` : '') +
      (be.timeoutRate > 0 ? `, times out ${pct(be.timeoutRate)}` : '') +
      (be.crashRate > 0 ? `, crashes ${pct(be.crashRate)}` : '') +
      (be.failFirst > 0 ? `, the first ${be.failFirst} invocations fail` : '') +
      be.errorWhen.map((w) => `, fails when ${w.path} is ${JSON.stringify(w.equals)}`).join(''),
    `account concurrency ${s.account.concurrencyLimit}${s.account.scalingModel === 'legacy-burst' ? `, burst ${s.account.legacyBurstLimit} (before Nov 2023)` : ''}`,
  ];
  if (fn.writesBackToSource) notes.push('the handler writes every event back to its source');
  if (s.faults.serviceErrorRate > 0)
    notes.push(`Lambda service errors: ${pct(s.faults.serviceErrorRate)}`);
  if (s.faults.destinationOutage)
    notes.push(
      `destinations unreachable from ${s.faults.destinationOutage.fromMs / 1000} s to ${s.faults.destinationOutage.untilMs / 1000} s`,
    );
  return notes;
}

/** An explicit resource-based policy and execution role; SAM adds statements of its own too. */
function exportPermissions(s: Scenario, b: TemplateBuilder, fnProps: JsonObject): void {
  const fn = s.function;
  const policyFor = (type: string, name: string): Json | undefined => {
    switch (type) {
      case 'sqs':
        return { SQSSendMessagePolicy: { QueueName: getAtt(b.queue(name), 'QueueName') } };
      case 'sns':
        return { SNSPublishMessagePolicy: { TopicName: getAtt(b.topic(name), 'TopicName') } };
      case 'lambda':
        return { LambdaInvokePolicy: { FunctionName: name } };
      case 'eventbridge':
        return { EventBridgePutEventsPolicy: { EventBusName: name } };
      case 's3':
        return { S3WritePolicy: { BucketName: ref(b.bucket(name)) } };
    }
    return undefined;
  };
  const targets = [fn.deadLetterQueue, fn.asyncConfig.onSuccess, fn.asyncConfig.onFailure].filter(
    (t) => t !== undefined,
  );
  for (const t of targets) {
    const p = policyFor(t.type, t.name);
    if (p !== undefined && !b.policies.some((q) => JSON.stringify(q) === JSON.stringify(p)))
      b.policies.push(p);
  }
  const perms = s.permissions;
  if (perms?.executionRole !== undefined) {
    b.policies.push({
      Statement: [{ Effect: 'Allow', Action: [...perms.executionRole], Resource: '*' }],
    });
    b.comment(
      b.functionId,
      'the execution role allows exactly the listed actions in the simulator; SAM adds the polling policies of each event too',
    );
  }
  perms?.resourcePolicy?.forEach((st, i) => {
    const props: JsonObject = {};
    if (st.sourceArn !== undefined) props.SourceArn = st.sourceArn;
    const id = b.permission(st.sid ?? `statement-${i + 1}`, st.principal, st.sourceArn);
    if (st.sourceAccount !== undefined)
      b.resources.get(id)!.Properties.SourceAccount = st.sourceAccount;
  });
  if (perms?.resourcePolicy !== undefined)
    b.comment(
      b.functionId,
      'the resource-based policy holds exactly the listed statements in the simulator; SAM adds one for each push event too',
    );
  void fnProps;
}

function pct(share: number): string {
  return `${Math.round(share * 1000) / 10} %`;
}
