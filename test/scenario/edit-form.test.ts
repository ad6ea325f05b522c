import { describe, expect, it } from 'vitest';
import { parseScenario, presets, type Scenario } from '../../src/scenario';
import { sectionForm, walkForm, type FormNode } from '../../src/scenario/edit-form';
import { getAt, pathKey } from '../../src/scenario/edit-path';
import { schemaAt } from '../../src/scenario/edit-schema';
import { scenarioForService } from '../../src/scenario/service-scenarios';
import { SERVICE_FACTS } from '../../src/view/diagram-services';
import { diagramOf } from '../../src/view/diagram';
import { nodeSettings } from '../../src/view/settings-nodes';

function valid(doc: unknown): Scenario {
  const r = parseScenario(doc);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.scenario;
}

/** Every scenario the app ships: the presets and each service's "Run it". */
const SCENARIOS: [string, Scenario][] = [
  ...presets.map((p) => [`preset ${p.id}`, valid(p.scenario)] as [string, Scenario]),
  ...Object.keys(SERVICE_FACTS).flatMap((id) => {
    const doc = scenarioForService(id);
    return doc === undefined ? [] : [[`service ${id}`, valid(doc)] as [string, Scenario]];
  }),
];

function formOf(s: Scenario, nodeId: string): FormNode[] {
  const settings = nodeSettings(s, nodeId);
  if (settings === null) throw new Error(`no settings for ${nodeId}`);
  return settings.sections.flatMap((section) => sectionForm(s, section));
}

function fieldsOf(s: Scenario, nodeId: string): Map<string, FormNode> {
  return new Map([...walkForm(formOf(s, nodeId))].map((n) => [pathKey(n.path), n]));
}

describe('the inspector form of every diagram node', () => {
  it.each(SCENARIOS)('%s: each node has settings whose fields are real schema paths', (_, s) => {
    for (const node of diagramOf(s).nodes) {
      const settings = nodeSettings(s, node.id);
      expect(settings, node.id).not.toBeNull();
      const form = formOf(s, node.id);
      expect(form.length, node.id).toBeGreaterThan(0);
      for (const n of walkForm(form)) {
        expect(schemaAt(n.path, s), `${node.id}: ${pathKey(n.path)}`).toBeDefined();
        expect(n.value, `${node.id}: ${pathKey(n.path)}`).toEqual(getAt(s, n.path));
      }
    }
  });
});

describe('fields and ranges come from the schema', () => {
  const asyncRetries = valid(presets.find((p) => p.id === 'async-retries')!.scenario);

  it('the function lists its configuration, behaviour, async settings, versions and permissions', () => {
    const f = fieldsOf(asyncRetries, 'function');
    for (const key of [
      'function.name',
      'function.runtime',
      'function.memoryMb',
      'function.timeoutSeconds',
      'function.reservedConcurrency',
      'function.behaviour.duration',
      'function.behaviour.errorRate',
      'function.behaviour.timeoutRate',
      'function.behaviour.crashRate',
      'function.behaviour.errorWhen',
      'function.asyncConfig.maximumRetryAttempts',
      'function.asyncConfig.maximumEventAgeInSeconds',
      'function.asyncConfig.onSuccess',
      'function.asyncConfig.onFailure',
      'function.deadLetterQueue',
      'function.deadLetterQueue.name',
      'function.versions',
      'function.aliases',
      'function.provisionedConcurrency',
      'function.fileSystem',
      'function.tracing',
      'function.writesBackToSource',
      'function.recursiveLoop',
      'permissions',
    ])
      expect(f.has(key), key).toBe(true);
  });

  it('takes every range and option from the schema', () => {
    const f = fieldsOf(asyncRetries, 'function');
    const field = (key: string) => {
      const n = f.get(key);
      if (n?.type !== 'field') throw new Error(`${key} is not a field`);
      return n.field;
    };
    expect(field('function.timeoutSeconds')).toEqual({
      kind: 'number',
      min: 1,
      max: 900,
      integer: true,
    });
    expect(field('function.memoryMb')).toEqual({
      kind: 'number',
      min: 128,
      max: 10_240,
      integer: true,
    });
    expect(field('function.asyncConfig.maximumRetryAttempts')).toEqual({
      kind: 'number',
      min: 0,
      max: 2,
      integer: true,
    });
    expect(field('function.asyncConfig.maximumEventAgeInSeconds')).toEqual({
      kind: 'number',
      min: 60,
      max: 21_600,
      integer: true,
    });
    expect(field('function.behaviour.errorRate')).toEqual({
      kind: 'number',
      min: 0,
      max: 1,
      integer: false,
    });
    expect(field('function.runtime')).toEqual({
      kind: 'choice',
      options: ['nodejs', 'python', 'java', 'dotnet', 'go', 'rust', 'ruby'],
    });
    expect(f.get('function.reservedConcurrency')?.optional).toBe(true);
    expect(f.get('function.reservedConcurrency')?.present).toBe(false);
  });

  it('the function’s behaviour offers the transient failure and the FIFO failure scope', () => {
    const f = fieldsOf(asyncRetries, 'function');
    const absent = f.get('function.behaviour.transientFailure');
    expect([absent?.type, absent?.optional, absent?.present]).toEqual(['group', true, false]);
    const scope = f.get('function.behaviour.fifoFailureScope');
    expect(scope?.type === 'field' && scope.field).toEqual({
      kind: 'choice',
      options: ['batch', 'group'],
    });
    const fifo = valid(presets.find((p) => p.id === 'sqs-fifo-transient')!.scenario);
    const g = fieldsOf(fifo, 'function');
    const attempts = g.get('function.behaviour.transientFailure.attempts');
    expect(attempts?.type === 'field' && [attempts.field, attempts.value]).toEqual([
      { kind: 'number', min: 1, max: 1_000, integer: true },
      2,
    ]);
    expect(g.get('function.behaviour.transientFailure.when')?.type).toBe('items');
    expect(g.get('function.behaviour.fifoFailureScope')?.value).toBe('group');
  });

  it('an SQS queue and its mapping list their settings', () => {
    const s = valid(presets.find((p) => p.id === 'sqs-redrive')!.scenario);
    const queue = fieldsOf(s, 'sqs:orders');
    expect([...queue.keys()]).toEqual([
      'queues.0.name',
      'queues.0.type',
      'queues.0.visibilityTimeoutSeconds',
      'queues.0.messageRetentionPeriodSeconds',
      'queues.0.delaySeconds',
      'queues.0.redrivePolicy',
      'queues.0.redrivePolicy.deadLetterQueue',
      'queues.0.redrivePolicy.maxReceiveCount',
      'queues.0.kmsMasterKeyId',
    ]);
    const mapping = fieldsOf(s, 'esm:sqs:orders');
    const batch = mapping.get('queues.0.mapping.batchSize');
    expect(batch?.type === 'field' && batch.field).toEqual({
      kind: 'number',
      min: 1,
      max: 10_000,
      integer: true,
    });
    const report = mapping.get('queues.0.mapping.functionResponseTypes');
    expect(report?.type === 'field' && report.field).toEqual({
      kind: 'flag',
      value: 'ReportBatchItemFailures',
    });
    for (const key of [
      'queues.0.mapping.maximumBatchingWindowInSeconds',
      'queues.0.mapping.scalingConfig',
      'queues.0.mapping.provisionedPollerConfig',
      'queues.0.mapping.filterCriteria',
      'queues.0.mapping.enabled',
      'queues.0.mapping.qualifier',
    ])
      expect(mapping.has(key), key).toBe(true);
    // Provisioned mode: both poller counts with the ranges of the scenario format.
    const provisioned = fieldsOf(
      valid(presets.find((p) => p.id === 'sqs-provisioned-scaling')!.scenario),
      'esm:sqs:orders-provisioned',
    );
    const min = provisioned.get('queues.0.mapping.provisionedPollerConfig.minimumPollers');
    expect(min?.type === 'field' && min.field).toEqual({
      kind: 'number',
      min: 2,
      max: 200,
      integer: true,
    });
    const max = provisioned.get('queues.0.mapping.provisionedPollerConfig.maximumPollers');
    expect(max?.type === 'field' && max.field).toMatchObject({ min: 2, max: 2_000 });
    // The redrive DLQ box edits the queue's redrive policy.
    expect([...fieldsOf(s, 'redrive:sqs:orders-dlq').keys()]).toEqual([
      'queues.0.redrivePolicy',
      'queues.0.redrivePolicy.deadLetterQueue',
      'queues.0.redrivePolicy.maxReceiveCount',
    ]);
  });

  it('a stream mapping lists its error handling and windows', () => {
    const s = valid(presets.find((p) => p.id === 'kinesis-poison')!.scenario);
    const m = fieldsOf(s, 'esm:clickstream');
    for (const key of [
      'batchSize',
      'startingPosition',
      'maximumRetryAttempts',
      'maximumRecordAgeInSeconds',
      'bisectBatchOnFunctionError',
      'parallelizationFactor',
      'destinationConfig',
      'tumblingWindowInSeconds',
      'maximumBatchingWindowInSeconds',
      'filterCriteria',
      'enhancedFanOut',
    ])
      expect(m.has(`streams.0.mapping.${key}`), key).toBe(true);
    const start = m.get('streams.0.mapping.startingPosition');
    expect(start?.type === 'field' && start.field).toEqual({
      kind: 'choice',
      options: ['TRIM_HORIZON', 'LATEST', 'AT_TIMESTAMP'],
    });
    expect([...fieldsOf(s, 'stream:clickstream').keys()]).toContain('streams.0.shards');
  });

  it('EventBridge rules, targets and callers list theirs', () => {
    const s = valid(presets.find((p) => p.id === 'eventbridge-fanout')!.scenario);
    const target = fieldsOf(s, 'target:big-orders/notify');
    const at = [...target.keys()][0]!.split('.').slice(0, 5).join('.');
    for (const key of [
      'retryPolicy.maximumRetryAttempts',
      'retryPolicy.maximumEventAgeInSeconds',
      'deadLetterQueue',
      'input',
    ])
      expect(target.has(`${at}.${key}`), key).toBe(true);
    const rule = fieldsOf(s, 'rule:big-orders');
    expect([...rule.keys()].some((k) => k.endsWith('.eventPattern'))).toBe(true);
    const caller = fieldsOf(
      valid(presets.find((p) => p.id === 'sync-throttle')!.scenario),
      'workload:api',
    );
    for (const key of ['arrivals', 'invocationType', 'qualifier', 'callerRetry', 'payload'])
      expect(caller.has(`workloads.0.${key}`), key).toBe(true);
  });
});
