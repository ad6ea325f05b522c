import { simulate, type Run, type TraceEvent, type TraceKind } from '../../src/engine';
import { parseScenario, presetById, type ScenarioInput } from '../../src/scenario';

/** The run of a built-in preset. */
export function presetRun(id: string): Run {
  const preset = presetById(id);
  if (!preset) throw new Error(`no preset ${id}`);
  return runOf(preset.scenario);
}

export function runOf(doc: ScenarioInput): Run {
  const parsed = parseScenario(doc);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('\n'));
  return simulate(parsed.scenario);
}

/** The first event of a kind (optionally of one message) — it must exist. */
export function first(run: Run, kind: TraceKind, msg?: number): TraceEvent {
  const e = run.trace.find((x) => x.kind === kind && (msg === undefined || x.msg === msg));
  if (!e) throw new Error(`no ${kind} event`);
  return e;
}
