import type { ScenarioInput } from '../schema';

/** A built-in scenario of the "Scenario" picker: a plain scenario document, validated like any other. */
export interface Preset {
  /** Short, readable id used in links (and by the quiz's "show me"): never change a published one. */
  readonly id: string;
  readonly title: string;
  /** One paragraph in plain words: what the scenario shows, what to watch and when. */
  readonly summary: string;
  readonly scenario: ScenarioInput;
}
