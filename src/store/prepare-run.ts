import { runSizeOf } from '../scenario/run-size';
import type { Scenario } from '../scenario';
import { runInBackground } from './background-run';
import { familiesReady, loadFamilies } from './families';
import { loadEngine, rememberRun, runOf, runReady } from './run';
import { endJob, jobProgress, refuseRun, startJob } from './run-job';

/**
 * Apply a change once its scenario's run is ready, and say whether it was applied:
 * - a small run (every preset) is simulated at once, after fetching the engine and its source
 *   families if needed;
 * - a big one is simulated in a worker first, with progress and Cancel; the scenario on screen
 *   stays usable meanwhile, and a cancelled run changes nothing;
 * - one too big to hold is refused with what to reduce, before anything runs.
 */
export async function whenSimulatable(scenario: Scenario, apply: () => void): Promise<boolean> {
  const size = runSizeOf(scenario);
  if (size.kind === 'too-big') {
    refuseRun(size.message);
    return false;
  }
  if (size.kind === 'now') {
    const missing = [
      ...(familiesReady(scenario) ? [] : [loadFamilies()]),
      ...(runReady(scenario) ? [] : [loadEngine()]),
    ];
    if (missing.length === 0) apply();
    else await Promise.all(missing).then(apply);
    return true;
  }
  // Background: the worker brings its own engine, but the page needs the families' sentences.
  if (!familiesReady(scenario)) await loadFamilies();
  // Where there is no worker, the run happens here, with the page's engine.
  if (typeof Worker === 'undefined' && !runReady(scenario)) await loadEngine();
  const job = runInBackground(scenario, jobProgress, () => runOf(scenario));
  startJob(job.cancel);
  try {
    const run = await job.result;
    if (run === null) return false;
    rememberRun(scenario, run);
    apply();
    return true;
  } catch (e) {
    refuseRun(`This scenario could not be simulated: ${e instanceof Error ? e.message : e}.`);
    return false;
  } finally {
    endJob(job.cancel);
  }
}
