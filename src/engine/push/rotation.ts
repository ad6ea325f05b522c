import type { PushSourceOf } from '../../scenario/push-schema';
import type { Sampled } from '../behaviour';
import type { Message } from '../sim';
import { rotationPayload } from './payloads';
import { Source } from './source';

const STEPS = ['createSecret', 'setSecret', 'testSecret', 'finishSecret'] as const;

/**
 * Secrets Manager rotation: each arrival rotates the secret by calling the function once per step,
 * in order, waiting for each. A step that fails (or that Lambda refuses) stops the rotation there.
 */
export class RotationSource extends Source<PushSourceOf<'secrets-manager'>> {
  /** Rotation (event id) → the step now running. */
  private readonly stepOf = new Map<number, number>();

  arrive(): void {
    const ev = this.newEvent('sync', `rotation of ${this.src.resource}`);
    if (this.deniedOnInvoke) {
      this.denied(ev);
      return this.finish(
        ev,
        'rotation-failed',
        this.access.allowed ? 'push.invoke-denied' : this.access.rule,
        {
          answer: 'rotation fails at the start: Secrets Manager may not invoke the function',
        },
      );
    }
    this.step(ev, 0);
  }

  override complete(inv: Message, s: Sampled): void {
    const ev = this.sim.messages[inv.parent]!;
    const k = this.stepOf.get(ev.id)!;
    this.endInvocation(inv, s);
    if (s.outcome !== 'success') return this.fail(ev, k, s.errorMessage ?? 'the function failed');
    if (k + 1 < STEPS.length) return this.step(ev, k + 1);
    this.stepOf.delete(ev.id);
    this.finish(ev, 'rotated', 'push.secrets.steps', {
      answer: 'finishSecret moved AWSCURRENT to the new version',
    });
  }

  private step(ev: Message, k: number): void {
    this.stepOf.set(ev.id, k);
    const step = STEPS[k]!;
    const { throttle } = this.invokeSync(ev, 1, rotationPayload(this.payload, step), { step });
    if (throttle !== null)
      this.fail(ev, k, `Lambda ${throttle.status === 500 ? 'failed' : 'throttled'} the call`);
  }

  private fail(ev: Message, k: number, why: string): void {
    this.stepOf.delete(ev.id);
    this.finish(ev, 'rotation-failed', 'push.secrets.steps', {
      step: STEPS[k],
      answer: `${STEPS[k]} failed (${why}): rotation stops, the new version stays AWSPENDING`,
    });
  }
}
