/**
 * The `wildcard` operator of event patterns: `*` stands for any run of characters (including none)
 * and the match covers the whole value, case-sensitively. `\*` is a literal star and `\\` a literal
 * backslash; any other backslash, and two wildcards in a row, are rejected as EventBridge does.
 *
 * EventBridge also refuses a wildcard pattern that is too complex to match quickly. Its matcher
 * (Event Ruler) measures how many partial matches a value could keep alive at once; many "*"
 * characters, or characters that repeat after a "*", raise that number. The simulator measures
 * the same quantity for the pattern on its own and refuses more than WILDCARD_COMPLEXITY_LIMIT.
 */

/** The most partial matches a value may keep alive at once (the simulator's own limit). */
export const WILDCARD_COMPLEXITY_LIMIT = 5;
/** Sets of partial matches explored before giving up the search (keeps the check cheap). */
const EXPLORE_LIMIT = 4_096;

export interface Wildcard {
  /** Literal text between the wildcards; a pattern with n stars has n + 1 parts. */
  readonly parts: readonly string[];
  readonly minLength: number;
}

/** Compiles wildcard text, or returns a sentence saying what is wrong with it. */
export function parseWildcard(text: string): Wildcard | string {
  const parts: string[] = [];
  let literal = '';
  let lastWasStar = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '*') {
      if (lastWasStar) return `has consecutive "*" characters; use a single "*"`;
      parts.push(literal);
      literal = '';
      lastWasStar = true;
      continue;
    }
    lastWasStar = false;
    if (c === '\\') {
      const next = text[i + 1];
      if (next === undefined) return `ends with a lone "\\"; write "\\\\" for a literal backslash`;
      if (next !== '*' && next !== '\\') {
        return `has "\\" before "${next}"; only "\\*" and "\\\\" are escapes`;
      }
      literal += next;
      i++;
      continue;
    }
    literal += c;
  }
  parts.push(literal);
  let minLength = 0;
  for (const p of parts) minLength += p.length;
  const complexity = wildcardComplexity(parts);
  if (complexity > WILDCARD_COMPLEXITY_LIMIT)
    return `is too complex: a value could keep ${complexity} partial matches going at once (at most ${WILDCARD_COMPLEXITY_LIMIT}); use fewer "*" characters, or fewer repeated characters after a "*"`;
  return { parts, minLength };
}

/**
 * The most positions in the pattern a single value can be at together while it is read character
 * by character: a "*" lets a position stay where it is, a literal character moves it on. Found by
 * exploring every set of positions a value can reach, stopping once one passes the limit.
 */
export function wildcardComplexity(parts: readonly string[]): number {
  if (parts.length === 1) return 1;
  const text = parts.join('');
  // star[i]: a "*" sits where i literal characters have been matched.
  const star = new Array<boolean>(text.length + 1).fill(false);
  let at = 0;
  for (let i = 0; i < parts.length - 1; i++) {
    at += parts[i]!.length;
    star[at] = true;
  }
  // Characters of the pattern, and one that is none of them.
  const alphabet = [...new Set(text), '\u0000'];
  const seen = new Set<string>(['0']);
  const queue: number[][] = [[0]];
  let most = 1;
  while (queue.length > 0 && seen.size < EXPLORE_LIMIT) {
    const states = queue.shift()!;
    for (const c of alphabet) {
      const next = new Set<number>();
      for (const i of states) {
        if (star[i]) next.add(i);
        if (i < text.length && text[i] === c) next.add(i + 1);
      }
      if (next.size === 0) continue;
      if (next.size > most) {
        most = next.size;
        if (most > WILDCARD_COMPLEXITY_LIMIT) return most;
      }
      const sorted = [...next].sort((a, b) => a - b);
      const key = sorted.join(',');
      if (seen.has(key)) continue;
      seen.add(key);
      queue.push(sorted);
    }
  }
  return most;
}

export function matchWildcard(w: Wildcard, value: string): boolean {
  const parts = w.parts;
  const first = parts[0]!;
  if (parts.length === 1) return value === first;
  if (value.length < w.minLength) return false;
  const last = parts[parts.length - 1]!;
  if (!value.startsWith(first) || !value.endsWith(last)) return false;
  // Leftmost placement of each middle part is optimal: it leaves the most room for the rest.
  let pos = first.length;
  const end = value.length - last.length;
  for (let i = 1; i < parts.length - 1; i++) {
    const part = parts[i]!;
    const at = value.indexOf(part, pos);
    if (at === -1 || at + part.length > end) return false;
    pos = at + part.length;
  }
  return true;
}
