import type { RuleId } from '../catalog/rules';
import type { Scenario } from '../scenario/schema';

/** Why Lambda refused a request before running it: a throttle (429) or a service error (500). */
export interface Throttle {
  readonly reason: string;
  readonly rule: RuleId;
  readonly status: 429 | 500;
}

const SCALE_TOKENS = 1000; // new environments per function …
const SCALE_WINDOW_MS = 10_000; // … every 10 s, refilled continuously, not banked
const LEGACY_STEP = 500; // old model: +500 environments …
const LEGACY_STEP_MS = 60_000; // … per minute after the initial burst

/**
 * Concurrency limits and scaling: account limit, reserved concurrency, provisioned allocation,
 * and how fast new on-demand environments may be added.
 */
export class Capacity {
  /** Busy on-demand environments (initialising or running). */
  onDemandBusy = 0;
  /** Busy provisioned environments. */
  provisionedBusy = 0;
  private readonly onDemandCap: number;
  private readonly reserved: number | undefined;
  private readonly legacy: boolean;
  private readonly burst: number;
  private tokens = SCALE_TOKENS;
  private tokensAt = 0;
  private episodeStart = -1;

  constructor(s: Scenario, provisionedTotal: number) {
    this.reserved = s.function.reservedConcurrency;
    // Provisioned environments count toward the reserved (or account) concurrency they come from.
    this.onDemandCap = Math.max(
      0,
      (this.reserved ?? s.account.concurrencyLimit) - provisionedTotal,
    );
    this.legacy = s.account.scalingModel === 'legacy-burst';
    this.burst = s.account.legacyBurstLimit;
  }

  get busy(): number {
    return this.onDemandBusy + this.provisionedBusy;
  }

  /** Why an on-demand request cannot run now, or null if it may (given an environment). */
  onDemandThrottle(): Throttle | null {
    if (this.onDemandBusy < this.onDemandCap) return null;
    return this.reserved !== undefined
      ? {
          reason: 'ReservedFunctionConcurrentInvocationLimitExceeded',
          rule: 'concurrency.reserved',
          status: 429,
        }
      : { reason: 'ConcurrentInvocationLimitExceeded', rule: 'concurrency.account', status: 429 };
  }

  /** Take permission to create one new on-demand environment at time t, or say why not. */
  takeScaleUp(t: number): Throttle | null {
    if (this.legacy) {
      const cap =
        this.episodeStart < 0
          ? this.burst
          : this.burst + LEGACY_STEP * Math.floor((t - this.episodeStart) / LEGACY_STEP_MS);
      if (this.onDemandBusy < cap) return null;
      if (this.episodeStart < 0) this.episodeStart = t;
      return {
        reason: 'ConcurrentInvocationLimitExceeded',
        rule: 'concurrency.burst-legacy',
        status: 429,
      };
    }
    this.tokens = Math.min(
      SCALE_TOKENS,
      this.tokens + ((t - this.tokensAt) * SCALE_TOKENS) / SCALE_WINDOW_MS,
    );
    this.tokensAt = t;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return null;
    }
    return {
      reason: 'ConcurrentInvocationLimitExceeded',
      rule: 'concurrency.scaling-rate',
      status: 429,
    };
  }

  /** The old burst episode ends once the function is idle again. */
  onDemandReleased(): void {
    this.onDemandBusy--;
    if (this.onDemandBusy === 0) this.episodeStart = -1;
  }
}
