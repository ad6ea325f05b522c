import type { Run, TraceEvent } from '../../engine';
import type { ScenarioInput } from '../../scenario';
import { formatTime } from '../../view/format';
import type { Question } from '../schema';

/**
 * The pieces "predict the outcome" questions are made of. A question's right answer is never
 * written down: it is read from the engine's run of the scenario, and the options are either
 * candidates keyed by what the engine can report (a fate, a status code) or numbers around the
 * engine's figure. A candidate list that does not contain the engine's answer stops the build, so
 * a change in the engine can never leave a wrong key behind silently.
 */

export type Option = Question['options'][number];
export type ShowMe = NonNullable<Question['showMe']>;

/** A predict question as a case writes it: its sources are added from the run's rules. */
export type PredictQuestion = Omit<Question, 'sources'> & Partial<Pick<Question, 'sources'>>;

export interface PredictCase {
  /** The scenario's id: a built-in preset's id, or "predict-…" for a scenario written here. */
  readonly id: string;
  readonly title: string;
  /** The scenario written for the questions; absent when the case runs the built-in preset. */
  readonly scenario?: ScenarioInput;
  readonly questions: (run: Run, moment: (e: TraceEvent) => ShowMe) => PredictQuestion[];
}

export interface Candidate<K> {
  readonly key: K;
  readonly text: string;
  readonly why: string;
}

/** Four options in the written order; the one whose key equals the engine's answer is right. */
export function keyedOptions<K>(answer: K, candidates: readonly Candidate<K>[]): Option[] {
  const hits = candidates.filter((c) => c.key === answer);
  if (hits.length !== 1) {
    throw new Error(
      `the engine's answer ${JSON.stringify(answer)} matches ${hits.length} of the candidates ${JSON.stringify(candidates.map((c) => c.key))}`,
    );
  }
  return candidates.map((c, i) => ({
    id: 'abcdef'[i]!,
    text: c.text,
    correct: c.key === answer,
    why: c.why,
  }));
}

/**
 * The engine's number and three others, smallest first. `distractors` are the figures a common
 * misunderstanding gives; any that collide with the answer are replaced by the next numbers up.
 */
export function numericOptions(
  answer: number,
  distractors: readonly number[],
  text: (n: number) => string,
  why: (n: number) => string,
): Option[] {
  const values = [answer];
  for (const d of distractors) if (!values.includes(d) && values.length < 4) values.push(d);
  for (let n = answer + 1; values.length < 4; n++) if (!values.includes(n)) values.push(n);
  values.sort((a, b) => a - b);
  return values.map((n, i) => ({
    id: 'abcd'[i]!,
    text: text(n),
    correct: n === answer,
    why: why(n),
  }));
}

/** The first trace event that satisfies `pred`; a scenario that lacks it is a broken case. */
export function find(run: Run, what: string, pred: (e: TraceEvent) => boolean): TraceEvent {
  const e = run.trace.find(pred);
  if (e === undefined) throw new Error(`the run has no ${what}`);
  return e;
}

export function count(run: Run, pred: (e: TraceEvent) => boolean): number {
  let n = 0;
  for (const e of run.trace) if (pred(e)) n++;
  return n;
}

/** "3:01.850 after the event was accepted" style times, as the simulator's clock shows them. */
export const at = (ms: number) => formatTime(ms);

export const times = (n: number) => (n === 1 ? 'Once' : n === 0 ? 'Never' : `${n} times`);
