import { ruleById } from '../catalog';
import { simulate, type Run } from '../engine';
import { parseScenario, presetById, type Scenario } from '../scenario';
import {
  asyncDestination,
  asyncDlq,
  asyncSuccess,
  reservedZero,
  throttleExpiry,
} from './predict/async-cases';
import type { PredictCase, PredictQuestion } from './predict/build';
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

/**
 * A question's sources are the receipts of the rules behind its answer: the rule of the event
 * its "show me" points at, then the other rules of the run in the order they first fired.
 */
function sourcesOf(run: Run, q: PredictQuestion): string[] {
  const rules = [q.showMe?.rule, ...run.trace.map((e) => e.rule)];
  const urls = rules.flatMap((id) => (id === undefined ? [] : (ruleById(id)?.docUrl ?? [])));
  return [...new Set(urls)].slice(0, 3);
}

export function buildPredictQuestions(c: PredictCase, run: Run): Question[] {
  return c
    .questions(run, (e) => showMeOf(run, c.id, e))
    .map((q) => ({ ...q, sources: q.sources ?? sourcesOf(run, q) }));
}

export const PREDICT_QUESTIONS: readonly Question[] = PREDICT_CASES.flatMap((c) =>
  buildPredictQuestions(c, simulate(predictScenario(c))),
);
