import { parseScenario, type ParseResult, type ScenarioError } from './parse';
import { pathKey, setAt, type DocPath } from './edit-path';
import { hostileContent } from './share-link-guards';

/**
 * One inspector edit: the draft document with the new value, and what the parser (the same one
 * presets and links go through) says about it. Only a valid result replaces the scenario. What
 * a link or a file would refuse (markup in a name, a `__proto__` key) is refused here too, so
 * every scenario on screen can be shared.
 */
export function applyEdit(
  draft: unknown,
  path: DocPath,
  value: unknown,
): { draft: unknown; result: ParseResult } {
  const next = setAt(draft, path, value);
  const result = parseScenario(next);
  const hostile = result.ok ? hostileContent(next) : null;
  return {
    draft: next,
    result:
      hostile === null
        ? result
        : { ok: false, errors: [{ path: pathKey(path), message: hostile }] },
  };
}

/**
 * Which shown field each parser error belongs to: the field itself, else its nearest shown
 * parent (a list, a group). Errors about nothing on screen come back in `elsewhere`.
 */
export function placeErrors(
  errors: readonly ScenarioError[],
  shown: ReadonlySet<string>,
): { at: Map<string, string[]>; elsewhere: ScenarioError[] } {
  const at = new Map<string, string[]>();
  const elsewhere: ScenarioError[] = [];
  for (const e of errors) {
    const parts = e.path === '' ? [] : e.path.split('.');
    let placed = false;
    for (let n = parts.length; n > 0 && !placed; n--) {
      const key = pathKey(parts.slice(0, n));
      if (shown.has(key)) {
        at.set(key, [...(at.get(key) ?? []), e.message]);
        placed = true;
      }
    }
    if (!placed) elsewhere.push(e);
  }
  return { at, elsewhere };
}

export type { DocPath };
