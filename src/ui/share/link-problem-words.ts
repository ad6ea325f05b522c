/**
 * A broken link's problem in plain words: what happened, and what is on screen instead. The
 * codec's reason is precise but technical ("not valid base64url: the data is cut short"); the
 * two problems people actually meet — a link cut off when it was copied, and a scenario name
 * mistyped or from another release — get a sentence of their own.
 */
export type LinkProblemWords =
  | { readonly kind: 'cut'; readonly text: string }
  | {
      readonly kind: 'unknown-preset';
      readonly text: string;
      /** The closest built-in scenario, offered as "Did you mean …?". */
      readonly suggestion: { readonly id: string; readonly title: string } | null;
    }
  | { readonly kind: 'other' };

interface Titled {
  readonly id: string;
  readonly title: string;
}

export function linkProblemWords(
  problem: string,
  shown: string,
  presets: readonly Titled[],
): LinkProblemWords {
  const instead = `Showing “${shown}” instead.`;
  if (/cut short|truncated|unexpected end/i.test(problem))
    return {
      kind: 'cut',
      text: `This link is incomplete — it was probably cut off when it was copied. ${instead}`,
    };
  const unknown = /there is no built-in scenario "([^"]*)"/.exec(problem);
  if (unknown !== null) {
    const id = unknown[1]!;
    return {
      kind: 'unknown-preset',
      text: `This link names a scenario that does not exist: “${id}”. ${instead}`,
      suggestion: closest(id, presets),
    };
  }
  return { kind: 'other' };
}

/** The preset whose id is fewest edits away (a cut-off id counts as close to its whole). */
export function closest(id: string, presets: readonly Titled[]): Titled | null {
  let best: Titled | null = null;
  let bestScore = Infinity;
  for (const p of presets) {
    const score = p.id.startsWith(id) ? p.id.length - id.length - 0.5 : distance(id, p.id);
    if (score < bestScore) {
      best = p;
      bestScore = score;
    }
  }
  // Nothing alike: no suggestion rather than a random one.
  return best !== null && bestScore <= Math.max(3, id.length / 2) ? best : null;
}

/** Levenshtein distance. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(
        prev[j]! + 1,
        row[j - 1]! + 1,
        prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    prev = row;
  }
  return prev[b.length]!;
}
