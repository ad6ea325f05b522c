/// <reference types="vite-plugin-pwa/vanillajs" />

declare module 'virtual:validated-presets' {
  import type { Run } from './engine/types';
  import type { Scenario } from './scenario/schema';

  /**
   * The built-in presets, validated at build time (see scripts/validated-presets-plugin.ts): the
   * index of all, the first one's document, summary and run, and the others' on demand.
   */
  export const presetIndex: ReadonlyArray<{
    readonly id: string;
    readonly title: string;
    readonly durationMs: number;
    readonly needsFamilies: boolean;
  }>;
  export const firstPreset: {
    readonly id: string;
    readonly summary: string;
    readonly scenario: Scenario;
  };
  /** The engine's run of firstPreset.scenario, without the scenario: the opening diagram's. */
  export const firstRun: Omit<Run, 'scenario'>;
  export function loadRest(): Promise<{
    readonly scenarios: ReadonlyMap<string, Scenario>;
    readonly summaries: ReadonlyMap<string, string>;
  }>;
}

declare module 'virtual:question-bank' {
  import type { Question } from './quiz/schema';

  /**
   * The hand-written questions of src/quiz/bank/*.yaml, validated at build time (see
   * scripts/question-bank-plugin.ts).
   */
  export const writtenQuestions: readonly Question[];
}
