/// <reference types="vite-plugin-pwa/vanillajs" />

declare module 'virtual:validated-presets' {
  import type { Scenario } from './scenario/schema';

  /** The built-in presets, validated at build time (see scripts/validated-presets-plugin.ts). */
  export const validatedPresets: ReadonlyArray<{
    readonly id: string;
    readonly title: string;
    readonly summary: string;
    readonly scenario: Scenario;
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
