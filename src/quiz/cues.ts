import type { Question } from './schema';

/**
 * How much an option's length gives the answer away. A test-wise learner who picks the longest
 * option should do no better than chance allows, so the bank is measured two ways:
 *
 * - for each single-answer question, the key's length against the mean of its distractors
 *   (no key may be more than 1.25 times as long);
 * - over the whole bank, the score of "pick the longest option(s)": the longest option of a
 *   single-answer question, the N longest of a multiple-response question with N keys
 *   (all-or-nothing). A tie for a place counts as wrong. At most 35 % of questions may fall to it.
 *
 * Length is the number of characters of an option's text. The test over the bank and
 * `npm run docs:quiz` both read these figures, so the documented numbers are the tested ones.
 */

/** The most a single-answer key may be, as a multiple of its distractors' mean length. */
export const MAX_KEY_RATIO = 1.25;
/** The most the "pick the longest" strategy may score over the whole bank. */
export const MAX_LONGEST_SCORE = 0.35;

/** Key length over the mean length of the distractors, for a single-answer question. */
export function keyLengthRatio(q: Question): number | undefined {
  if (q.kind !== 'single') return undefined;
  const key = q.options.find((o) => o.correct);
  const distractors = q.options.filter((o) => !o.correct);
  if (key === undefined || distractors.length === 0) return undefined;
  const mean = distractors.reduce((sum, o) => sum + o.text.length, 0) / distractors.length;
  return key.text.length / mean;
}

/**
 * Whether picking the N longest options (N = number of keys) answers the question right. The
 * N-th and (N+1)-th longest being the same length is a tie: the strategy cannot choose, so it
 * scores nothing.
 */
export function longestOptionWins(q: Question): boolean {
  const n = q.options.filter((o) => o.correct).length;
  const sorted = [...q.options].sort((x, y) => y.text.length - x.text.length);
  const last = sorted[n - 1];
  const next = sorted[n];
  if (last === undefined) return false;
  if (next !== undefined && next.text.length === last.text.length) return false;
  return sorted.slice(0, n).every((o) => o.correct);
}

export interface CueFigures {
  readonly questions: number;
  readonly singles: number;
  /** The largest key/distractor ratio, and the question that has it. */
  readonly maxKeyRatio: { readonly value: number; readonly questionId: string } | undefined;
  readonly meanKeyRatio: number | undefined;
  /** Single-answer questions whose key is over MAX_KEY_RATIO, largest ratio first. */
  readonly overlongKeys: readonly { readonly questionId: string; readonly ratio: number }[];
  /** Questions the "pick the longest" strategy answers right. */
  readonly longestWins: number;
  /** longestWins / questions (0 for an empty bank). */
  readonly longestScore: number;
}

export function cueFigures(questions: readonly Question[]): CueFigures {
  const ratios = questions.flatMap((q) => {
    const ratio = keyLengthRatio(q);
    return ratio === undefined ? [] : [{ questionId: q.id, ratio }];
  });
  const max = ratios.reduce<(typeof ratios)[number] | undefined>(
    (best, r) => (best === undefined || r.ratio > best.ratio ? r : best),
    undefined,
  );
  const longestWins = questions.filter(longestOptionWins).length;
  return {
    questions: questions.length,
    singles: ratios.length,
    maxKeyRatio: max && { value: max.ratio, questionId: max.questionId },
    meanKeyRatio:
      ratios.length === 0 ? undefined : ratios.reduce((s, r) => s + r.ratio, 0) / ratios.length,
    overlongKeys: ratios
      .filter((r) => r.ratio > MAX_KEY_RATIO)
      .sort((x, y) => y.ratio - x.ratio || x.questionId.localeCompare(y.questionId)),
    longestWins,
    longestScore: questions.length === 0 ? 0 : longestWins / questions.length,
  };
}
