/**
 * JSON laid out the way event patterns are usually written: an array or object that fits on the
 * rest of its line stays on one line (`"source": ["aws.ec2"]`), anything longer breaks, one
 * member per line with two-space indents. The outermost object always breaks, so each top-level
 * field starts a line. Parsing the result gives back the same value.
 */

const WIDTH = 72;
const INDENT = '  ';

export function prettyJson(value: unknown): string {
  return print(value, '', 0);
}

/** `used` is how many characters of the line come before the value (indent and key). */
function print(value: unknown, indent: string, used: number): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  const flat = indent === '' && !Array.isArray(value) ? null : inline(value);
  if (flat !== null && used + flat.length <= WIDTH) return flat;
  const inner = indent + INDENT;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const items = value.map((v) => inner + print(v, inner, inner.length));
    return `[\n${items.join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return '{}';
  const lines = entries.map(([k, v]) => {
    const head = `${inner}${JSON.stringify(k)}: `;
    return head + print(v, inner, head.length);
  });
  return `{\n${lines.join(',\n')}\n${indent}}`;
}

/** The value on one line, or null once it is clearly too long for any line. */
function inline(value: unknown): string | null {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  const parts: string[] = [];
  let length = 0;
  const add = (part: string | null): boolean => {
    if (part === null) return false;
    parts.push(part);
    length += part.length + 2;
    return length <= WIDTH;
  };
  if (Array.isArray(value)) {
    for (const v of value) if (!add(inline(v))) return null;
    return `[${parts.join(', ')}]`;
  }
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    const item = inline(v);
    if (!add(item === null ? null : `${JSON.stringify(k)}: ${item}`)) return null;
  }
  return parts.length === 0 ? '{}' : `{ ${parts.join(', ')} }`;
}
