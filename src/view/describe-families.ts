import type { FamilyName, FateKind, Run, TraceEvent } from '../engine';

/** Sentences for one source family's trace events and fates. */
export interface FamilyDescriber {
  event(e: TraceEvent, run: Run): string;
  fate(kind: FateKind): string;
}

const registered: Partial<Record<FamilyName, FamilyDescriber>> = {};

/**
 * A source family's sentences arrive with its engine code (the app loads both when a scenario
 * first needs them), so the first page load carries neither.
 */
export function registerDescriber(family: FamilyName, describer: FamilyDescriber): void {
  registered[family] = describer;
}

export function describeFamilyEvent(family: FamilyName, e: TraceEvent, run: Run): string {
  return registered[family]?.event(e, run) ?? e.kind;
}

export function familyFateLabel(family: FamilyName, kind: FateKind): string {
  return registered[family]?.fate(kind) ?? kind;
}
