import { simulate, type Run, type TraceEvent, type TraceKind } from '../../src/engine';
import { parseScenario, type ScenarioInput } from '../../src/scenario';

/** Parse (must be valid) and simulate a scenario document. */
export function run(doc: Omit<ScenarioInput, 'version'> & { version?: 1 }): Run {
  const parsed = parseScenario({ version: 1, ...doc });
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return simulate(parsed.scenario);
}

export function events(r: Run, kind: TraceKind, msg?: number): TraceEvent[] {
  return r.trace.filter((e) => e.kind === kind && (msg === undefined || e.msg === msg));
}

export function times(r: Run, kind: TraceKind, msg?: number): number[] {
  return events(r, kind, msg).map((e) => e.t);
}

/** A function that always throws after `ms`, Node.js (250 ms init). */
export const alwaysFails = (ms = 100) => ({
  runtime: 'nodejs' as const,
  behaviour: { duration: { kind: 'fixed' as const, ms }, errorRate: 1 },
});
