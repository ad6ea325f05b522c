import type { TargetInput } from '../../scenario/schema';

/** What a target receives instead of (or as) the event. */
export type InputResult = { ok: true; value: unknown } | { ok: false; error: string };

export interface InputContext {
  readonly ruleArn: string;
  readonly ruleName: string;
  readonly ingestionTime: string;
}

/**
 * A target's input: the whole event, one part of it (InputPath), a constant (Input), or an
 * input transformer (InputPathsMap + InputTemplate).
 *
 * Templates: in a JSON template, a variable inside a string ("<state>") is replaced by its text and
 * one outside a string (<count>) by its JSON value, `null` when the path is missing. A template
 * that is not JSON is plain text, and takes every value as text. The result is parsed as JSON
 * when it is JSON, and delivered as text otherwise.
 */
export function targetInput(input: TargetInput, event: unknown, ctx: InputContext): InputResult {
  switch (input.mode) {
    case 'event':
      return { ok: true, value: event };
    case 'constant':
      return { ok: true, value: input.input };
    case 'path': {
      const r = readJsonPath(event, input.inputPath);
      if (!r.ok) return r;
      return { ok: true, value: r.found ? r.value : null };
    }
    case 'transformer':
      return transform(input.inputPathsMap, input.inputTemplate, event, ctx);
  }
}

type PathResult = { ok: true; found: boolean; value: unknown } | { ok: false; error: string };

/** The JSONPath subset EventBridge accepts: $, .key, ['key'], [index]. */
export function readJsonPath(root: unknown, path: string): PathResult {
  if (!path.startsWith('$')) return { ok: false, error: `path "${path}" must start with "$"` };
  let cur: unknown = root;
  let i = 1;
  while (i < path.length) {
    let key: string | number;
    if (path[i] === '.') {
      const m = /^\.([A-Za-z0-9_$@-]+)/.exec(path.slice(i));
      if (!m) return { ok: false, error: `path "${path}": expected a field name after "."` };
      key = m[1]!;
      i += m[0].length;
    } else if (path[i] === '[') {
      const m = /^\[(?:(\d+)|'([^']*)'|"([^"]*)")\]/.exec(path.slice(i));
      if (!m) return { ok: false, error: `path "${path}": expected [index] or ['name']` };
      key = m[1] !== undefined ? Number(m[1]) : (m[2] ?? m[3] ?? '');
      i += m[0].length;
    } else {
      return { ok: false, error: `path "${path}": unexpected "${path[i]}"` };
    }
    if (typeof key === 'number') {
      if (!Array.isArray(cur) || key >= cur.length)
        return { ok: true, found: false, value: undefined };
      cur = cur[key];
    } else {
      if (typeof cur !== 'object' || cur === null || !Object.hasOwn(cur, key))
        return { ok: true, found: false, value: undefined };
      cur = (cur as Record<string, unknown>)[key];
    }
  }
  return { ok: true, found: true, value: cur };
}

function transform(
  pathsMap: Readonly<Record<string, string>>,
  template: string,
  event: unknown,
  ctx: InputContext,
): InputResult {
  const values = new Map<string, unknown>([
    ['aws.events.rule-arn', ctx.ruleArn],
    ['aws.events.rule-name', ctx.ruleName],
    ['aws.events.event.ingestion-time', ctx.ingestionTime],
    ['aws.events.event.json', event],
  ]);
  for (const [name, path] of Object.entries(pathsMap)) {
    if (name.startsWith('aws.'))
      return { ok: false, error: `variable "${name}" uses the reserved "aws." prefix` };
    const r = readJsonPath(event, path);
    if (!r.ok) return { ok: false, error: `InputPathsMap.${name}: ${r.error}` };
    values.set(name, r.found ? r.value : undefined);
  }

  // A template that is not JSON at all is plain text: every value goes in as text.
  const json = /^\s*[[{"]/.test(template);
  let out = '';
  let inString = false;
  for (let i = 0; i < template.length; i++) {
    const c = template[i]!;
    if (c === '"' && !isEscaped(template, i)) inString = !inString;
    if (c === '<') {
      const end = template.indexOf('>', i);
      const name = end > i ? template.slice(i + 1, end) : '';
      if (values.has(name)) {
        const v = values.get(name);
        out += !json ? plainText(v) : inString ? textOf(v) : JSON.stringify(v ?? null);
        i = end;
        continue;
      }
    }
    out += c;
  }
  const trimmed = out.trim();
  if (/^[[{"]/.test(trimmed)) {
    try {
      return { ok: true, value: JSON.parse(trimmed) };
    } catch {
      // not JSON after all: delivered as text
    }
  }
  return { ok: true, value: out };
}

/** A value placed inside a JSON string: its text, escaped for the string. */
function textOf(v: unknown): string {
  if (v === undefined || v === null) return '';
  const text = typeof v === 'string' ? v : JSON.stringify(v);
  return JSON.stringify(text).slice(1, -1);
}

function plainText(v: unknown): string {
  if (v === undefined || v === null) return '';
  return typeof v === 'string' ? v : JSON.stringify(v);
}

function isEscaped(s: string, i: number): boolean {
  let n = 0;
  for (let j = i - 1; j >= 0 && s[j] === '\\'; j--) n++;
  return n % 2 === 1;
}
