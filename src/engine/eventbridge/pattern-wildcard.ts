/**
 * The `wildcard` operator of event patterns: `*` stands for any run of characters (including none)
 * and the match covers the whole value, case-sensitively. `\*` is a literal star and `\\` a literal
 * backslash; any other backslash, and two wildcards in a row, are rejected as EventBridge does.
 */

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
  return { parts, minLength };
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
