import { z } from 'zod';
import { serviceById } from '../catalog/services';
import { identifier, intIn, numberIn, probability } from './fields';
import type { Scenario } from './schema';

/**
 * A workload's `source`: the AWS service that produces its events and calls the function itself.
 * One variant per service of the catalog, each with that service's own settings, AWS ranges and
 * defaults. The service decides how it invokes (its catalog model), so `invocationType` of such a
 * workload is ignored; `arrivals` say when the service produces events, and an empty `payload` means
 * the catalog's sample event. `resource` names the bucket, topic, API … behind the AWS:SourceArn
 * the resource-based policy is checked against.
 */

const DAY_MS = 86_400_000;

const resourceName = z
  .string({ error: 'must be a resource name' })
  .regex(/^[A-Za-z0-9/][A-Za-z0-9_.:/-]{0,127}$/, {
    error: 'must be 1–128 letters, digits, "_", ".", ":", "/" or "-"',
  });
const resource = (name: string) => resourceName.default(name);

/** For services that call Invoke through an IAM role of their own (not the function's policy). */
const invokerRoleAllows = z
  .boolean({ error: 'must be true or false' })
  .default(true)
  .describe('the calling service’s own IAM role allows lambda:InvokeFunction');

const apiGatewaySource = z.strictObject({
  service: z.literal('api-gateway'),
  resource: resource('a1b2c3d4e5'),
  kind: z.enum(['rest', 'http'], { error: 'must be "rest" or "http"' }).default('rest'),
  /** Default 29,000 ms for REST, 30,000 ms for HTTP APIs. */
  integrationTimeoutMs: intIn(50, 900_000, ' ms').optional(),
  /** Share of successful invocations whose proxy response is not in the expected shape. */
  malformedResponseRate: probability().default(0),
});

const albSource = z.strictObject({
  service: z.literal('alb'),
  resource: resource('orders-fn'),
  malformedResponseRate: probability().default(0),
});

const functionUrlSource = z.strictObject({
  service: z.literal('function-url'),
  authType: z.enum(['NONE', 'AWS_IAM'], { error: 'must be "NONE" or "AWS_IAM"' }).default('NONE'),
});

const cognitoSource = z.strictObject({
  service: z.literal('cognito'),
  resource: resource('us-east-1_Ab12Cd34E'),
  triggerSource: z
    .enum(
      [
        'PreSignUp_SignUp',
        'PostConfirmation_ConfirmSignUp',
        'PreAuthentication_Authentication',
        'PostAuthentication_Authentication',
        'TokenGeneration_Authentication',
        'UserMigration_Authentication',
        'CustomMessage_SignUp',
      ],
      { error: 'must be a user pool trigger source such as "PreSignUp_SignUp"' },
    )
    .default('PreSignUp_SignUp'),
});

export const EDGE_EVENT_TYPES = [
  'viewer-request',
  'viewer-response',
  'origin-request',
  'origin-response',
] as const;

const lambdaEdgeSource = z.strictObject({
  service: z.literal('lambda-edge'),
  resource: resource('E2QWRUHAPOMQZL'),
  eventType: z
    .enum(EDGE_EVENT_TYPES, { error: `must be one of ${EDGE_EVENT_TYPES.join(', ')}` })
    .default('viewer-request'),
  malformedResponseRate: probability().default(0),
});

const firehoseSource = z.strictObject({
  service: z.literal('firehose'),
  resource: resource('app-logs'),
  bufferSizeMb: numberIn(0.2, 3, ' MB').default(1),
  bufferIntervalSeconds: intIn(0, 900, ' s').default(60),
  /** Size of each record the stream receives (one per arrival). */
  recordSizeKb: intIn(1, 1_000, ' KB').default(1),
  /** Retries of a failed transformation call (NumberOfRetries). */
  retries: intIn(0, 300).default(3),
  /** Share of records the function returns as Dropped, and as ProcessingFailed. */
  droppedRate: probability().default(0),
  processingFailedRate: probability().default(0),
  invokerRoleAllows,
});

const s3BatchSource = z.strictObject({
  service: z.literal('s3-batch'),
  resource: resource('rescan-archive'),
  /** Objects in each job's manifest: one task, one call, each. */
  tasksPerJob: intIn(1, 10_000).default(10),
  maxConcurrentTasks: intIn(1, 1_000).default(10),
  /** Share of successful calls whose result is TemporaryFailure, and PermanentFailure. */
  temporaryFailureRate: probability().default(0),
  permanentFailureRate: probability().default(0),
  /** Calls per task at most when the function keeps answering TemporaryFailure. */
  maxAttemptsPerTask: intIn(1, 10).default(3),
  invokerRoleAllows,
});

const secretsManagerSource = z.strictObject({
  service: z.literal('secrets-manager'),
  resource: resource('prod/orders-db-AbCdEf'),
});

const lexSource = z.strictObject({
  service: z.literal('lex'),
  resource: resource('BookTable'),
  codeHook: z
    .enum(['DialogCodeHook', 'FulfillmentCodeHook'], {
      error: 'must be "DialogCodeHook" or "FulfillmentCodeHook"',
    })
    .default('FulfillmentCodeHook'),
});

const connectSource = z.strictObject({
  service: z.literal('connect'),
  resource: resource('6d1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b'),
  /** The block's Timeout for a synchronous call. */
  timeoutSeconds: intIn(1, 8, ' s').default(3),
});

const alexaSource = z.strictObject({
  service: z.literal('alexa'),
  resource: resource('amzn1.ask.skill.8f3c6b2a-0d4e-4c1f-9a7b-5e2d1c0b9a8f'),
});

const stepFunctionsSource = z.strictObject({
  service: z.literal('step-functions'),
  resource: resource('order-flow'),
  invocationType: z
    .enum(['RequestResponse', 'Event'], { error: 'must be "RequestResponse" or "Event"' })
    .default('RequestResponse'),
  /** TimeoutSeconds of the Task state; without it the Task waits as long as the function runs. */
  timeoutSeconds: intIn(1, 86_400, ' s').optional(),
  /** The Task state's Retry for Lambda errors. */
  retry: z
    .strictObject({
      maxAttempts: intIn(0, 99).default(3),
      intervalSeconds: intIn(1, 3_600, ' s').default(1),
      backoffRate: numberIn(1, 10).default(2),
    })
    .optional(),
  /** A Catch on the Task state sends a failed execution to a fallback state. */
  catch: z.boolean({ error: 'must be true or false' }).default(false),
  invokerRoleAllows,
});

const s3Source = z.strictObject({
  service: z.literal('s3'),
  resource: resource('photo-uploads'),
  /** Time from the object change to the event reaching Lambda (drawn per event). */
  deliveryDelayMs: z
    .strictObject({
      minMs: intIn(0, 600_000, ' ms').default(500),
      maxMs: intIn(0, 600_000, ' ms').default(2_000),
    })
    .default({ minMs: 500, maxMs: 2_000 }),
  /** Share of events that take a minute or more instead. */
  lateRate: probability().default(0),
  /** Share of events S3 sends twice (at-least-once delivery). */
  duplicateRate: probability().default(0),
});

const snsSource = z.strictObject({
  service: z.literal('sns'),
  resource: resource('order-events'),
  /** The subscription's dead-letter queue (a standard SQS queue). */
  subscriptionDlq: z.strictObject({ name: identifier }).optional(),
  /** A window in which Lambda answers SNS with server-side errors (unreachable). */
  unavailable: z
    .strictObject({
      fromMs: intIn(0, 7 * DAY_MS, ' ms').default(0),
      untilMs: intIn(1, 7 * DAY_MS, ' ms').optional(),
    })
    .optional(),
});

const cloudwatchLogsSource = z.strictObject({
  service: z.literal('cloudwatch-logs'),
  resource: resource('/aws/lambda/checkout'),
});

const cloudformationSource = z.strictObject({
  service: z.literal('cloudformation'),
  resource: resource('web-app'),
  requestType: z
    .enum(['Create', 'Update', 'Delete'], { error: 'must be "Create", "Update" or "Delete"' })
    .default('Create'),
  /** What the function PUTs to the ResponseURL when its invocation succeeds ("none": it forgets). */
  response: z
    .enum(['SUCCESS', 'FAILED', 'none'], { error: 'must be "SUCCESS", "FAILED" or "none"' })
    .default('SUCCESS'),
  serviceTimeoutSeconds: intIn(1, 3_600, ' s').default(3_600),
  invokerRoleAllows,
});

const codecommitSource = z.strictObject({
  service: z.literal('codecommit'),
  resource: resource('shop-frontend'),
});

const codepipelineSource = z.strictObject({
  service: z.literal('codepipeline'),
  resource: resource('shop-pipeline'),
  /** What the function reports when its invocation succeeds ("none": it never calls back). */
  result: z
    .enum(['success', 'failure', 'none'], { error: 'must be "success", "failure" or "none"' })
    .default('success'),
  invokerRoleAllows,
});

const configSource = z.strictObject({
  service: z.literal('config'),
  resource: resource('buckets-have-owner-tag'),
  trigger: z
    .enum(['change', 'periodic'], { error: 'must be "change" or "periodic"' })
    .default('change'),
  /** Periodic rules: MaximumExecutionFrequency in hours. */
  frequencyHours: z
    .union([z.literal(1), z.literal(3), z.literal(6), z.literal(12), z.literal(24)], {
      error: 'must be 1, 3, 6, 12 or 24',
    })
    .default(24),
  /** What the function sends with PutEvaluations ("none": it never calls PutEvaluations). */
  evaluation: z
    .enum(['COMPLIANT', 'NON_COMPLIANT', 'none'], {
      error: 'must be "COMPLIANT", "NON_COMPLIANT" or "none"',
    })
    .default('COMPLIANT'),
});

const iotSource = z.strictObject({
  service: z.literal('iot'),
  resource: resource('telemetry_to_lambda'),
  /** The rule's errorAction: where messages go when the Lambda action fails. */
  errorAction: z
    .strictObject({
      type: z.enum(['sqs', 'sns', 's3', 'logs'], {
        error: 'must be one of "sqs", "sns", "s3", "logs"',
      }),
      name: identifier,
    })
    .optional(),
});

const iotEventsSource = z.strictObject({
  service: z.literal('iot-events'),
  resource: resource('pump-monitor'),
});

const sesSource = z.strictObject({
  service: z.literal('ses'),
  resource: resource('to-lambda'),
  invocationType: z
    .enum(['Event', 'RequestResponse'], { error: 'must be "Event" or "RequestResponse"' })
    .default('Event'),
  /** RequestResponse only: what the function returns for the rest of the rule set. */
  disposition: z
    .enum(['CONTINUE', 'STOP_RULE', 'STOP_RULE_SET'], {
      error: 'must be "CONTINUE", "STOP_RULE" or "STOP_RULE_SET"',
    })
    .default('CONTINUE'),
});

const SOURCES = [
  apiGatewaySource,
  albSource,
  functionUrlSource,
  cognitoSource,
  lambdaEdgeSource,
  firehoseSource,
  s3BatchSource,
  secretsManagerSource,
  lexSource,
  connectSource,
  alexaSource,
  stepFunctionsSource,
  s3Source,
  snsSource,
  cloudwatchLogsSource,
  cloudformationSource,
  codecommitSource,
  codepipelineSource,
  configSource,
  iotSource,
  iotEventsSource,
  sesSource,
] as const;

/** Catalog ids a workload's `source` may name. */
export const PUSH_SOURCE_SERVICES = SOURCES.map((s) => s.shape.service.value);

export const pushSourceSchema = z.discriminatedUnion('service', SOURCES, {
  error: `service must be one of ${PUSH_SOURCE_SERVICES.map((s) => `"${s}"`).join(', ')} (EventBridge is configured under "eventbridge")`,
});

export type PushSource = z.output<typeof pushSourceSchema>;
export type PushServiceId = PushSource['service'];
export type PushSourceOf<S extends PushServiceId> = Extract<PushSource, { service: S }>;

/** EFS: an access point the function mounts during Init (the function is attached to its VPC). */
export const fileSystemSchema = z.strictObject({
  accessPointArn: z
    .string()
    .regex(/^arn:aws:elasticfilesystem:[a-z0-9-]+:\d{12}:access-point\/fsap-[0-9a-f]{8,40}$/, {
      error: 'must be an EFS access point ARN (arn:aws:elasticfilesystem:…:access-point/fsap-…)',
    })
    .default(
      'arn:aws:elasticfilesystem:us-east-1:123456789012:access-point/fsap-0123456789abcdef0',
    ),
  localMountPath: z
    .string()
    .regex(/^\/mnt\/[A-Za-z0-9._-]{1,64}$/, {
      error: 'must be a path under /mnt, like "/mnt/data"',
    })
    .default('/mnt/shared'),
});

/** X-Ray: PassThrough only forwards a caller's trace header; Active samples requests itself. */
export const tracingSchema = z.enum(['PassThrough', 'Active'], {
  error: 'must be "PassThrough" or "Active"',
});

type Ctx = z.core.$RefinementCtx<z.output<z.ZodObject>>;

/** Checks between a workload's source and the rest of the scenario (called by crossFieldChecks). */
export function pushCrossFieldChecks(s: Scenario, ctx: Ctx): void {
  s.workloads.forEach((w, i) => {
    const src = w.source;
    if (src === undefined) return;
    const at = ['workloads', i];
    const issue = (path: readonly (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path: [...at, ...path], message });
    const name = serviceById(src.service)?.shortName ?? src.service;

    if (w.invocationType === 'DryRun') {
      issue(
        ['invocationType'],
        `${name} decides how it invokes the function; it never sends DryRun`,
      );
    } else if (w.invocationType === 'Event') {
      if (src.service === 'ses' || src.service === 'step-functions') {
        if (src.invocationType !== 'Event')
          issue(
            ['invocationType'],
            `${name} chooses its invocation type itself: set source.invocationType to "Event" instead`,
          );
      } else if (serviceById(src.service)?.invocation === 'sync') {
        issue(
          ['invocationType'],
          `${name} invokes the function synchronously; leave invocationType out, the service decides`,
        );
      }
    }
    if (w.callerRetry.mode !== 'none') {
      issue(
        ['callerRetry'],
        `${name} applies its own retry rules; callerRetry is for plain callers`,
      );
    }

    switch (src.service) {
      case 'api-gateway':
        if (src.kind === 'http' && (src.integrationTimeoutMs ?? 0) > 30_000)
          issue(
            ['source', 'integrationTimeoutMs'],
            'an HTTP API waits at most 30,000 ms for its integration',
          );
        break;
      case 'lambda-edge':
        edgeChecks(s, w.qualifier, src.eventType, issue);
        break;
      case 'config':
        if (
          src.trigger === 'periodic' &&
          !(w.arrivals.kind === 'single' && w.arrivals.atMs.length === 1)
        )
          issue(
            ['arrivals'],
            `a periodic rule runs every ${src.frequencyHours} h from its first evaluation: give arrivals as { "kind": "single", "atMs": [start] }`,
          );
        break;
      case 's3':
        if (src.deliveryDelayMs.minMs > src.deliveryDelayMs.maxMs)
          issue(['source', 'deliveryDelayMs', 'minMs'], 'must not be greater than maxMs');
        break;
      case 'sns':
        if (
          src.unavailable?.untilMs !== undefined &&
          src.unavailable.untilMs <= src.unavailable.fromMs
        )
          issue(['source', 'unavailable', 'untilMs'], 'must be after fromMs');
        break;
      case 'firehose':
        if (src.droppedRate + src.processingFailedRate > 1)
          issue(['source', 'droppedRate'], 'droppedRate + processingFailedRate must be at most 1');
        break;
      case 's3-batch':
        if (src.temporaryFailureRate + src.permanentFailureRate > 1)
          issue(
            ['source', 'temporaryFailureRate'],
            'temporaryFailureRate + permanentFailureRate must be at most 1',
          );
        break;
    }
  });
}

/** Lambda@Edge runs a numbered version within the trigger's time and memory limits, without a VPC. */
function edgeChecks(
  s: Scenario,
  qualifier: string | number,
  eventType: (typeof EDGE_EVENT_TYPES)[number],
  issue: (path: readonly (string | number)[], message: string) => void,
): void {
  if (typeof qualifier !== 'number') {
    issue(
      ['qualifier'],
      'Lambda@Edge needs a numbered version of the function, never $LATEST or an alias',
    );
    return;
  }
  const v = s.function.versions.find((x) => x.version === qualifier);
  if (v === undefined) return; // reported by the general qualifier check
  const viewer = eventType.startsWith('viewer');
  const maxSeconds = viewer ? 5 : 30;
  if (v.timeoutSeconds > maxSeconds)
    issue(
      ['qualifier'],
      `version ${qualifier} has a ${v.timeoutSeconds} s timeout; ${eventType} triggers allow at most ${maxSeconds} s`,
    );
  if (viewer && v.memoryMb > 128)
    issue(
      ['qualifier'],
      `version ${qualifier} has ${v.memoryMb} MB; viewer triggers allow at most 128 MB`,
    );
  if (s.function.fileSystem !== undefined)
    issue(
      ['source', 'service'],
      'Lambda@Edge functions cannot use a VPC, so they cannot mount EFS',
    );
}
