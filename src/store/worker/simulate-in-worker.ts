import { simulate } from '../../engine/simulate';
import { portableRun } from './portable-run';
import type { SimulateReply, SimulateRequest } from './protocol';

/**
 * The worker's side of a background run: the same engine, every source family loaded, and the
 * run made plain for posting. Separate from the worker entry so tests run it in Node.
 */
export function simulateRequest(
  request: SimulateRequest,
  post: (reply: SimulateReply) => void,
): void {
  try {
    const run = simulate(request.scenario, {
      maxEvents: request.maxEvents,
      onProgress: (done) => post({ kind: 'progress', done }),
    });
    post({ kind: 'done', run: portableRun(run) });
  } catch (e) {
    post({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
  }
}
