import type { Fate, Run, TraceEvent } from '../../../src/engine';
import type { ScenarioInput } from '../../../src/scenario';

type Workload = NonNullable<ScenarioInput['workloads']>[number];
export type SourceInput = NonNullable<Workload['source']>;

/** A workload whose events come from `source`, one at each listed time. */
export function from(source: SourceInput, atMs: number[] = [0], id = 'src'): Workload {
  return { id, arrivals: { kind: 'single', atMs }, source };
}

/** Fates of the services' own events (the messages with no parent). */
export function serviceFates(r: Run): Fate[] {
  return r.fates.filter((f) => r.messages[f.msg]!.parent < 0);
}

/** Fates of the invocations a service made (its events' children). */
export function invocationFates(r: Run): Fate[] {
  return r.fates.filter((f) => r.messages[f.msg]!.parent >= 0);
}

/** [time, kind] of every fate, in message order. */
export function fateTimes(fates: readonly Fate[]): Array<[number, string]> {
  return fates.map((f) => [f.t, f.kind]);
}

/** The detail of the one event of `kind` about `msg`. */
export function only(r: Run, kind: TraceEvent['kind'], msg?: number): TraceEvent {
  const found = r.trace.filter((e) => e.kind === kind && (msg === undefined || e.msg === msg));
  if (found.length !== 1) throw new Error(`expected one ${kind}, found ${found.length}`);
  return found[0]!;
}
