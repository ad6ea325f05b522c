import type { Reader } from './reader';
import { DEFAULT_ARRIVALS, setIf, type Draft } from './import-draft';
import { readEvent } from './import-events';
import { kebab } from './resolve';
import { runtimeFromIdentifier } from './runtimes';

type Doc = Record<string, unknown>;

const DESTINATION_KINDS = ['sqs', 'sns', 'lambda', 'eventbridge', 's3'] as const;

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
