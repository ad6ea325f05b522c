/**
 * Checks on the raw JSON of a link, made before anything else reads it. A link is text anyone
 * can write, so these refuse what no scenario of ours contains but an attack would:
 * - keys that reach an object's prototype when copied (`__proto__`, `constructor`, `prototype`);
 * - nesting deeper than any scenario needs (walking it would exhaust the stack);
 * - HTML markup in the names and labels shown to people. The app renders every string from a
 *   link as text, never as HTML; refusing markup as well makes a hostile link obvious instead
 *   of showing its tags.
 */

const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Fields whose text is shown as a name, title or description. */
const TEXT_KEYS: ReadonlySet<string> = new Set([
  'name',
  'label',
  'title',
  'description',
  'summary',
]);

/** "<" followed by a tag name, "/", "!" or "?": the start of an element, comment or directive. */
const MARKUP = /<[A-Za-z/!?]/;

/** Scenarios nest about 8 levels; event payloads a few more. */
export const MAX_DEPTH = 32;

/** The first problem in `root`, as a sentence, or null when there is none. */
export function hostileContent(root: unknown): string | null {
  // Iterative, so that the depth check itself cannot overflow the stack.
  const stack: Array<{ value: unknown; path: string; depth: number }> = [
    { value: root, path: '', depth: 0 },
  ];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_DEPTH) {
      return `${at(path)}nested more than ${MAX_DEPTH} levels deep`;
    }
    const isArray = Array.isArray(value);
    for (const key of Object.keys(value)) {
      const child = (value as Record<string, unknown>)[key];
      const childPath = path ? `${path}.${key}` : key;
      if (!isArray && FORBIDDEN_KEYS.has(key)) {
        return `${at(path)}the key "${key}" is not allowed in a link`;
      }
      if (!isArray && TEXT_KEYS.has(key) && typeof child === 'string') {
        const m = MARKUP.exec(child);
        if (m) {
          return `${childPath}: contains HTML markup ("${child.slice(m.index, m.index + 12)}"), which a link may not carry`;
        }
      }
      stack.push({ value: child, path: childPath, depth: depth + 1 });
    }
  }
  return null;
}

function at(path: string): string {
  return path ? `${path}: ` : '';
}
