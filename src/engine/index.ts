/** The simulation engine's public seam. Pure TypeScript: no DOM, no timers, no wall clock. */
export { simulate } from './simulate';
export { simulateWith, MissingFamiliesError } from './simulate-core';
export { familiesNeeded, type Families, type FamilyName } from './families';
export { requestId, requestIdOf } from './request-id';
export type {
  EnvironmentInfo,
  Fate,
  FateKind,
  InvocationPath,
  InvocationRecord,
  MessageInfo,
  Outcome,
  Run,
  RunStats,
  Series,
  SimulateOptions,
  TraceDetail,
  TraceEvent,
  TraceKind,
} from './types';
