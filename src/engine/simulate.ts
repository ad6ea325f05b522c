import type { Scenario } from '../scenario/schema';
import { ALL_FAMILIES } from './all-families';
import { simulateWith } from './simulate-core';
import type { Run, SimulateOptions } from './types';

/**
 * Run a scenario from time 0 and return its trace. Pure and deterministic: the same scenario
 * (including its seed) always gives the same run, in Node and in the browser. Every source family
 * is included; see `simulateWith` for running with only some of them.
 */
export function simulate(scenario: Scenario, options: SimulateOptions = {}): Run {
  return simulateWith(scenario, ALL_FAMILIES, options);
}
