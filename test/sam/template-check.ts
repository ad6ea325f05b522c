import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv-draft-04';

/**
 * Checks a template the way the test suite trusts: the SAM resources against SAM's own JSON
 * Schema (/work/shared/data/sam.schema.json, or shared/data beside the checkout), and every
 * other resource — plus the values SAM passes through to CloudFormation — against the
 * CloudFormation resource specification (@aws-cdk/cfnspec): property names and primitive types.
 */

const require = createRequire(import.meta.url);

interface SpecProperty {
  PrimitiveType?: string;
  Type?: string;
  ItemType?: string;
  PrimitiveItemType?: string;
}
interface SpecType {
  Properties?: Record<string, SpecProperty>;
  PrimitiveType?: string;
}
interface Spec {
  ResourceTypes: Record<string, SpecType>;
  PropertyTypes: Record<string, SpecType>;
}

const spec = require('@aws-cdk/cfnspec/spec/specification.json') as Spec;

function samSchemaPath(): string {
  for (const p of [
    process.env.SAM_SCHEMA ?? '',
    '/work/shared/data/sam.schema.json',
    `${process.cwd()}/../shared/data/sam.schema.json`,
  ]) {
    try {
      readFileSync(p, { flag: 'r' });
      return p;
    } catch {
      // try the next place
    }
  }
  throw new Error('sam.schema.json not found (shared/data)');
}

const ajv = new Ajv({ allErrors: false, strict: false, validateFormats: false });
const validateSam = ajv.compile(JSON.parse(readFileSync(samSchemaPath(), 'utf8')) as object);

/** Properties SAM takes in place of CloudFormation's and never passes on as they are. */
const SAM_ONLY = new Set([
  'Queue',
  'Stream',
  'Broker',
  'KafkaBootstrapServers',
  'ProvisionedPollerConfig',
  'MetricsConfig',
]);

const EVENT_SOURCE_TYPES = new Set(['SQS', 'Kinesis', 'DynamoDB', 'MSK', 'SelfManagedKafka', 'MQ']);

/** Every problem found, as "where: what"; an empty list means the template is valid. */
export function checkTemplate(template: unknown): string[] {
  const problems: string[] = [];
  if (!validateSam(template)) {
    for (const e of validateSam.errors ?? [])
      problems.push(
        `SAM schema ${e.instancePath || '/'}: ${e.message ?? ''} ${JSON.stringify(e.params)}`,
      );
    // anyOf reports every branch; the rest of the checks still say which property is at fault.
  }
  const resources =
    (
      template as {
        Resources?: Record<string, { Type: string; Properties?: Record<string, unknown> }>;
      }
    ).Resources ?? {};
  for (const [id, r] of Object.entries(resources)) {
    const props = r.Properties ?? {};
    if (r.Type.startsWith('AWS::Serverless::')) {
      if (r.Type === 'AWS::Serverless::Function') checkFunction(id, props, problems);
      continue;
    }
    const type = spec.ResourceTypes[r.Type];
    if (type === undefined) {
      problems.push(`${id}: unknown resource type ${r.Type}`);
      continue;
    }
    checkProps(`${id}`, r.Type, type, props, problems);
  }
  return problems;
}

function checkFunction(id: string, props: Record<string, unknown>, problems: string[]): void {
  const fn = spec.ResourceTypes['AWS::Lambda::Function']!;
  for (const name of [
    'FunctionName',
    'Runtime',
    'Handler',
    'MemorySize',
    'Timeout',
    'ReservedConcurrentExecutions',
    'PackageType',
  ]) {
    if (name in props)
      checkValue(
        `${id}.${name}`,
        'AWS::Lambda::Function',
        fn.Properties![name]!,
        props[name],
        problems,
      );
  }
  if ('ProvisionedConcurrencyConfig' in props)
    checkValue(
      `${id}.ProvisionedConcurrencyConfig`,
      'AWS::Lambda::Alias',
      { Type: 'ProvisionedConcurrencyConfiguration' },
      props.ProvisionedConcurrencyConfig,
      problems,
    );
  if ('EventInvokeConfig' in props) {
    const cfg = { ...(props.EventInvokeConfig as Record<string, unknown>) };
    const dest = cfg.DestinationConfig as Record<string, Record<string, unknown>> | undefined;
    delete cfg.DestinationConfig;
    checkProps(
      `${id}.EventInvokeConfig`,
      'AWS::Lambda::EventInvokeConfig',
      spec.ResourceTypes['AWS::Lambda::EventInvokeConfig']!,
      cfg,
      problems,
    );
    for (const [k, v] of Object.entries(dest ?? {})) {
      const { Type, ...rest } = v;
      if (!['SQS', 'SNS', 'Lambda', 'EventBridge', 'S3Bucket'].includes(String(Type)))
        problems.push(`${id}.EventInvokeConfig.DestinationConfig.${k}.Type: ${String(Type)}`);
      checkValue(
        `${id}.EventInvokeConfig.DestinationConfig.${k}`,
        'AWS::Lambda::EventInvokeConfig',
        { Type: k },
        rest,
        problems,
      );
    }
  }
  const events = (props.Events ?? {}) as Record<
    string,
    { Type: string; Properties: Record<string, unknown> }
  >;
  for (const [evId, ev] of Object.entries(events)) {
    const at = `${id}.Events.${evId}`;
    if (EVENT_SOURCE_TYPES.has(ev.Type)) {
      const esm = spec.ResourceTypes['AWS::Lambda::EventSourceMapping']!;
      for (const [k, v] of Object.entries(ev.Properties)) {
        if (SAM_ONLY.has(k)) continue;
        const p = esm.Properties![k];
        if (p === undefined) {
          problems.push(`${at}.${k}: not a property of an event source mapping`);
          continue;
        }
        if (k === 'DestinationConfig') {
          const onFailure = { ...(v as { OnFailure: Record<string, unknown> }).OnFailure };
          if (!['SQS', 'SNS', 'S3', 'Kafka'].includes(String(onFailure.Type)))
            problems.push(`${at}.DestinationConfig.OnFailure.Type: ${String(onFailure.Type)}`);
          delete onFailure.Type;
          checkValue(
            `${at}.DestinationConfig`,
            'AWS::Lambda::EventSourceMapping',
            p,
            { OnFailure: onFailure },
            problems,
          );
        } else checkValue(`${at}.${k}`, 'AWS::Lambda::EventSourceMapping', p, v, problems);
      }
    }
    if (ev.Type === 'ScheduleV2') {
      for (const k of ['FlexibleTimeWindow', 'RetryPolicy']) {
        if (k in ev.Properties)
          checkValue(
            `${at}.${k}`,
            'AWS::Scheduler::Schedule',
            { Type: k },
            ev.Properties[k],
            problems,
          );
      }
    }
    if (ev.Type === 'EventBridgeRule' || ev.Type === 'Schedule') {
      for (const k of ['RetryPolicy', 'InputTransformer']) {
        if (k in ev.Properties)
          checkValue(`${at}.${k}`, 'AWS::Events::Rule', { Type: k }, ev.Properties[k], problems);
      }
    }
  }
}

function checkProps(
  at: string,
  resourceType: string,
  type: SpecType,
  value: unknown,
  problems: string[],
): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push(`${at}: must be an object`);
    return;
  }
  if (isIntrinsic(value)) return;
  for (const [k, v] of Object.entries(value)) {
    const p = type.Properties?.[k];
    if (p === undefined) problems.push(`${at}.${k}: unknown property of ${resourceType}`);
    else checkValue(`${at}.${k}`, resourceType, p, v, problems);
  }
}

function checkValue(
  at: string,
  resourceType: string,
  p: SpecProperty,
  value: unknown,
  problems: string[],
): void {
  if (isIntrinsic(value)) return;
  if (p.PrimitiveType !== undefined) return checkPrimitive(at, p.PrimitiveType, value, problems);
  if (p.Type === 'List' || p.Type === 'Map') {
    const items = p.Type === 'List' ? value : value;
    if (p.Type === 'List' && !Array.isArray(items))
      return void problems.push(`${at}: must be a list`);
    if (p.Type === 'Map' && (typeof items !== 'object' || items === null || Array.isArray(items)))
      return void problems.push(`${at}: must be a map`);
    for (const [k, item] of Object.entries(items as object)) {
      if (p.PrimitiveItemType !== undefined)
        checkPrimitive(`${at}.${k}`, p.PrimitiveItemType, item, problems);
      else checkValue(`${at}.${k}`, resourceType, { Type: p.ItemType! }, item, problems);
    }
    return;
  }
  const typeName = p.Type!;
  const t = spec.PropertyTypes[`${resourceType}.${typeName}`] ?? spec.PropertyTypes[typeName];
  if (t === undefined)
    return void problems.push(`${at}: no property type ${resourceType}.${typeName}`);
  if (t.PrimitiveType !== undefined) return checkPrimitive(at, t.PrimitiveType, value, problems);
  checkProps(at, resourceType, t, value, problems);
}

function checkPrimitive(at: string, primitive: string, value: unknown, problems: string[]): void {
  if (isIntrinsic(value)) return;
  const ok =
    primitive === 'String' || primitive === 'Timestamp'
      ? typeof value === 'string'
      : primitive === 'Integer' || primitive === 'Long'
        ? Number.isInteger(value)
        : primitive === 'Double'
          ? typeof value === 'number'
          : primitive === 'Boolean'
            ? typeof value === 'boolean'
            : primitive === 'Json'
              ? typeof value === 'object' || typeof value === 'string'
              : false;
  if (!ok) problems.push(`${at}: must be ${primitive}, got ${JSON.stringify(value)}`);
}

function isIntrinsic(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && (keys[0] === 'Ref' || keys[0]!.startsWith('Fn::'));
}
