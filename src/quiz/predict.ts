import { simulate, type Run } from '../engine';
import { parseScenario, presetById, type Scenario } from '../scenario';
import {
  asyncDestination,
  asyncDlq,
  asyncSuccess,
  reservedZero,
  throttleExpiry,
} from './predict/async-cases';
import type { PredictCase } from './predict/build';
import { targetNoPermission, targetRetries } from './predict/eventbridge-cases';
import { showMeOf } from './predict/showme';
import { provisionedSpillover, syncError, syncThrottle } from './predict/sync-cases';
import type { Question } from './schema';

/**
 * "Predict the outcome": small scenarios whose questions take their answer keys from the engine.
 * Each case is simulated when the questions are built, and its "show me" points at the event that
 * proves the answer.
 */
export const PREDICT_CASES: readonly PredictCase[] = [
  asyncDlq,
  asyncDestination,
  asyncSuccess,
  reservedZero,
  throttleExpiry,
  syncThrottle,
  syncError,
  provisionedSpillover,
  targetRetries,
  targetNoPermission,
];

/** The validated scenario of a case: its own document, or the built-in preset it names. */
export function predictScenario(c: PredictCase): Scenario {
  const doc = c.scenario ?? presetById(c.id)?.scenario;
  if (doc === undefined) throw new Error(`predict case "${c.id}" has no scenario`);
  const parsed = parseScenario(doc);
  if (!parsed.ok) {
    throw new Error(
      `predict case "${c.id}" is invalid: ${parsed.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`,
    );
  }
  return parsed.scenario;
}

export function buildPredictQuestions(c: PredictCase, run: Run): Question[] {
  return c.questions(run, (e) => showMeOf(run, c.id, e));
}

export const PREDICT_QUESTIONS: readonly Question[] = PREDICT_CASES.flatMap((c) =>
  buildPredictQuestions(c, simulate(predictScenario(c))),
);
