import type { Run } from '../../engine/types';
import type { Scenario } from '../../scenario/schema';

/** What the page asks the simulation worker: one run of one scenario. */
export interface SimulateRequest {
  readonly scenario: Scenario;
  readonly maxEvents: number;
}

/** What the worker answers: progress now and then, then the run or why it failed. */
export type SimulateReply =
  | { readonly kind: 'progress'; readonly done: number }
  | { readonly kind: 'done'; readonly run: Run }
  | { readonly kind: 'failed'; readonly message: string };
