import type { AsyncConfig, Destination, Scenario } from '../scenario/schema';
import type { TemplateBuilder } from './builder';
import type { Json, JsonObject } from './intrinsics';
import { HANDLERS, RUNTIME_IDENTIFIERS } from './runtimes';

const DESTINATION_TYPES: Readonly<Record<Destination['type'], string>> = {
  sqs: 'SQS',
  sns: 'SNS',
  lambda: 'Lambda',
  eventbridge: 'EventBridge',
  s3: 'S3Bucket',
};

/** SAM's canary deployment types, by the share of traffic the new version gets first. */
const CANARY_TYPES: Readonly<Record<string, string>> = { '0.1': 'Canary10Percent5Minutes' };

/**
 * The function's own properties: code, memory, timeout, concurrency, asynchronous invocation
 * (EventInvokeConfig), dead-letter queue, the published alias with its provisioned concurrency and
 * canary, tracing, file system and recursive loop detection.
 */
export function functionProperties(s: Scenario, b: TemplateBuilder): JsonObject {
  const fn = s.function;
  const props: JsonObject = { FunctionName: fn.name };
  if (fn.packageType === 'image') {
    props.PackageType = 'Image';
    props.ImageUri = `123456789012.dkr.ecr.us-east-1.amazonaws.com/${fn.name}:latest`;
  } else {
    props.Runtime = RUNTIME_IDENTIFIERS[fn.runtime];
    props.Handler = HANDLERS[fn.runtime];
    props.CodeUri = 'src/';
  }
  if (fn.runtime === 'rust') b.comment(b.functionId, 'runtime: Rust on the OS-only runtime');
  props.MemorySize = fn.memoryMb;
  props.Timeout = fn.timeoutSeconds;
  if (fn.reservedConcurrency !== undefined)
    props.ReservedConcurrentExecutions = fn.reservedConcurrency;
  if (fn.tracing !== undefined) props.Tracing = fn.tracing;
  if (fn.recursiveLoop !== undefined) props.RecursiveLoop = fn.recursiveLoop;
  if (fn.deadLetterQueue !== undefined) {
    props.DeadLetterQueue = {
      Type: fn.deadLetterQueue.type === 'sqs' ? 'SQS' : 'SNS',
      TargetArn: b.arnOf(fn.deadLetterQueue.type, fn.deadLetterQueue.name),
    };
  }
  const invoke = eventInvokeConfig(fn.asyncConfig, b);
  if (invoke !== undefined) props.EventInvokeConfig = invoke;
  if (fn.fileSystem !== undefined) {
    props.FileSystemConfigs = [
      { Arn: fn.fileSystem.accessPointArn, LocalMountPath: fn.fileSystem.localMountPath },
    ];
    b.comment(b.functionId, 'the file system needs VpcConfig (subnets, security groups) too');
  }
  aliasProperties(s, b, props);
  return props;
}

/** EventInvokeConfig, left out when it holds only the defaults (2 retries, 6 hours). */
export function eventInvokeConfig(cfg: AsyncConfig, b: TemplateBuilder): JsonObject | undefined {
  const out: JsonObject = {};
  if (cfg.maximumRetryAttempts !== 2) out.MaximumRetryAttempts = cfg.maximumRetryAttempts;
  if (cfg.maximumEventAgeInSeconds !== 21_600)
    out.MaximumEventAgeInSeconds = cfg.maximumEventAgeInSeconds;
  const dest: JsonObject = {};
  if (cfg.onSuccess !== undefined) dest.OnSuccess = destination(cfg.onSuccess, b);
  if (cfg.onFailure !== undefined) dest.OnFailure = destination(cfg.onFailure, b);
  if (Object.keys(dest).length > 0) out.DestinationConfig = dest;
  return Object.keys(out).length > 0 ? out : undefined;
}

function destination(d: Destination, b: TemplateBuilder): JsonObject {
  return { Type: DESTINATION_TYPES[d.type], Destination: b.arnOf(d.type, d.name) };
}

/**
 * SAM publishes a version on each deployment and points one alias at it (AutoPublishAlias). The
 * alias chosen is the weighted one, else the one with provisioned concurrency, else the first;
 * a weighted alias becomes a gradual deployment. Older versions, other aliases and their own
 * settings have no SAM property: they are described in comments.
 */
function aliasProperties(s: Scenario, b: TemplateBuilder, props: JsonObject): void {
  const fn = s.function;
  const pcFor = (q: string | number) =>
    fn.provisionedConcurrency.find((pc) => String(pc.qualifier) === String(q));
  const alias =
    fn.aliases.find((a) => a.routing !== undefined) ??
    fn.aliases.find((a) => pcFor(a.name) !== undefined) ??
    fn.aliases[0];
  for (const v of fn.versions) {
    b.comment(
      b.functionId,
      `version ${v.version}${v.description ? ` (${v.description})` : ''}: ${v.memoryMb} MB, ${v.timeoutSeconds} s, ${v.runtime}`,
    );
  }
  if (alias === undefined) {
    for (const pc of fn.provisionedConcurrency)
      b.comment(b.functionId, `provisioned concurrency ${pc.count} on version ${pc.qualifier}`);
    return;
  }
  props.AutoPublishAlias = alias.name;
  const pc = pcFor(alias.name);
  if (pc !== undefined)
    props.ProvisionedConcurrencyConfig = { ProvisionedConcurrentExecutions: pc.count };
  for (const other of fn.provisionedConcurrency) {
    if (other !== pc)
      b.comment(
        b.functionId,
        `provisioned concurrency ${other.count} on ${other.qualifier} (SAM sets it on the published alias only)`,
      );
  }
  const routing = alias.routing;
  if (routing !== undefined) {
    const type = CANARY_TYPES[String(routing.weight)] ?? 'AllAtOnce';
    props.DeploymentPreference = { Type: type };
    b.comment(
      b.functionId,
      `alias ${alias.name}: version ${alias.version} gets ${pct(1 - routing.weight)}, version ${routing.version} ${pct(routing.weight)} of the traffic; a deployment of type ${type} shifts traffic that way`,
    );
  } else {
    b.comment(b.functionId, `alias ${alias.name} points to version ${alias.version}`);
  }
  if (alias.asyncConfig !== undefined) {
    const cfg: Json = eventInvokeConfig(alias.asyncConfig, b) ?? {};
    b.comment(
      b.functionId,
      `alias ${alias.name} has its own EventInvokeConfig: ${JSON.stringify(cfg)}`,
    );
  }
  for (const other of fn.aliases) {
    if (other !== alias)
      b.comment(
        b.functionId,
        `alias ${other.name} → version ${other.version} (not published by SAM)`,
      );
  }
}

function pct(share: number): string {
  return `${Math.round(share * 1000) / 10} %`;
}
