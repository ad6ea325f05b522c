import type { Run } from '../engine';
import { RUN_EVENT_CAP } from '../scenario/run-size';
import type { Scenario } from '../scenario';
import type { SimulateReply, SimulateRequest } from './worker/protocol';

export interface BackgroundRun {
  /** The run, or null when cancelled. */
  readonly result: Promise<Run | null>;
  readonly cancel: () => void;
}

/**
 * Simulate a scenario in a Web Worker, so a long run never freezes the page; Cancel ends the
 * worker. Where there is no Worker (tests in jsdom), `fallback` runs it here instead.
 */
export function runInBackground(
  scenario: Scenario,
  onProgress: (done: number) => void,
  fallback: () => Run,
): BackgroundRun {
  if (typeof Worker === 'undefined') {
    let cancelled = false;
    return {
      result: Promise.resolve().then(() => (cancelled ? null : fallback())),
      cancel: () => (cancelled = true),
    };
  }
  const worker = new Worker(new URL('./worker/simulate.worker.ts', import.meta.url), {
    type: 'module',
    name: 'simulation',
  });
  let settle: (run: Run | null) => void = () => {};
  let fail: (e: Error) => void = () => {};
  const result = new Promise<Run | null>((resolve, reject) => {
    settle = resolve;
    fail = reject;
  });
  const finish = () => worker.terminate();
  worker.onmessage = (e: MessageEvent<SimulateReply>) => {
    const reply = e.data;
    if (reply.kind === 'progress') onProgress(reply.done);
    else if (reply.kind === 'done') {
      finish();
      settle(reply.run);
    } else {
      finish();
      fail(new Error(reply.message));
    }
  };
  worker.onerror = () => {
    finish();
    fail(new Error('the background simulation stopped unexpectedly'));
  };
  const request: SimulateRequest = { scenario, maxEvents: RUN_EVENT_CAP };
  worker.postMessage(request);
  return {
    result,
    cancel: () => {
      finish();
      settle(null);
    },
  };
}
