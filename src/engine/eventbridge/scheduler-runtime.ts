import type { EventBridgeConfig, SchedulerSchedule } from '../../scenario/eventbridge-schema';
import type { AsyncPath } from '../async-path';
import type { FunctionModel } from '../function-model';
import { Rng } from '../rng';
import { type Message, type Sim, Task } from '../sim';
import { EVENT_ACCOUNT, EVENT_REGION } from './arns';
import {
  nextSchedulerTimes,
  parseSchedulerExpression,
  skippedWallTimes,
  type SchedulerSchedule as Parsed,
} from './scheduler-expression';
import { formatWall, offsetAt, wallAsUtc, wallTimeAt, type WallTime } from './time-zone';

const BACKOFF_START_MS = 1_000;
const BACKOFF_MAX_MS = 300_000;
const EXPIRE = 1;
const RETRIABLE = new Set(['THROTTLING', 'TIMEOUT']);
const ERROR_MESSAGES: Record<string, string> = {
  THROTTLING: 'Lambda throttled the request (TooManyRequestsException).',
  TIMEOUT: 'The call to Lambda timed out.',
  NO_PERMISSIONS: 'The schedule’s execution role may not call lambda:InvokeFunction.',
  NO_RESOURCE: 'The function does not exist (ResourceNotFoundException).',
};

interface Compiled {
  readonly schedule: SchedulerSchedule;
  readonly index: number;
  readonly parsed: Parsed;
  readonly entity: string;
  readonly arn: string;
  /** Fires a flexible window has put off: when each happens, and its scheduled time (scenario ms). */
  readonly delayed: { at: number; scheduled: number }[];
  /** Wall times the clocks skip before that fire, to report as each one passes. */
  readonly skips: WallTime[];
}

/** A call to the target in flight, with its schedule and its last error. */
interface Delivery {
  readonly s: Compiled;
  lastError: string;
}

/**
 * EventBridge Scheduler inside the simulation: each schedule fires on its rate, cron or at()
 * expression in its own time zone (spring-forward gaps skipped, fall-back repeats fired once),
 * optionally later within a flexible time window, and invokes the function asynchronously, with
 * the schedule's own retry policy and dead-letter queue.
 */
export class SchedulerRuntime {
  private readonly schedules: Compiled[];
  private readonly deliveries = new Map<number, Delivery>();
  private readonly rng: Rng;
  private readonly startEpoch: number;

  constructor(
    private readonly sim: Sim,
    private readonly fn: FunctionModel,
    private readonly lambdaAsync: AsyncPath,
    config: EventBridgeConfig,
  ) {
    // Its own random stream: editing rules or producers never moves the flexible windows.
    this.rng = new Rng((sim.scenario.seed ^ 0x5c4ed01e) >>> 0);
    this.startEpoch = Date.parse(sim.scenario.startTime);
    this.schedules = config.schedules.flatMap((schedule, index) => {
      const p = parseSchedulerExpression(schedule.scheduleExpression);
      if (!p.ok) return [];
      return [
        {
          schedule,
          index,
          parsed: p.schedule,
          entity: `schedule:${schedule.name}`,
          arn: `arn:aws:scheduler:${EVENT_REGION}:${EVENT_ACCOUNT}:schedule/${schedule.group}/${schedule.name}`,
          delayed: [],
          skips: [],
        },
      ];
    });
  }

  get count(): number {
    return this.schedules.length;
  }

  /** Schedule each enabled schedule's first fire. */
  start(): void {
    for (const s of this.schedules) {
      if (!s.schedule.enabled) continue;
      // A rate() without a start date fires at once; cron() and at() fire on the clock, 0 included.
      const next = nextSchedulerTimes(
        s.parsed,
        s.schedule.timezone,
        this.startEpoch - 1,
        1,
        this.startEpoch,
      )[0];
      this.plan(s, next, this.startEpoch - 1);
    }
  }

  /**
   * A scheduled time has come: fire now, or (flexible window) at a seeded moment within the
   * window; then put the next scheduled time on the clock.
   */
  tick(index: number): void {
    const sim = this.sim;
    const s = this.byIndex(index);
    const scheduled = sim.now;
    const flexible = s.schedule.flexibleTimeWindow;
    if (flexible.mode === 'FLEXIBLE') {
      const at =
        scheduled + Math.floor(this.rng.next() * flexible.maximumWindowInMinutes * 60) * 1000;
      s.delayed.push({ at, scheduled });
      sim.schedule(at, Task.SchedulerWindowFire, null, null, index);
    } else {
      this.fire(s, scheduled);
    }
    const epoch = this.startEpoch + scheduled;
    const next = nextSchedulerTimes(s.parsed, s.schedule.timezone, epoch, 1, this.startEpoch)[0];
    this.plan(s, next, epoch);
  }

  /** A fire a flexible window put off is due. */
  windowFire(index: number): void {
    const s = this.byIndex(index);
    const i = s.delayed.findIndex((d) => d.at === this.sim.now);
    const [due] = s.delayed.splice(i, 1);
    this.fire(s, due!.scheduled);
  }

  private byIndex(index: number): Compiled {
    return this.schedules.find((c) => c.index === index)!;
  }

  /** The schedule invokes its target for the time `scheduled` (scenario ms). */
  private fire(s: Compiled, scheduled: number): void {
    const sim = this.sim;
    const epoch = this.startEpoch + scheduled;
    const tz = s.schedule.timezone;
    const m = sim.newMessageFrom(
      s.entity,
      -1,
      'target',
      String(s.schedule.target.qualifier),
      s.schedule.target.input,
      -1,
      -1,
    );
    sim.emit('scheduler.fired', m, s.entity, 'lambda', firedRule(s.parsed), null, '', {
      schedule: s.schedule.name,
      timezone: tz,
      scheduledTime: new Date(epoch).toISOString(),
      localTime: formatWall(wallTimeAt(epoch, tz)),
      windowDelayMs: sim.now - scheduled,
    });
    this.deliveries.set(m.id, { s, lastError: '' });
    this.attempt(m, 0);
  }

  /** A call to the target (first or retry) is due; n = EXPIRE when the event aged out. */
  attempt(m: Message, n: number): void {
    const d = this.deliveries.get(m.id)!;
    if (n === EXPIRE) return this.giveUp(m, d, 'MaximumEventAgeInSeconds', d.lastError);
    const fault = d.s.schedule.target.fault;
    const now = this.sim.now;
    const failing =
      fault !== undefined &&
      now >= fault.fromMs &&
      (fault.untilMs === undefined || now < fault.untilMs) &&
      (fault.rate >= 1 || this.rng.next() < fault.rate);
    if (!failing) return this.delivered(m, d);
    this.failed(m, d, fault.error);
  }

  /** A cron() time the clocks jumped over has passed: say so, without firing. */
  skip(index: number): void {
    const s = this.byIndex(index);
    const wall = s.skips.shift()!;
    this.sim.emit(
      'scheduler.skipped',
      null,
      s.entity,
      s.entity,
      'scheduler.daylight-saving',
      null,
      '',
      {
        schedule: s.schedule.name,
        timezone: s.schedule.timezone,
        localTime: formatWall(wall),
        reason: 'that time does not exist on that day: the clocks spring forward over it',
      },
    );
  }

  /** Put the next fire on the clock, and any cron() times the clocks skip on the way. */
  private plan(s: Compiled, next: number | undefined, afterEpoch: number): void {
    const sim = this.sim;
    const end = this.startEpoch + sim.scenario.durationMs;
    const until = next === undefined ? end : Math.min(next, end);
    for (const wall of skippedWallTimes(s.parsed, s.schedule.timezone, afterEpoch, until)) {
      // Reported when that wall time would have come had the clocks not moved (the old offset).
      const asUtc = wallAsUtc(wall);
      const t = asUtc - offsetAt(asUtc - 86_400_000, s.schedule.timezone) - this.startEpoch;
      if (t < sim.now || t > sim.scenario.durationMs) continue;
      s.skips.push(wall);
      sim.schedule(t, Task.SchedulerSkip, null, null, s.index);
    }
    if (next === undefined) return;
    const t = next - this.startEpoch;
    if (t > sim.scenario.durationMs) return;
    sim.schedule(t, Task.SchedulerFire, null, null, s.index);
  }

  private delivered(m: Message, d: Delivery): void {
    const sim = this.sim;
    sim.emit('scheduler.delivered', m, d.s.entity, 'lambda', 'scheduler.lambda-async', null, '', {
      schedule: d.s.schedule.name,
      statusCode: 202,
      input: m.payload,
    });
    this.deliveries.delete(m.id);
    sim.settle(m, 'delivered', 'scheduler.lambda-async');
    // From here on it is Lambda's own asynchronous event, with its own retries and event age.
    const event = sim.newMessageFrom(d.s.entity, -1, 'async', m.qualifier, m.payload, -1, m.id);
    this.lambdaAsync.arrive(event);
  }

  private failed(m: Message, d: Delivery, errorCode: string): void {
    const sim = this.sim;
    const retriable = RETRIABLE.has(errorCode);
    m.lastStatus = retriable ? 429 : 403;
    d.lastError = errorCode;
    sim.emit(
      'scheduler.target-failed',
      m,
      'lambda',
      d.s.entity,
      retriable ? 'scheduler.retry-policy' : 'scheduler.non-retriable',
      null,
      '',
      {
        schedule: d.s.schedule.name,
        errorCode,
        errorMessage: ERROR_MESSAGES[errorCode],
        retriable,
      },
    );
    if (!retriable) return this.giveUp(m, d, undefined, errorCode);
    const policy = d.s.schedule.target.retryPolicy;
    const retriesUsed = m.attempt - 1;
    if (retriesUsed >= policy.maximumRetryAttempts)
      return this.giveUp(m, d, 'MaximumRetryAttempts', errorCode);
    const delayMs = Math.min(BACKOFF_MAX_MS, BACKOFF_START_MS * 2 ** retriesUsed);
    m.attempt++;
    sim.emit('scheduler.retry', m, d.s.entity, 'lambda', 'scheduler.retry-policy', null, '', {
      schedule: d.s.schedule.name,
      delayMs,
      retryNumber: retriesUsed + 1,
      maxRetries: policy.maximumRetryAttempts,
      errorCode,
    });
    const deadline = m.createdAt + policy.maximumEventAgeInSeconds * 1000;
    const at = sim.now + delayMs;
    if (at > deadline)
      sim.schedule(Math.max(deadline, sim.now), Task.SchedulerDeliver, m, null, EXPIRE);
    else sim.schedule(at, Task.SchedulerDeliver, m, null);
  }

  /** No more tries: the schedule's dead-letter queue, or nowhere. */
  private giveUp(m: Message, d: Delivery, exhausted: string | undefined, errorCode: string): void {
    const sim = this.sim;
    this.deliveries.delete(m.id);
    const dlq = d.s.schedule.target.deadLetterQueue;
    if (dlq) {
      const attributes: Record<string, string> = {
        SCHEDULE_ARN: d.s.arn,
        TARGET_ARN: this.fn.arn(m.qualifier),
        ERROR_CODE: errorCode,
        ERROR_MESSAGE: ERROR_MESSAGES[errorCode] ?? errorCode,
        RETRY_ATTEMPTS: String(m.attempt - 1),
      };
      if (exhausted) attributes.EXHAUSTED_RETRY_CONDITION = exhausted;
      sim.emit(
        'scheduler.dlq',
        m,
        d.s.entity,
        `target-dlq:${dlq.name}`,
        'scheduler.dlq',
        null,
        '',
        {
          schedule: d.s.schedule.name,
          target: dlq.name,
          targetType: 'sqs',
          attributes,
        },
      );
      sim.settle(m, 'dlq', 'scheduler.dlq', [`scheduler-dlq:sqs:${dlq.name}`]);
      return;
    }
    sim.emit('scheduler.dropped', m, d.s.entity, d.s.entity, 'scheduler.dropped', null, '', {
      schedule: d.s.schedule.name,
      errorCode,
      reason: exhausted ?? 'non-retriable error',
    });
    sim.settle(m, 'dropped', 'scheduler.dropped');
  }
}

function firedRule(p: Parsed): 'scheduler.one-time' | 'scheduler.schedule' {
  return p.kind === 'at' ? 'scheduler.one-time' : 'scheduler.schedule';
}
