import { correctIds } from './question';
import { DOMAINS, type Domain, type Question } from './schema';

/**
 * Marking and the scaled score.
 *
 * Marking is all-or-nothing, as on the real exam: a multiple-response question counts only when
 * the chosen set is exactly the right set; no partial credit, and an unanswered question is wrong.
 *
 * The scaled score is an estimate. AWS reports 100–1,000 with 720 to pass but does not publish how
 * raw answers map to it (it equates forms of different difficulty). We score like this:
 * 1. the share right in each SAA domain, weighted by the domain's weight in the exam guide
 *    (domains absent from the attempt are left out and the weights re-normalised), so a mock
 *    that happens to be heavy in one domain is not skewed by it;
 * 2. that weighted share mapped piecewise-linearly: 0 % → 100, 72 % → 720, 100 % → 1,000. A
 *    learner therefore passes at a weighted 72 % — the figure most candidates aim for.
 */

export const PASS_SCORE = 720;
/** The weighted share of right answers that maps to exactly the pass score. */
export const PASS_SHARE = 0.72;

/** All-or-nothing: the chosen option ids are exactly the right ones. */
export function isCorrect(q: Question, chosen: readonly string[] | undefined): boolean {
  if (chosen === undefined || chosen.length === 0) return false;
  const right = correctIds(q);
  const picked = new Set(chosen);
  return picked.size === right.length && right.every((id) => picked.has(id));
}

/** 100–1,000 from a weighted share in [0, 1]. */
export function scaledScore(share: number): number {
  const s = Math.min(1, Math.max(0, share));
  const raw =
    s <= PASS_SHARE
      ? 100 + (s / PASS_SHARE) * (PASS_SCORE - 100)
      : PASS_SCORE + ((s - PASS_SHARE) / (1 - PASS_SHARE)) * (1000 - PASS_SCORE);
  return Math.round(raw);
}

export interface DomainResult {
  readonly domain: Domain;
  readonly title: string;
  readonly correct: number;
  readonly total: number;
  /** correct / total, or null for a domain with no questions in the attempt. */
  readonly share: number | null;
}

export interface ScoreResult {
  readonly correct: number;
  readonly total: number;
  readonly answered: number;
  /** Plain share right. */
  readonly share: number;
  /** Share right weighted by domain (what the scaled score is computed from). */
  readonly weightedShare: number;
  readonly scaled: number;
  readonly passed: boolean;
  readonly byDomain: readonly DomainResult[];
  /** The ids marked wrong (unanswered included), in the attempt's order. */
  readonly missed: readonly string[];
}

export function scoreAttempt(
  questions: readonly Question[],
  answers: Readonly<Record<string, readonly string[]>>,
): ScoreResult {
  const tally = new Map<Domain, { correct: number; total: number }>();
  let correct = 0;
  let answered = 0;
  const missed: string[] = [];
  for (const q of questions) {
    const chosen = answers[q.id];
    if (chosen !== undefined && chosen.length > 0) answered++;
    const ok = isCorrect(q, chosen);
    if (ok) correct++;
    else missed.push(q.id);
    const t = tally.get(q.domain) ?? { correct: 0, total: 0 };
    t.total++;
    if (ok) t.correct++;
    tally.set(q.domain, t);
  }
  const byDomain = (Object.keys(DOMAINS) as Domain[]).map((domain): DomainResult => {
    const t = tally.get(domain);
    return {
      domain,
      title: DOMAINS[domain].title,
      correct: t?.correct ?? 0,
      total: t?.total ?? 0,
      share: t === undefined ? null : t.correct / t.total,
    };
  });
  let weight = 0;
  let weighted = 0;
  for (const d of byDomain) {
    if (d.share === null) continue;
    weight += DOMAINS[d.domain].weight;
    weighted += DOMAINS[d.domain].weight * d.share;
  }
  const weightedShare = weight === 0 ? 0 : weighted / weight;
  const scaled = scaledScore(weightedShare);
  return {
    correct,
    total: questions.length,
    answered,
    share: questions.length === 0 ? 0 : correct / questions.length,
    weightedShare,
    scaled,
    passed: scaled >= PASS_SCORE,
    byDomain,
    missed,
  };
}
