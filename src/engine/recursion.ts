import type { RuleId } from '../catalog/rules';
import type { Scenario } from '../scenario/schema';

/** Lambda lets the same event invoke the function this many times, and stops the next one. */
export const RECURSION_LIMIT = 16;

/**
 * Under RecursiveLoop: Allow the simulator follows one event round the loop at most this many
 * times, then the function stops writing it back: a cap of the simulator's own that keeps a run
 * of days from holding millions of laps (AWS has none).
 */
export const ALLOWED_LOOP_CAP = 1_000;

/** What the scenario says about loops: does the function write back, and may the loop run? */
export interface LoopSettings {
  readonly writesBack: boolean;
  readonly terminate: boolean;
}

export function loopSettings(s: Scenario): LoopSettings {
  return {
    writesBack: s.function.writesBackToSource === true,
    terminate: s.function.recursiveLoop !== 'Allow',
  };
}

/** Does the function write this event back, after it has invoked the function `lineage` times? */
export function writesBack(loop: LoopSettings, lineage: number): boolean {
  return loop.writesBack && lineage < ALLOWED_LOOP_CAP;
}

/** Should Lambda refuse to invoke with this event (it has already invoked the function 16 times)? */
export function loopStops(loop: LoopSettings, lineage: number): boolean {
  return loop.terminate && lineage >= RECURSION_LIMIT;
}

/** The rule that detects loops through a service: SQS and SNS since July 2023, S3 since 2024. */
export function loopRule(service: 'sqs' | 'sns' | 's3'): RuleId {
  return service === 's3' ? 'recursion.s3' : 'recursion.sqs-sns';
}

/** The rule behind a write-back: a plain write, or one past the limit that Allow lets through. */
export function writeRule(loop: LoopSettings, lineage: number): RuleId {
  return !loop.terminate && lineage >= RECURSION_LIMIT ? 'recursion.allow' : 'recursion.write-back';
}
