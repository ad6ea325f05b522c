import { z } from 'zod';
import { parseSchedule } from '../engine/eventbridge/schedule';
import { atProblem, parseSchedulerExpression } from '../engine/eventbridge/scheduler-expression';
import { isTimeZone } from '../engine/eventbridge/time-zone';
import { validatePattern } from '../engine/eventbridge/pattern';
import { arrivalSchema } from './arrivals-schema';
import { identifier, intIn, probability } from './fields';

/**
 * The EventBridge part of a scenario: buses, rules (event pattern or schedule) with up to five
 * targets each, producers that call PutEvents, and archives with replays.
 */

const json = z.unknown();

export const targetInputSchema = z.discriminatedUnion(
  'mode',
  [
    /** The whole event (the default). */
    z.strictObject({ mode: z.literal('event') }),
    /** InputPath: one part of the event, e.g. "$.detail". */
    z.strictObject({ mode: z.literal('path'), inputPath: z.string().min(1).max(256) }),
    /** Input: a constant JSON value instead of the event. */
    z.strictObject({ mode: z.literal('constant'), input: json }),
    /** InputTransformer: variables read from the event, placed into a template. */
    z.strictObject({
      mode: z.literal('transformer'),
      inputPathsMap: z.record(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/), z.string().min(1)),
      inputTemplate: z.string().min(1).max(8_192),
    }),
  ],
  { error: 'mode must be one of "event", "path", "constant", "transformer"' },
);

export const TARGET_ERRORS = ['THROTTLING', 'TIMEOUT', 'NO_PERMISSIONS', 'NO_RESOURCE'] as const;

export const targetSchema = z.strictObject({
  id: identifier,
  /** The simulated function (invoked asynchronously), or another AWS service that receives it. */
  type: z.enum(['lambda', 'sqs', 'sns', 'stepfunctions', 'logs', 'kinesis'], {
    error: 'must be one of "lambda", "sqs", "sns", "stepfunctions", "logs", "kinesis"',
  }),
  /** Lambda targets: "$LATEST", a published version number or an alias. */
  qualifier: z.union([z.string().min(1), intIn(1, 1_000_000)]).default('$LATEST'),
  /** Other targets: the resource's name (queue, topic, state machine, log group …). */
  name: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9_.\-/:#]{0,255}$/, {
      error: 'must be 1–256 letters, digits or "_ . - / : #", starting with a letter or digit',
    })
    .optional(),
  input: targetInputSchema.default({ mode: 'event' }),
  retryPolicy: z
    .strictObject({
      maximumRetryAttempts: intIn(0, 185).default(185),
      maximumEventAgeInSeconds: intIn(60, 86_400, ' s').default(86_400),
    })
    .default({ maximumRetryAttempts: 185, maximumEventAgeInSeconds: 86_400 }),
  /** A standard SQS queue that receives events EventBridge could not deliver. */
  deadLetterQueue: z.strictObject({ name: identifier }).optional(),
  /** Make deliveries to this target fail, for a while or always. */
  fault: z
    .strictObject({
      error: z.enum(TARGET_ERRORS, { error: `must be one of ${TARGET_ERRORS.join(', ')}` }),
      rate: probability().default(1),
      fromMs: intIn(0, 7 * 86_400_000, ' ms').default(0),
      untilMs: intIn(0, 7 * 86_400_000, ' ms').optional(),
    })
    .optional(),
});

export const ruleSchema = z.strictObject({
  name: identifier,
  bus: z.string().min(1).max(256).default('default'),
  description: z.string().max(512).optional(),
  enabled: z.boolean().default(true),
  eventPattern: z.record(z.string(), z.unknown()).optional(),
  scheduleExpression: z.string().min(1).max(256).optional(),
  targets: z
    .array(targetSchema)
    .min(1, { error: 'a rule needs at least one target' })
    .max(5, { error: 'a rule can have at most 5 targets' }),
});

/**
 * An EventBridge Scheduler schedule: a rate, cron or one-time at() expression evaluated in its time
 * zone, an optional flexible time window, and one target — the simulated function, invoked
 * asynchronously — with the schedule's own retry policy and dead-letter queue.
 */
export const scheduleSchema = z.strictObject({
  name: identifier,
  group: identifier.default('default'),
  description: z.string().max(512).optional(),
  enabled: z.boolean().default(true),
  /** rate(…), cron(…) or at(yyyy-mm-ddThh:mm:ss). */
  scheduleExpression: z.string().min(1).max(256),
  /** IANA time-zone name the expression is read in. */
  timezone: z.string().min(1).max(50).default('UTC'),
  flexibleTimeWindow: z
    .discriminatedUnion(
      'mode',
      [
        z.strictObject({ mode: z.literal('OFF') }),
        z.strictObject({
          mode: z.literal('FLEXIBLE'),
          maximumWindowInMinutes: intIn(1, 1_440, ' min'),
        }),
      ],
      { error: 'mode must be "OFF" or "FLEXIBLE"' },
    )
    .default({ mode: 'OFF' }),
  target: z
    .strictObject({
      /** "$LATEST", a published version number or an alias of the simulated function. */
      qualifier: z.union([z.string().min(1), intIn(1, 1_000_000)]).default('$LATEST'),
      /** The event the function receives: a constant JSON value (templated target's Input). */
      input: json.default({}),
      retryPolicy: z
        .strictObject({
          maximumEventAgeInSeconds: intIn(60, 86_400, ' s').default(86_400),
          maximumRetryAttempts: intIn(0, 185).default(185),
        })
        .default({ maximumEventAgeInSeconds: 86_400, maximumRetryAttempts: 185 }),
      /** A standard SQS queue for invocations the schedule could not deliver. */
      deadLetterQueue: z.strictObject({ name: identifier }).optional(),
      /** Make the invocations fail, for a while or always. */
      fault: z
        .strictObject({
          error: z.enum(TARGET_ERRORS, { error: `must be one of ${TARGET_ERRORS.join(', ')}` }),
          rate: probability().default(1),
          fromMs: intIn(0, 7 * 86_400_000, ' ms').default(0),
          untilMs: intIn(0, 7 * 86_400_000, ' ms').optional(),
        })
        .optional(),
    })
    .default({
      qualifier: '$LATEST',
      input: {},
      retryPolicy: { maximumEventAgeInSeconds: 86_400, maximumRetryAttempts: 185 },
    }),
});

export const producerSchema = z.strictObject({
  id: identifier,
  label: z.string().max(80).optional(),
  bus: z.string().min(1).max(256).default('default'),
  arrivals: arrivalSchema,
  /** The PutEvents entry: the event's source, detail-type, detail and resources. */
  source: z.string().min(1).max(256),
  detailType: z.string().min(1).max(128),
  detail: z.record(z.string(), z.unknown()).default({}),
  resources: z.array(z.string().max(1_600)).max(20).default([]),
  /** Whether the entry sets its Time parameter, which counts 14 bytes towards the size limit. */
  includeTime: z.boolean().default(false),
});

export const busSchema = z.strictObject({
  name: z.string().regex(/^[A-Za-z0-9._\-/]{1,256}$/, {
    error: 'must be 1–256 letters, digits, ".", "_", "-" or "/"',
  }),
  kind: z.enum(['custom', 'partner'], {
    error: 'must be "custom" or "partner" (the default bus always exists)',
  }),
});

export const archiveSchema = z.strictObject({
  name: identifier,
  bus: z.string().min(1).max(256).default('default'),
  eventPattern: z.record(z.string(), z.unknown()).optional(),
});

export const replaySchema = z.strictObject({
  name: identifier,
  archive: identifier,
  /** The window of original event times to replay, in simulated ms. */
  fromMs: intIn(0, 7 * 86_400_000, ' ms'),
  toMs: intIn(1, 7 * 86_400_000, ' ms'),
  /** When the replay starts. */
  atMs: intIn(0, 7 * 86_400_000, ' ms'),
});

export const eventBridgeSchema = z
  .strictObject({
    /**
     * PutEvents entry size limit: 1 MB since January 2026, 256 KB before. The entry counts Source,
     * DetailType, Detail and Resources (and 14 bytes for Time), not the whole event envelope.
     */
    entryLimitKb: z
      .union([z.literal(256), z.literal(1024)], { error: 'must be 256 or 1024' })
      .default(1024),
    buses: z.array(busSchema).max(10).default([]),
    rules: z.array(ruleSchema).max(50, { error: 'at most 50 rules' }).default([]),
    /** EventBridge Scheduler schedules (the successor of scheduled rules). */
    schedules: z.array(scheduleSchema).max(20, { error: 'at most 20 schedules' }).default([]),
    producers: z.array(producerSchema).max(20).default([]),
    archives: z.array(archiveSchema).max(5).default([]),
    replays: z.array(replaySchema).max(10).default([]),
  })
  .superRefine((eb, ctx) => {
    const buses = new Set(['default', ...eb.buses.map((b) => b.name)]);
    eb.buses.forEach((b, i) => {
      if (b.name === 'default')
        ctx.addIssue({
          code: 'custom',
          path: ['buses', i, 'name'],
          message: 'the default bus always exists; do not declare it',
        });
      if (b.kind === 'partner' && !b.name.startsWith('aws.partner/'))
        ctx.addIssue({
          code: 'custom',
          path: ['buses', i, 'name'],
          message: 'a partner bus is named "aws.partner/…"',
        });
    });
    const ruleNames = new Set<string>();
    eb.rules.forEach((r, i) => {
      const at = ['rules', i];
      if (ruleNames.has(`${r.bus}/${r.name}`))
        ctx.addIssue({
          code: 'custom',
          path: [...at, 'name'],
          message: `rule "${r.name}" is defined twice on bus "${r.bus}"`,
        });
      ruleNames.add(`${r.bus}/${r.name}`);
      if (!buses.has(r.bus))
        ctx.addIssue({
          code: 'custom',
          path: [...at, 'bus'],
          message: `bus "${r.bus}" does not exist`,
        });
      if ((r.eventPattern === undefined) === (r.scheduleExpression === undefined))
        ctx.addIssue({
          code: 'custom',
          path: at,
          message: 'a rule has either an eventPattern or a scheduleExpression (one of the two)',
        });
      if (r.eventPattern !== undefined) {
        const v = validatePattern(r.eventPattern);
        if (!v.ok)
          ctx.addIssue({ code: 'custom', path: [...at, 'eventPattern'], message: v.error });
      }
      if (r.scheduleExpression !== undefined) {
        const p = parseSchedule(r.scheduleExpression);
        if (!p.ok)
          ctx.addIssue({ code: 'custom', path: [...at, 'scheduleExpression'], message: p.error });
        if (r.bus !== 'default')
          ctx.addIssue({
            code: 'custom',
            path: [...at, 'scheduleExpression'],
            message: 'scheduled rules run on the default bus only',
          });
      }
      const ids = new Set<string>();
      r.targets.forEach((t, j) => {
        if (ids.has(t.id))
          ctx.addIssue({
            code: 'custom',
            path: [...at, 'targets', j, 'id'],
            message: `target "${t.id}" is defined twice`,
          });
        ids.add(t.id);
        if (t.type !== 'lambda' && t.name === undefined)
          ctx.addIssue({
            code: 'custom',
            path: [...at, 'targets', j, 'name'],
            message: `a ${t.type} target needs the name of its resource`,
          });
        if (t.fault?.untilMs !== undefined && t.fault.untilMs <= t.fault.fromMs)
          ctx.addIssue({
            code: 'custom',
            path: [...at, 'targets', j, 'fault', 'untilMs'],
            message: 'must be after fromMs',
          });
      });
    });
    const scheduleNames = new Set<string>();
    eb.schedules.forEach((sc, i) => {
      const at = ['schedules', i];
      const key = `${sc.group}/${sc.name}`;
      if (scheduleNames.has(key))
        ctx.addIssue({
          code: 'custom',
          path: [...at, 'name'],
          message: `schedule "${sc.name}" is defined twice in group "${sc.group}"`,
        });
      scheduleNames.add(key);
      const zoneOk = isTimeZone(sc.timezone);
      if (!zoneOk)
        ctx.addIssue({
          code: 'custom',
          path: [...at, 'timezone'],
          message: `"${sc.timezone}" is not a time zone name; use an IANA name such as "UTC", "Europe/Paris" or "America/New_York"`,
        });
      const p = parseSchedulerExpression(sc.scheduleExpression);
      if (!p.ok)
        ctx.addIssue({ code: 'custom', path: [...at, 'scheduleExpression'], message: p.error });
      else if (p.schedule.kind === 'at' && zoneOk) {
        const problem = atProblem(p.schedule, sc.timezone);
        if (problem !== null)
          ctx.addIssue({ code: 'custom', path: [...at, 'scheduleExpression'], message: problem });
      }
      const f = sc.target.fault;
      if (f?.untilMs !== undefined && f.untilMs <= f.fromMs)
        ctx.addIssue({
          code: 'custom',
          path: [...at, 'target', 'fault', 'untilMs'],
          message: 'must be after fromMs',
        });
    });
    const producerIds = new Set<string>();
    eb.producers.forEach((p, i) => {
      if (producerIds.has(p.id))
        ctx.addIssue({
          code: 'custom',
          path: ['producers', i, 'id'],
          message: `producer "${p.id}" is defined twice`,
        });
      producerIds.add(p.id);
      if (!buses.has(p.bus))
        ctx.addIssue({
          code: 'custom',
          path: ['producers', i, 'bus'],
          message: `bus "${p.bus}" does not exist`,
        });
    });
    const archives = new Set<string>();
    eb.archives.forEach((a, i) => {
      archives.add(a.name);
      if (!buses.has(a.bus))
        ctx.addIssue({
          code: 'custom',
          path: ['archives', i, 'bus'],
          message: `bus "${a.bus}" does not exist`,
        });
      if (a.eventPattern !== undefined) {
        const v = validatePattern(a.eventPattern);
        if (!v.ok)
          ctx.addIssue({ code: 'custom', path: ['archives', i, 'eventPattern'], message: v.error });
      }
    });
    eb.replays.forEach((r, i) => {
      if (!archives.has(r.archive))
        ctx.addIssue({
          code: 'custom',
          path: ['replays', i, 'archive'],
          message: `archive "${r.archive}" does not exist`,
        });
      if (r.toMs <= r.fromMs)
        ctx.addIssue({
          code: 'custom',
          path: ['replays', i, 'toMs'],
          message: 'must be after fromMs',
        });
      if (r.atMs < r.toMs)
        ctx.addIssue({
          code: 'custom',
          path: ['replays', i, 'atMs'],
          message: 'a replay starts after the end of its window (atMs ≥ toMs)',
        });
    });
  });

export type EventBridgeConfig = z.output<typeof eventBridgeSchema>;
export type EventBridgeRule = EventBridgeConfig['rules'][number];
export type EventBridgeTarget = EventBridgeRule['targets'][number];
export type EventBridgeProducer = EventBridgeConfig['producers'][number];
export type SchedulerSchedule = EventBridgeConfig['schedules'][number];
export type TargetInput = z.output<typeof targetInputSchema>;
