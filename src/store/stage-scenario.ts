import { createContext, useContext } from 'react';
import type { Scenario } from '../scenario';
import { useScenarioStore } from './scenario';

/**
 * The scenario one stage shows. Left empty, a stage shows the scenario being edited; the compare
 * view wraps each of its two stages in a provider, so the same diagram draws either design.
 */
export const StageScenarioContext = createContext<Scenario | null>(null);

/** The scenario of the stage this component sits in. */
export function useStageScenario(): Scenario {
  const local = useContext(StageScenarioContext);
  const edited = useScenarioStore((s) => s.scenario);
  return local ?? edited;
}
