import type { Reader } from './reader';
import { DEFAULT_ARRIVALS, readFilterCriteria, safeJson, setIf, type Draft } from './import-draft';
import type { Target } from './resolve';

/**
 * Settings an event of the function and a resource written out (AWS::Lambda::EventSourceMapping,
 * AWS::Events::Rule …) share: a mapping's batching, retries and destination, a stream's
 * resource, a rule target's retries, dead-letter queue and input.
 */

type Doc = Record<string, unknown>;

export function optional(key: string, value: unknown): Doc {
  return value === undefined ? {} : { [key]: value };
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
