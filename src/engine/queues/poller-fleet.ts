/** A standard SQS mapping starts with this many concurrent batches … */
export const SQS_START_POLLERS = 5;
/** … adds this many a minute while messages wait (before November 2023: 60) … */
export const SQS_STEP_PER_MINUTE = 300;
export const SQS_STEP_PER_MINUTE_LEGACY = 60;
/** … up to this many per mapping. */
export const SQS_MAX_POLLERS = 1_000;
export const SCALE_INTERVAL_MS = 60_000;
/** Provisioned mode: each event poller runs up to this many invocations at once … */
export const SQS_INVOKES_PER_POLLER = 10;
/** … the mapping grows by up to this much concurrency a minute … */
export const SQS_PROVISIONED_STEP_PER_MINUTE = 1_000;
/** … to at most this much. */
export const SQS_PROVISIONED_MAX_CONCURRENCY = 20_000;

/** Provisioned mode's poller range (ProvisionedPollerConfig). */
export interface ProvisionedPollers {
  readonly minimum: number;
  readonly maximum: number;
}

/**
 * How many batches one mapping may run at once, and how that number moves: up by a step each
 * minute of backlog, halved after a failed invocation, back to the start when the queue is quiet.
 * A fleet with no step stays at its size (Amazon MQ).
 */
export class PollerFleet {
  /** Concurrent batches allowed now. */
  target: number;
  /** Batches being gathered or invoked. */
  busy = 0;
  /** A scale-up check is scheduled. */
  tickPending = false;
  /** A batch was throttled since the last check: Lambda backs off instead of growing. */
  throttled = false;

  constructor(
    readonly start: number,
    readonly cap: number,
    readonly step: number,
    /** Set in provisioned mode: the event pollers behind the concurrency. */
    readonly provisioned: ProvisionedPollers | null = null,
  ) {
    this.target = start;
  }

  /** Provisioned mode: the event pollers needed for the concurrency allowed now. */
  get eventPollers(): number {
    return Math.ceil(this.target / SQS_INVOKES_PER_POLLER);
  }

  get free(): boolean {
    return this.busy < this.target;
  }

  /** Should a check be scheduled, now that messages wait with every poller busy? */
  wantsTick(): boolean {
    return this.step > 0 && !this.tickPending && this.target < this.cap;
  }

  /** A minute of backlog has passed: grow by one step, unless a throttle came in meanwhile. */
  grow(): boolean {
    this.tickPending = false;
    if (this.throttled) {
      this.throttled = false;
      return false;
    }
    const before = this.target;
    this.target = Math.min(this.cap, this.target + this.step);
    return this.target !== before;
  }

  /** An invocation failed: half as many batches, never below the start. */
  halve(): boolean {
    if (this.step === 0) return false;
    const before = this.target;
    const half = Math.floor(this.target / 2);
    // Provisioned mode works in whole pollers of 10 invokes each.
    const whole =
      this.provisioned === null
        ? half
        : Math.floor(half / SQS_INVOKES_PER_POLLER) * SQS_INVOKES_PER_POLLER;
    this.target = Math.max(this.start, whole);
    return this.target !== before;
  }

  /** The queue is quiet: back to the start. */
  reset(): boolean {
    const before = this.target;
    this.target = this.start;
    this.throttled = false;
    return this.target !== before;
  }
}

/** The fleet of a standard or FIFO SQS mapping. */
export function sqsFleet(maximumConcurrency: number | undefined, legacy: boolean): PollerFleet {
  const cap = Math.min(SQS_MAX_POLLERS, maximumConcurrency ?? SQS_MAX_POLLERS);
  return new PollerFleet(
    Math.min(SQS_START_POLLERS, cap),
    cap,
    legacy ? SQS_STEP_PER_MINUTE_LEGACY : SQS_STEP_PER_MINUTE,
  );
}

/**
 * A provisioned-mode SQS fleet: its minimum pollers stay ready (10 concurrent invokes each), and
 * it grows by up to 1,000 concurrency a minute to its maximum pollers' worth, at most 20,000.
 */
export function provisionedSqsFleet(p: ProvisionedPollers): PollerFleet {
  const cap = Math.min(SQS_PROVISIONED_MAX_CONCURRENCY, p.maximum * SQS_INVOKES_PER_POLLER);
  return new PollerFleet(
    Math.min(cap, p.minimum * SQS_INVOKES_PER_POLLER),
    cap,
    SQS_PROVISIONED_STEP_PER_MINUTE,
    p,
  );
}

/** Amazon MQ: at most 5 concurrent environments per mapping on ActiveMQ, 1 on RabbitMQ. */
export function mqFleet(engine: 'activemq' | 'rabbitmq'): PollerFleet {
  const n = engine === 'activemq' ? 5 : 1;
  return new PollerFleet(n, n, 0);
}
