import type { RuleId } from '../../catalog/rules';
import type { BrokerConfig, SqsQueueConfig } from '../../scenario/queues-schema';
import type { QueueTarget, Scenario } from '../../scenario/schema';
import { compileFilters } from '../filters';
import type { Permissions } from '../permissions';
import type { Sim } from '../sim';
import type { TraceDetail } from '../types';
import { mqFleet, type PollerFleet, provisionedSqsFleet, sqsFleet } from './poller-fleet';
import type { QueueSource } from './source';
import type { SqsQueue } from './sqs-queue';

/** What the execution role must allow for a mapping to read its source (AWS managed policies). */
export const SQS_READ_ACTIONS = [
  'sqs:ReceiveMessage',
  'sqs:DeleteMessage',
  'sqs:GetQueueAttributes',
];
export const MQ_READ_ACTIONS = [
  'mq:DescribeBroker',
  'secretsmanager:GetSecretValue',
  'ec2:CreateNetworkInterface',
  'ec2:DescribeNetworkInterfaces',
  'ec2:DeleteNetworkInterface',
  'ec2:DescribeVpcs',
  'ec2:DescribeSubnets',
  'ec2:DescribeSecurityGroups',
];
const SERVICE_LABEL: Record<string, string> = {
  sqs: 'SQS',
  mq: 'MQ',
  secretsmanager: 'Secrets Manager',
  ec2: 'EC2',
};
/** Lambda lengthens the visibility by this much when the window plus the timeout needs more. */
const VISIBILITY_MARGIN_MS = 30_000;
/** An Amazon MQ mapping needs a function timeout of 14 minutes or less. */
const MQ_MAX_TIMEOUT_S = 14 * 60;
/** Amazon MQ's batching window when none is set. */
const MQ_DEFAULT_WINDOW_MS = 500;

/** A mapping that was created: how it batches and filters, and its pollers. */
export interface Mapping {
  readonly qualifier: string;
  readonly enabled: boolean;
  readonly batchSize: number;
  readonly windowMs: number;
  readonly reportItemFailures: boolean;
  /** The compiled FilterCriteria, or null when every record passes. */
  readonly filters: ((record: unknown) => boolean) | null;
  readonly fleet: PollerFleet;
  /** Why every poll fails (the role may not decrypt the queue), or null. */
  readonly problem: string | null;
}

interface VersionFacts {
  readonly timeoutSeconds: number;
  readonly deadLetterQueue?: QueueTarget;
}

/** CreateEventSourceMapping for an SQS queue: checked as AWS checks it, with its trace events. */
export function createSqsMapping(
  sim: Sim,
  queue: SqsQueue,
  config: SqsQueueConfig,
  permissions: Permissions,
): Mapping | null {
  const m = config.mapping;
  if (m === undefined) return null;
  const qualifier = String(m.qualifier);
  const versions = versionFacts(sim.scenario, qualifier);
  const timeoutS = Math.max(...versions.map((v) => v.timeoutSeconds));
  const windowS = m.maximumBatchingWindowInSeconds;
  const visibilityS = config.visibilityTimeoutSeconds;
  const advised = 6 * timeoutS + windowS;
  const advice =
    visibilityS < advised
      ? `AWS advises a visibility timeout of at least 6 × the function timeout${windowS > 0 ? ' plus the batching window' : ''}: ${advised} seconds`
      : undefined;

  // The role is checked first: reading the queue's attributes is how Lambda learns its timeout.
  const missing = permissions.missingActions(SQS_READ_ACTIONS)[0];
  if (missing !== undefined) {
    reject(sim, queue, 'permission.execution-role', roleMessage(missing));
    return null;
  }
  if (visibilityS < timeoutS) {
    reject(
      sim,
      queue,
      'sqs.visibility-check',
      `Queue visibility timeout: ${visibilityS} seconds is less than Function timeout: ${timeoutS} seconds`,
      advice,
    );
    return null;
  }
  const pc = m.provisionedPollerConfig;
  if (pc !== undefined && m.scalingConfig !== undefined) {
    reject(
      sim,
      queue,
      'sqs.provisioned-mode',
      'ProvisionedPollerConfig and ScalingConfig.MaximumConcurrency cannot be used together: choose provisioned mode or a maximum concurrency',
    );
    return null;
  }
  const windowMs = windowS * 1000;
  const timeoutMs = timeoutS * 1000;
  const extended = windowMs + timeoutMs > queue.visibilityMs;
  if (extended) queue.visibilityMs = windowMs + timeoutMs + VISIBILITY_MARGIN_MS;
  const filters = compiled(m.filterCriteria);
  const rule: RuleId = !m.enabled
    ? 'esm.disabled'
    : extended
      ? 'sqs.visibility-extended'
      : pc !== undefined
        ? 'sqs.provisioned-mode'
        : 'sqs.mapping';
  const fleet =
    pc !== undefined
      ? provisionedSqsFleet({ minimum: pc.minimumPollers, maximum: pc.maximumPollers })
      : sqsFleet(
          m.scalingConfig?.maximumConcurrency,
          sim.scenario.account.scalingModel === 'legacy-burst',
        );
  sim.emit('queue.mapping-created', null, 'lambda', queue.mappingEntity, rule, null, '', {
    queue: queue.name,
    sourceKind: 'sqs',
    mappingState: m.enabled ? 'Enabled' : 'Disabled',
    qualifier,
    batchSize: m.batchSize,
    windowMs,
    visibilityTimeoutMs: queue.visibilityMs,
    filterCount: filters.count,
    reportBatchItemFailures: m.functionResponseTypes.length > 0,
    advice,
    ...(pc !== undefined && {
      pollers: fleet.target,
      eventPollers: fleet.eventPollers,
      minimumPollers: pc.minimumPollers,
      maximumPollers: pc.maximumPollers,
    }),
  });
  noteIgnoredFailureTargets(sim, queue, versions, qualifier);

  let problem: string | null = null;
  if (config.kmsMasterKeyId !== undefined && permissions.missingActions(['kms:Decrypt']).length > 0)
    problem = `PROBLEM: Lambda cannot read messages from ${queue.name}: the execution role is not allowed kms:Decrypt on the queue's key ${config.kmsMasterKeyId}`;

  return {
    qualifier,
    enabled: m.enabled,
    batchSize: m.batchSize,
    windowMs,
    reportItemFailures: m.functionResponseTypes.length > 0,
    filters: filters.passes,
    fleet,
    problem,
  };
}

/** CreateEventSourceMapping for an Amazon MQ broker queue. */
export function createMqMapping(
  sim: Sim,
  broker: QueueSource,
  config: BrokerConfig,
  permissions: Permissions,
): Mapping | null {
  const m = config.mapping;
  if (m === undefined) return null;
  const qualifier = String(m.qualifier);
  const versions = versionFacts(sim.scenario, qualifier);
  const timeoutS = Math.max(...versions.map((v) => v.timeoutSeconds));
  const missing = permissions.missingActions(MQ_READ_ACTIONS)[0];
  if (missing !== undefined) {
    reject(sim, broker, 'permission.execution-role', roleMessage(missing));
    return null;
  }
  if (timeoutS > MQ_MAX_TIMEOUT_S) {
    reject(
      sim,
      broker,
      'mq.timeout-limit',
      `Function timeout: ${timeoutS} seconds is more than the ${MQ_MAX_TIMEOUT_S} seconds (14 minutes) an Amazon MQ event source mapping allows`,
    );
    return null;
  }
  const windowMs =
    m.maximumBatchingWindowInSeconds === undefined
      ? MQ_DEFAULT_WINDOW_MS
      : m.maximumBatchingWindowInSeconds * 1000;
  const filters = compiled(m.filterCriteria);
  sim.emit(
    'queue.mapping-created',
    null,
    'lambda',
    broker.mappingEntity,
    // The broker's mapping is created with its fixed concurrency: 5 on ActiveMQ, 1 on RabbitMQ.
    m.enabled ? 'mq.concurrency' : 'esm.disabled',
    null,
    '',
    {
      queue: broker.name,
      sourceKind: 'mq',
      mappingState: m.enabled ? 'Enabled' : 'Disabled',
      qualifier,
      batchSize: m.batchSize,
      windowMs,
      filterCount: filters.count,
      pollers: mqFleet(config.engine).target,
    },
  );
  noteIgnoredFailureTargets(sim, broker, versions, qualifier);
  return {
    qualifier,
    enabled: m.enabled,
    batchSize: m.batchSize,
    windowMs,
    reportItemFailures: false,
    filters: filters.passes,
    fleet: mqFleet(config.engine),
    problem: null,
  };
}

function reject(
  sim: Sim,
  source: QueueSource,
  rule: RuleId,
  errorMessage: string,
  advice?: string,
): void {
  const detail: TraceDetail = {
    queue: source.name,
    sourceKind: source.kind,
    errorCode: 'InvalidParameterValueException',
    errorMessage,
  };
  if (advice !== undefined) detail.advice = advice;
  sim.emit('queue.mapping-rejected', null, 'lambda', source.mappingEntity, rule, null, '', detail);
}

function roleMessage(action: string): string {
  const [service = '', name = ''] = action.split(':');
  return `The provided execution role does not have permissions to call ${name} on ${SERVICE_LABEL[service] ?? service}`;
}

function compiled(criteria: { filters: { pattern: unknown }[]; quota: number } | undefined): {
  count: number;
  passes: ((record: unknown) => boolean) | null;
} {
  if (criteria === undefined || criteria.filters.length === 0) return { count: 0, passes: null };
  const c = compileFilters(
    criteria.filters.map((f) => f.pattern),
    criteria.quota,
  );
  // parseScenario refuses invalid filters, so a failure here is a bug.
  if (!c.ok) throw new Error(`filter ${c.index}: ${c.error}`);
  return { count: c.count, passes: c.passes };
}

/** The function's DLQ and on-failure destination are for async invocations: say they are unused. */
function noteIgnoredFailureTargets(
  sim: Sim,
  source: QueueSource,
  versions: readonly VersionFacts[],
  qualifier: string,
): void {
  const dlq = versions.find((v) => v.deadLetterQueue !== undefined)?.deadLetterQueue;
  const fn = sim.scenario.function;
  const onFailure = (fn.aliases.find((a) => a.name === qualifier)?.asyncConfig ?? fn.asyncConfig)
    .onFailure;
  if (dlq === undefined && onFailure === undefined) return;
  const detail: TraceDetail = { queue: source.name, sourceKind: source.kind };
  if (dlq !== undefined) {
    detail.target = dlq.name;
    detail.targetType = dlq.type;
  }
  if (onFailure !== undefined) detail.destination = 'onFailure';
  sim.emit(
    'queue.function-dlq-ignored',
    null,
    'lambda',
    source.mappingEntity,
    'esm.function-dlq-ignored',
    null,
    '',
    detail,
  );
}

/** The versions a qualifier can run: $LATEST, one published version, or an alias's one or two. */
function versionFacts(s: Scenario, qualifier: string): VersionFacts[] {
  const fn = s.function;
  const latest: VersionFacts = fn;
  const published = (n: number): VersionFacts => {
    const v = fn.versions.find((x) => x.version === n);
    if (v === undefined) throw new Error(`unknown version ${n}`); // parseScenario rules this out
    return v;
  };
  if (qualifier === '$LATEST') return [latest];
  if (/^\d+$/.test(qualifier)) return [published(Number(qualifier))];
  const alias = fn.aliases.find((a) => a.name === qualifier);
  if (alias === undefined) throw new Error(`unknown alias ${qualifier}`); // ruled out as well
  const out = [alias.version === '$LATEST' ? latest : published(alias.version)];
  if (alias.routing) out.push(published(alias.routing.version));
  return out;
}
