import type { Command } from './command';

/** Fault injection: break the scenario on purpose and watch what AWS does about it. */
export const faultCommands: readonly Command[] = [];
