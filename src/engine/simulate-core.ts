import type { Scenario } from '../scenario/schema';
import { arrivalStream, type ArrivalStream } from './arrivals';
import { AsyncPath } from './async-path';
import { Capacity } from './capacity';
import { Environments } from './environments';
import { FunctionModel } from './function-model';
import { Invoker } from './invoke';
import { type Families, type FamilyName, familiesNeeded } from './families';
import { overLimit, refuseTooLarge, requestBytes, requestLimit } from './payload-limits';
import { Sim, type Subsystem, Task } from './sim';
import { SyncPath } from './sync-path';
import type { Fate, Run, SimulateOptions } from './types';

/**
 * Run a scenario from time 0 with the source families given (push services, queue and stream
 * pollers) and return its trace. Pure and deterministic: the same scenario (including its seed)
 * always gives the same run, in Node and in the browser. `simulate` passes every family; the app
 * passes those it has loaded, so the first page load does not carry code for sources it shows
 * later.
 */
export function simulateWith(
  scenario: Scenario,
  families: Families,
  options: SimulateOptions = {},
): Run {
  const missing = familiesNeeded(scenario).filter((f) => families[f] === undefined);
  if (missing.length > 0) throw new MissingFamiliesError(missing);
  const until = options.until ?? scenario.durationMs;
  const maxEvents = options.maxEvents ?? Infinity;
  const onProgress = options.onProgress;
  let steps = 0;

  const sim = new Sim(scenario);
  const fn = new FunctionModel(scenario);
  const provisionedTotal = scenario.function.provisionedConcurrency.reduce(
    (n, p) => n + p.count,
    0,
  );
  const capacity = new Capacity(scenario, provisionedTotal);
  const envs = new Environments(sim, capacity, fn, scenario);
  const invoker = new Invoker(sim, fn, envs, capacity);
  const sync = new SyncPath(sim, invoker);
  const async = new AsyncPath(sim, fn, invoker);

  const qualifiers = scenario.workloads.map((w) => String(w.qualifier));
  // A workload's request that Invoke refuses (413), with its size: measured once per workload.
  const oversized = scenario.workloads.map((w) =>
    // A service's own event is checked where the service invokes.
    w.source !== undefined
      ? null
      : overLimit(requestBytes(w), requestLimit(w.invocationType === 'Event', w.api)),
  );
  const eb = families.eventbridge;
  const eventbridge = scenario.eventbridge
    ? new eb!.EventBridgeRuntime(sim, fn, async, scenario.eventbridge)
    : null;
  const scheduler = scenario.eventbridge?.schedules.length
    ? new eb!.SchedulerRuntime(sim, fn, async, scenario.eventbridge)
    : null;

  // Subsystems with tasks of their own, in TASK_BASE order: push sources, queue and stream pollers.
  // Each is created only when the scenario uses it.
  const streamPollers = families.streams?.StreamPollers.create(sim, fn, invoker) ?? null;
  const queuePollers =
    scenario.queues?.length || scenario.brokers?.length
      ? new families.queues!.QueuePollers(sim, fn, invoker)
      : null;
  const push = scenario.workloads.some((w) => w.source !== undefined)
    ? new families.push!.PushSources(sim, invoker, async)
    : null;
  // EFS and X-Ray never invoke: they add events to Init and to the end of invocations.
  const integrations = families.push?.FunctionIntegrations.create(sim, envs) ?? null;
  const subsystems: (Subsystem | undefined)[] = [
    push ?? undefined, // push sources
    queuePollers ?? undefined, // queue pollers
    streamPollers ?? undefined, // stream pollers
  ];

  const writesBack = scenario.function.writesBackToSource === true;
  envs.provisionAll();
  integrations?.start();
  push?.start();
  eventbridge?.start();
  scheduler?.start();
  const streams: ArrivalStream[] = scenario.workloads.map((w) => arrivalStream(w, scenario.seed));
  streams.forEach((s, i) => {
    const t = s.next();
    if (t !== undefined) sim.schedule(t, Task.Arrival, null, null, i);
  });

  let truncated = false;
  for (;;) {
    if (sim.trace.length >= maxEvents) {
      truncated = sim.pending > 0;
      break;
    }
    const task = sim.next(until);
    if (task === undefined) break;
    // Every 16,384 tasks: cheap enough to cost nothing, often enough for a smooth progress bar.
    if (onProgress !== undefined && (++steps & 0x3fff) === 0)
      onProgress(Math.min(1, sim.now / until));
    switch (task.task) {
      case Task.Arrival: {
        const w = scenario.workloads[task.n]!;
        if (w.source !== undefined) {
          // The service produces the event and invokes the function its own way.
          push!.arrive(task.n);
          const next = streams[task.n]!.next();
          if (next !== undefined) sim.schedule(next, Task.Arrival, null, null, task.n);
          break;
        }
        const path =
          w.invocationType === 'Event'
            ? 'async'
            : w.invocationType === 'DryRun'
              ? 'dryrun'
              : 'sync';
        const m = sim.newMessage(task.n, path, qualifiers[task.n]!, w.payload);
        const big = oversized[task.n];
        if (big) refuseTooLarge(sim, m, m.workload, big.bytes, big.limit);
        else if (path === 'async') async.arrive(m);
        else if (path === 'sync') sync.arrive(m);
        else sync.dryRun(m);
        const t = streams[task.n]!.next();
        if (t !== undefined) sim.schedule(t, Task.Arrival, null, null, task.n);
        break;
      }
      case Task.Attempt:
        if (task.msg!.path === 'async') async.attempt(task.msg!, task.n);
        else sync.retry(task.msg!);
        break;
      case Task.InitDone:
        integrations?.initDone(task.env!);
        invoker.initDone(task.env!);
        break;
      case Task.InvokeEnd: {
        const env = task.env!;
        const s = env.sampled!;
        const m = invoker.end(env);
        integrations?.invokeEnded(env, m);
        // A function that writes its event back to the topic or bucket that sent it: a loop.
        if (writesBack && s.outcome === 'success' && m.path === 'async') push?.writeBack(m);
        if (m.owner !== null) m.owner.complete(m, s);
        else if (m.path === 'async') async.complete(m, s);
        else sync.complete(m, s);
        break;
      }
      case Task.Reap:
        envs.reap(task.n);
        break;
      case Task.Recycle:
        envs.recycle(task.env!);
        break;
      case Task.EbProduce:
        eventbridge!.produce(task.n);
        break;
      case Task.EbSchedule:
        eventbridge!.fire(task.n);
        break;
      case Task.EbReplay:
        eventbridge!.replay(task.n);
        break;
      case Task.EbDeliver:
        eventbridge!.attempt(task.msg!, task.n);
        break;
      case Task.SchedulerFire:
        scheduler!.tick(task.n);
        break;
      case Task.SchedulerWindowFire:
        scheduler!.windowFire(task.n);
        break;
      case Task.SchedulerDeliver:
        scheduler!.attempt(task.msg!, task.n);
        break;
      case Task.SchedulerSkip:
        scheduler!.skip(task.n);
        break;
      default: {
        const owner = subsystems[Math.floor(task.task / 100) - 1];
        if (owner === undefined || owner === null)
          throw new Error(`no subsystem for task ${task.task}`);
        owner.handle(task);
      }
    }
    sim.recycle(task);
  }

  const endTime = truncated || sim.pending === 0 ? sim.now : until;
  const fates: Fate[] = sim.messages.map((m, i) =>
    m.done
      ? sim.fates[i]!
      : {
          msg: m.id,
          kind: 'in-flight',
          t: endTime,
          rule: 'async.accepted',
          deliveredTo: [],
          attempts: m.invokeCount,
        },
  );
  let invocations = 0;
  let coldStarts = 0;
  let throttles = 0;
  for (const e of sim.trace) {
    if (e.kind === 'invoke.start') invocations++;
    else if (e.kind === 'env.init') coldStarts++;
    else if (e.kind === 'throttled') throttles++;
  }
  let maxConcurrency = 0;
  for (const v of sim.concurrency.value) if (v > maxConcurrency) maxConcurrency = v;

  return {
    scenario,
    trace: sim.trace,
    fates,
    messages: sim.messages,
    environments: envs.info(),
    series: { concurrency: sim.concurrency, asyncQueue: sim.asyncQueue },
    ...(queuePollers && { queues: queuePollers.runs() }),
    ...(streamPollers && { streams: streamPollers.series() }),
    endTime,
    truncated,
    stats: {
      messages: sim.messages.length,
      invocations,
      coldStarts,
      throttles,
      maxConcurrency,
      events: sim.trace.length,
    },
  };
}

/** The scenario needs source families the caller has not loaded. */
export class MissingFamiliesError extends Error {
  constructor(readonly families: readonly FamilyName[]) {
    super(`the scenario needs these source families, not loaded yet: ${families.join(', ')}`);
    this.name = 'MissingFamiliesError';
  }
}
