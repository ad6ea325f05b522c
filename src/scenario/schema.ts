import { z } from 'zod';
import { RUNTIME_IDS } from '../catalog/runtimes';
import { arrivalSchema } from './arrivals-schema';
import { eventBridgeSchema } from './eventbridge-schema';
import { identifier, intIn, numberIn, probability } from './fields';
import { permissionsSchema } from './permissions-schema';
import {
  fileSystemSchema,
  pushCrossFieldChecks,
  pushSourceSchema,
  tracingSchema,
} from './push-schema';
import { brokersSchema, queueIssues, queuesSchema } from './queues-schema';
import { kafkaListSchema, streamsCrossChecks, streamsSchema } from './streams-schema';

/**
 * Scenario document, version 1. One JSON document describes everything a simulation needs;
 * presets, share links, lessons and exports all use it. Field names follow the AWS API where one
 * exists (timeoutSeconds, maximumRetryAttempts, maximumEventAgeInSeconds …).
 */
export const SCENARIO_VERSION = 1;

const DAY_MS = 86_400_000;
/** The largest request or response size a scenario may state: 50 MB. */
export const MAX_PAYLOAD_BYTES = 52_428_800;

export const durationSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('fixed'), ms: intIn(1, 900_000, ' ms') }),
    z.strictObject({
      kind: z.literal('uniform'),
      minMs: intIn(1, 900_000, ' ms'),
      maxMs: intIn(1, 900_000, ' ms'),
    }),
    z.strictObject({
      kind: z.literal('normal'),
      meanMs: intIn(1, 900_000, ' ms'),
      stdDevMs: intIn(0, 900_000, ' ms'),
    }),
  ],
  { error: 'kind must be one of "fixed", "uniform", "normal"' },
);

/** Shapes of a partial batch response: valid, five malformed ones, three that report nothing. */
export const PARTIAL_BATCH_RESPONSES = [
  'valid',
  'null-identifier',
  'empty-identifier',
  'unknown-identifier',
  'wrong-key',
  'invalid-json',
  'empty-list',
  'null-list',
  'empty-response',
] as const;

/** Where a FIFO handler stops after a failed message: the rest of the batch, or of its group. */
export const FIFO_FAILURE_SCOPES = ['batch', 'group'] as const;

/** Fail deterministically on payloads whose field at `path` equals `equals`. */
export const errorWhenSchema = z.strictObject({
  path: z
    .string()
    .regex(/^[A-Za-z0-9_$-]+(\.[A-Za-z0-9_$-]+)*$/, { error: 'must be a dotted field path' }),
  equals: z.union([z.string(), z.number(), z.boolean(), z.null()]),
});

export const behaviourSchema = z
  .strictObject({
    duration: durationSchema.default({ kind: 'fixed', ms: 100 }),
    /** Share of invocations that throw (function error, "Unhandled"). */
    errorRate: probability().default(0),
    /** Share of invocations that hang until the function timeout. */
    timeoutRate: probability().default(0),
    /** Share of invocations whose runtime crashes (error, and the environment resets). */
    crashRate: probability().default(0),
    /** Payloads matching any of these always fail (a "poison" event). */
    errorWhen: z.array(errorWhenSchema).max(10, { error: 'at most 10 predicates' }).default([]),
    /** The first N invocations of the run (handler starts, counted over all versions) throw. */
    failFirst: intIn(0, 1_000).default(0),
    /**
     * Size of what the handler returns, in bytes; left out, a small response. A synchronous
     * caller cannot receive more than 6 MB: a larger response fails the call.
     */
    responseBytes: intIn(0, MAX_PAYLOAD_BYTES, ' bytes').optional(),
    /**
     * With ReportBatchItemFailures, the shape of the handler's partial batch response when it
     * has failures to report; left out, "valid". The malformed shapes fail the whole batch; an
     * empty or null list, or an empty response, counts as complete success.
     */
    partialBatchResponse: z
      .enum(PARTIAL_BATCH_RESPONSES, {
        error: `must be one of ${PARTIAL_BATCH_RESPONSES.map((r) => `"${r}"`).join(', ')}`,
      })
      .optional(),
    /**
     * A passing failure (a dependency that recovers): each message, record or event fails the
     * first `attempts` times the handler reaches it, then succeeds. Counted for each one on its
     * own, not per invocation; `when` narrows it to the bodies its predicates match (empty: all).
     */
    transientFailure: z
      .strictObject({
        attempts: intIn(1, 1_000),
        when: z.array(errorWhenSchema).max(10, { error: 'at most 10 predicates' }).default([]),
      })
      .optional(),
    /**
     * FIFO queues with ReportBatchItemFailures: what the handler reports after a failed message.
     * "batch" (left out): it stops and reports that message and every one after it. "group": it
     * reports that message and the rest of its message group, and carries on with other groups.
     */
    fifoFailureScope: z
      .enum(FIFO_FAILURE_SCOPES, { error: 'must be "batch" or "group"' })
      .optional(),
  })
  .superRefine((b, ctx) => {
    if (b.errorRate + b.timeoutRate + b.crashRate > 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['errorRate'],
        message: 'errorRate + timeoutRate + crashRate must be at most 1',
      });
    }
    if (b.duration.kind === 'uniform' && b.duration.minMs > b.duration.maxMs) {
      ctx.addIssue({
        code: 'custom',
        path: ['duration', 'minMs'],
        message: 'must not be greater than maxMs',
      });
    }
  });

export const queueTargetSchema = z.strictObject({
  type: z.enum(['sqs', 'sns'], { error: 'must be "sqs" or "sns"' }),
  name: identifier,
});

export const destinationSchema = z.strictObject({
  type: z.enum(['sqs', 'sns', 'lambda', 'eventbridge', 's3'], {
    error: 'must be one of "sqs", "sns", "lambda", "eventbridge", "s3"',
  }),
  name: identifier,
});

export const asyncConfigSchema = z.strictObject({
  maximumRetryAttempts: intIn(0, 2).default(2),
  maximumEventAgeInSeconds: intIn(60, 21_600, ' s').default(21_600),
  onSuccess: destinationSchema.optional(),
  onFailure: destinationSchema.optional(),
});

/** The configuration that publishing freezes into a version. */
const versionConfigShape = {
  runtime: z.enum(RUNTIME_IDS, { error: `must be one of ${RUNTIME_IDS.join(', ')}` }),
  packageType: z.enum(['zip', 'image'], { error: 'must be "zip" or "image"' }),
  memoryMb: intIn(128, 10_240, ' MB'),
  timeoutSeconds: intIn(1, 900, ' s'),
  behaviour: behaviourSchema,
  deadLetterQueue: queueTargetSchema.optional(),
};

export const publishedVersionSchema = z.strictObject({
  version: intIn(1, 1_000_000),
  description: z.string().max(256).optional(),
  ...versionConfigShape,
});

export const aliasSchema = z.strictObject({
  name: z
    .string()
    .regex(/^(?!^[0-9]+$)[A-Za-z0-9_-]{1,128}$/, {
      error: 'must be 1–128 letters, digits, "-" or "_", and not a number',
    })
    .refine((n) => n !== '$LATEST', { error: 'cannot be $LATEST' }),
  /** A published version number, or "$LATEST" (only when the alias is not weighted). */
  version: z.union([intIn(1, 1_000_000), z.literal('$LATEST')]),
  /** Weighted routing: this version receives `weight` of the traffic, the primary the rest. */
  routing: z.strictObject({ version: intIn(1, 1_000_000), weight: numberIn(0, 1) }).optional(),
  asyncConfig: asyncConfigSchema.optional(),
});

export const provisionedSchema = z.strictObject({
  /** An alias name or a published version number — never $LATEST. */
  qualifier: z.union([z.string().min(1), intIn(1, 1_000_000)]),
  count: intIn(1, 10_000),
});

export const functionSchema = z.strictObject({
  name: identifier.default('my-function'),
  runtime: versionConfigShape.runtime.default('nodejs'),
  packageType: versionConfigShape.packageType.default('zip'),
  memoryMb: versionConfigShape.memoryMb.default(128),
  timeoutSeconds: versionConfigShape.timeoutSeconds.default(3),
  behaviour: behaviourSchema.default({
    duration: { kind: 'fixed', ms: 100 },
    errorRate: 0,
    timeoutRate: 0,
    crashRate: 0,
    errorWhen: [],
    failFirst: 0,
  }),
  deadLetterQueue: queueTargetSchema.optional(),
  /** EventInvokeConfig of the unqualified function ($LATEST). */
  asyncConfig: asyncConfigSchema.default({
    maximumRetryAttempts: 2,
    maximumEventAgeInSeconds: 21_600,
  }),
  reservedConcurrency: intIn(0, 100_000).optional(),
  versions: z.array(publishedVersionSchema).max(50, { error: 'at most 50 versions' }).default([]),
  aliases: z.array(aliasSchema).max(20, { error: 'at most 20 aliases' }).default([]),
  provisionedConcurrency: z.array(provisionedSchema).max(20).default([]),
  /** EFS access point mounted during Init (the function is attached to the file system's VPC). */
  fileSystem: fileSystemSchema.optional(),
  /** X-Ray tracing mode; left out, PassThrough. */
  tracing: tracingSchema.optional(),
  /**
   * The handler sends each event it processes back to the SQS queue, SNS topic or S3 bucket that
   * invoked it: a recursive loop.
   */
  writesBackToSource: z.boolean().optional(),
  /** PutFunctionRecursionConfig: "Terminate" (left out) stops a detected loop; "Allow" lets it run. */
  recursiveLoop: z
    .enum(['Terminate', 'Allow'], { error: 'must be "Terminate" or "Allow"' })
    .optional(),
});

export const environmentSchema = z.strictObject({
  idleTimeoutMinutes: intIn(1, 60, ' min').default(10),
  maxLifetimeMinutes: intIn(10, 1_440, ' min').default(120),
  provisionedRecycleHours: intIn(1, 24, ' h').default(4),
});

export const accountSchema = z.strictObject({
  concurrencyLimit: intIn(10, 100_000).default(1_000),
  /** "current": 1,000 new environments per 10 s per function; "legacy-burst": pre-Nov-2023. */
  scalingModel: z
    .enum(['current', 'legacy-burst'], { error: 'must be "current" or "legacy-burst"' })
    .default('current'),
  legacyBurstLimit: z
    .union([z.literal(500), z.literal(1000), z.literal(3000)], {
      error: 'must be 500, 1000 or 3000',
    })
    .default(3000),
});

export const callerRetrySchema = z.discriminatedUnion(
  'mode',
  [
    z.strictObject({ mode: z.literal('none') }),
    z.strictObject({
      mode: z.literal('sdk'),
      maxAttempts: intIn(1, 10).default(3),
      baseDelayMs: intIn(1, 10_000, ' ms').default(100),
      maxDelayMs: intIn(1, 120_000, ' ms').default(20_000),
    }),
  ],
  { error: 'mode must be "none" or "sdk"' },
);

export const workloadSchema = z.strictObject({
  id: identifier,
  label: z.string().max(80).optional(),
  arrivals: arrivalSchema,
  /** RequestResponse (sync), Event (async) or DryRun. */
  invocationType: z
    .enum(['RequestResponse', 'Event', 'DryRun'], {
      error: 'must be "RequestResponse", "Event" or "DryRun"',
    })
    .default('RequestResponse'),
  /** "$LATEST" (the unqualified ARN), a published version number, or an alias name. */
  qualifier: z.union([z.string().min(1), intIn(1, 1_000_000)]).default('$LATEST'),
  payload: z.record(z.string(), z.unknown()).default({}),
  /**
   * Size of each request, in bytes, as Invoke counts it; left out, the size of `payload` as JSON.
   * Lets a scenario show a large event without megabytes of text.
   */
  payloadBytes: intIn(1, MAX_PAYLOAD_BYTES, ' bytes').optional(),
  /** Event invocations only: through Invoke (1 MB) or the deprecated InvokeAsync (256 KB). */
  api: z.enum(['Invoke', 'InvokeAsync'], { error: 'must be "Invoke" or "InvokeAsync"' }).optional(),
  /** Sync callers only: what the caller does after a 429 or 5xx. */
  callerRetry: callerRetrySchema.default({ mode: 'none' }),
  /** The AWS service that produces these events and invokes the function itself. */
  source: pushSourceSchema.optional(),
});

export const scenarioSchema = z
  .strictObject({
    version: z.literal(SCENARIO_VERSION, { error: `must be ${SCENARIO_VERSION}` }),
    name: z.string().min(1).max(120).default('Untitled scenario'),
    description: z.string().max(2_000).optional(),
    seed: intIn(0, 4_294_967_295).default(1),
    /** How long to simulate; anything still under way then ends as "in-flight". */
    durationMs: intIn(1, 7 * DAY_MS, ' ms').default(3_600_000),
    /**
     * The timeline normally ends shortly after the last event; true keeps the whole duration
     * (a scenario about waiting, where the empty time is the lesson).
     */
    showWholeDuration: z.boolean().optional(),
    /** Wall-clock moment that simulated time 0 stands for (timestamps in records). */
    startTime: z.iso
      .datetime({ error: 'must be an ISO 8601 UTC time' })
      .default('2026-01-01T00:00:00.000Z'),
    account: accountSchema.default({
      concurrencyLimit: 1_000,
      scalingModel: 'current',
      legacyBurstLimit: 3000,
    }),
    function: functionSchema.default(() => functionSchema.parse({})),
    environment: environmentSchema.default({
      idleTimeoutMinutes: 10,
      maxLifetimeMinutes: 120,
      provisionedRecycleHours: 4,
    }),
    async: z
      .strictObject({
        queueDelayMs: intIn(0, 1_000, ' ms').default(100),
        duplicateRate: probability().default(0),
      })
      .default({ queueDelayMs: 100, duplicateRate: 0 }),
    /** Failures injected into Lambda itself (not into the function's code). */
    faults: z
      .strictObject({
        serviceErrorRate: probability().default(0),
        /**
         * From `fromMs` until `untilMs` Lambda cannot reach any dead-letter queue or destination
         * (the function's and an event source mapping's): what it sends then is lost.
         */
        destinationOutage: z
          .strictObject({
            fromMs: intIn(0, 7 * DAY_MS, ' ms'),
            untilMs: intIn(1, 7 * DAY_MS, ' ms'),
          })
          .refine((o) => o.untilMs > o.fromMs, {
            error: 'untilMs must be after fromMs',
            path: ['untilMs'],
          })
          .optional(),
      })
      .default({ serviceErrorRate: 0 }),
    workloads: z.array(workloadSchema).max(20, { error: 'at most 20 workloads' }).default([]),
    /** EventBridge buses, rules, producers, archives and replays. */
    eventbridge: eventBridgeSchema.optional(),
    /** The function's resource-based policy and execution role; left out, all sources are allowed. */
    permissions: permissionsSchema.optional(),
    streams: streamsSchema.optional(),
    kafka: kafkaListSchema.optional(),
    /** SQS queues with their producers and event source mappings. */
    queues: queuesSchema.optional(),
    /** Amazon MQ brokers with their producers and event source mappings. */
    brokers: brokersSchema.optional(),
  })
  .superRefine(crossFieldChecks);

export type ScenarioInput = z.input<typeof scenarioSchema>;
export type Scenario = z.output<typeof scenarioSchema>;
export type FunctionConfig = Scenario['function'];
export type PublishedVersion = FunctionConfig['versions'][number];
export type Alias = FunctionConfig['aliases'][number];
export type Behaviour = z.output<typeof behaviourSchema>;
export type Workload = Scenario['workloads'][number];
export type AsyncConfig = z.output<typeof asyncConfigSchema>;
export type Destination = z.output<typeof destinationSchema>;
export type QueueTarget = z.output<typeof queueTargetSchema>;
export type {
  EventBridgeConfig,
  EventBridgeProducer,
  EventBridgeRule,
  EventBridgeTarget,
  TargetInput,
} from './eventbridge-schema';

type Ctx = z.core.$RefinementCtx<z.output<z.ZodObject>>;

/** Rules that span several fields: versions, aliases, provisioned and reserved concurrency. */
function crossFieldChecks(s: Scenario, ctx: Ctx): void {
  const fn = s.function;
  const published = new Set<number>();
  fn.versions.forEach((v, i) => {
    if (published.has(v.version)) {
      ctx.addIssue({
        code: 'custom',
        path: ['function', 'versions', i, 'version'],
        message: `version ${v.version} is published twice; version numbers are never reused`,
      });
    }
    published.add(v.version);
  });

  const aliasNames = new Set<string>();
  fn.aliases.forEach((a, i) => {
    const at = ['function', 'aliases', i];
    if (aliasNames.has(a.name)) {
      ctx.addIssue({
        code: 'custom',
        path: [...at, 'name'],
        message: `alias "${a.name}" is defined twice`,
      });
    }
    aliasNames.add(a.name);
    if (a.version !== '$LATEST' && !published.has(a.version)) {
      ctx.addIssue({
        code: 'custom',
        path: [...at, 'version'],
        message: `version ${a.version} is not published (published: ${listOrNone(published)})`,
      });
    }
    if (a.routing) {
      if (a.version === '$LATEST') {
        ctx.addIssue({
          code: 'custom',
          path: [...at, 'version'],
          message: 'a weighted alias must point to published versions, not $LATEST',
        });
      }
      if (!published.has(a.routing.version)) {
        ctx.addIssue({
          code: 'custom',
          path: [...at, 'routing', 'version'],
          message: `version ${a.routing.version} is not published (published: ${listOrNone(published)})`,
        });
      }
      if (a.routing.version === a.version) {
        ctx.addIssue({
          code: 'custom',
          path: [...at, 'routing', 'version'],
          message: 'the additional version must differ from the primary version',
        });
      }
    }
  });

  const limit = s.account.concurrencyLimit;
  if (fn.reservedConcurrency !== undefined && fn.reservedConcurrency > limit - 100) {
    ctx.addIssue({
      code: 'custom',
      path: ['function', 'reservedConcurrency'],
      message: `must be from 0 to ${limit - 100}: 100 of the account limit (${limit}) must stay unreserved`,
    });
  }

  let provisionedTotal = 0;
  const pcQualifiers = new Set<string>();
  fn.provisionedConcurrency.forEach((pc, i) => {
    const at = ['function', 'provisionedConcurrency', i, 'qualifier'];
    const q = String(pc.qualifier);
    provisionedTotal += pc.count;
    if (q === '$LATEST') {
      ctx.addIssue({
        code: 'custom',
        path: at,
        message: 'provisioned concurrency needs a published version or an alias, never $LATEST',
      });
    } else if (
      typeof pc.qualifier === 'number' ? !published.has(pc.qualifier) : !aliasNames.has(q)
    ) {
      ctx.addIssue({
        code: 'custom',
        path: at,
        message: `"${q}" is neither a published version nor an alias`,
      });
    }
    if (pcQualifiers.has(q)) {
      ctx.addIssue({
        code: 'custom',
        path: at,
        message: `"${q}" has provisioned concurrency twice`,
      });
    }
    pcQualifiers.add(q);
  });
  const cap = fn.reservedConcurrency ?? limit - 100;
  if (provisionedTotal > cap) {
    ctx.addIssue({
      code: 'custom',
      path: ['function', 'provisionedConcurrency'],
      message:
        fn.reservedConcurrency !== undefined
          ? `provisioned concurrency (${provisionedTotal}) cannot exceed reserved concurrency (${cap})`
          : `provisioned concurrency (${provisionedTotal}) cannot exceed the unreserved account concurrency (${cap})`,
    });
  }

  const workloadIds = new Set<string>();
  s.workloads.forEach((w, i) => {
    const at = ['workloads', i];
    if (workloadIds.has(w.id)) {
      ctx.addIssue({
        code: 'custom',
        path: [...at, 'id'],
        message: `workload "${w.id}" is defined twice`,
      });
    }
    workloadIds.add(w.id);
    const q = w.qualifier;
    const known = q === '$LATEST' || (typeof q === 'number' ? published.has(q) : aliasNames.has(q));
    if (!known) {
      ctx.addIssue({
        code: 'custom',
        path: [...at, 'qualifier'],
        message: `"${q}" is not $LATEST, a published version or an alias`,
      });
    }
    if (w.callerRetry.mode !== 'none' && w.invocationType !== 'RequestResponse') {
      ctx.addIssue({
        code: 'custom',
        path: [...at, 'callerRetry'],
        message: 'a caller retry policy applies to RequestResponse (synchronous) calls only',
      });
    }
    if (w.api === 'InvokeAsync' && (w.invocationType !== 'Event' || w.source !== undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [...at, 'api'],
        message:
          w.source !== undefined
            ? 'a service invokes through Invoke; InvokeAsync is for a workload that calls Lambda itself'
            : 'InvokeAsync sends Event (asynchronous) invocations only',
      });
    }
    if (w.arrivals.kind === 'constant' || w.arrivals.kind === 'poisson') {
      const expected = (w.arrivals.ratePerSecond * w.arrivals.durationMs) / 1000;
      if (expected > 1_000_000) {
        ctx.addIssue({
          code: 'custom',
          path: [...at, 'arrivals'],
          message: `would create about ${Math.round(expected).toLocaleString('en-US')} requests; at most 1,000,000 per workload`,
        });
      }
    }
  });

  s.eventbridge?.rules.forEach((r, i) =>
    r.targets.forEach((t, j) => {
      const q = t.qualifier;
      if (t.type !== 'lambda') return;
      if (q !== '$LATEST' && !(typeof q === 'number' ? published.has(q) : aliasNames.has(q))) {
        ctx.addIssue({
          code: 'custom',
          path: ['eventbridge', 'rules', i, 'targets', j, 'qualifier'],
          message: `"${q}" is not $LATEST, a published version or an alias`,
        });
      }
    }),
  );

  for (const issue of queueIssues(s)) ctx.addIssue({ code: 'custom', ...issue });

  for (const [where, cfg] of [
    [['function', 'asyncConfig'], fn.asyncConfig],
    ...fn.aliases.map(
      (a, i) => [['function', 'aliases', i, 'asyncConfig'], a.asyncConfig] as const,
    ),
  ] as const) {
    if (cfg?.onSuccess?.type === 's3') {
      ctx.addIssue({
        code: 'custom',
        path: [...where, 'onSuccess', 'type'],
        message: 'an S3 bucket can only be an on-failure destination',
      });
    }
  }

  for (const issue of streamsCrossChecks(s)) ctx.addIssue({ code: 'custom', ...issue });

  pushCrossFieldChecks(s, ctx);
}

function listOrNone(set: Set<number>): string {
  return set.size === 0 ? 'none' : [...set].sort((a, b) => a - b).join(', ');
}
