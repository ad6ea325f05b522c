/**
 * Reading JSON typed by a learner: the value when it parses, otherwise where it breaks (line and
 * column) and why, in plain words.
 *
 * JSON.parse decides what is valid; its error messages differ between browsers and rarely say
 * what to do. So when it fails, a small scanner walks the text again to find the first problem
 * and phrase it. If the scanner cannot explain the failure, JSON.parse's own message is shown.
 */

export interface JsonProblem {
  message: string;
  /** 1-based; absent when the position is unknown. */
  line?: number;
  column?: number;
  /** Index into the text, for moving the caret there. */
  offset?: number;
}

export type JsonCheck = { ok: true; value: unknown } | { ok: false; problem: JsonProblem };

export function checkJson(text: string): JsonCheck {
  if (text.trim() === '') {
    return { ok: false, problem: { message: 'The editor is empty: write a JSON object, { … }' } };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    const found = explainJsonError(text);
    if (found) return { ok: false, problem: found };
    return { ok: false, problem: fromParserMessage(text, e) };
  }
}

/** The line and column (both 1-based) of an index into the text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function at(text: string, offset: number, message: string): JsonProblem {
  return { message, offset, ...lineColumn(text, offset) };
}

/** Uses the "position N" that V8 and others put in their messages, when there is one. */
function fromParserMessage(text: string, e: unknown): JsonProblem {
  const message = e instanceof Error ? e.message : String(e);
  const position = /position (\d+)/.exec(message);
  if (position) return at(text, Number(position[1]), message);
  return { message };
}

class Found {
  constructor(
    readonly offset: number,
    readonly message: string,
  ) {}
}

/** Deeper than this, the scanner gives up (and the parser's message is used). */
const MAX_DEPTH = 400;

/** The first problem in text that JSON.parse rejected, or null if the scanner finds none. */
export function explainJsonError(text: string): JsonProblem | null {
  try {
    scan(text);
    return null;
  } catch (e) {
    if (e instanceof Found) return at(text, e.offset, e.message);
    return null; // too deep for the scanner
  }
}

const WORD = /[A-Za-z_$][\w$]*/y;
const NUMBER_START = /[-+.\d]/;

function scan(text: string): void {
  let i = 0;
  // Typed explicitly so that TypeScript narrows after each call, as it would after a throw.
  const fail: (message: string, offset?: number) => never = (message, offset = i) => {
    throw new Found(offset, message);
  };
  const shown = (offset: number): string => {
    const ch = text[offset];
    if (ch === undefined) return 'the end of the text';
    if (ch === '\n' || ch === '\r') return 'the end of the line';
    return `“${ch}”`;
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const wordAt = (offset: number): string | null => {
    WORD.lastIndex = offset;
    return WORD.exec(text)?.[0] ?? null;
  };

  const value = (depth: number, closing: string | null): void => {
    if (depth > MAX_DEPTH) throw new Error('too deep');
    space();
    const ch = text[i];
    if (ch === undefined) fail('The text ends where a value should be: is something missing?');
    if (ch === '{') return object(depth);
    if (ch === '[') return array(depth);
    if (ch === '"') return string();
    if (ch === "'") fail('Strings need double quotes ("…"), not single quotes');
    if (ch === closing) fail(`A comma cannot come just before the closing ${closing}: remove it`);
    if (NUMBER_START.test(ch)) return number();
    const word = wordAt(i);
    if (word === 'true' || word === 'false' || word === 'null') {
      i += word.length;
      return;
    }
    if (word !== null) {
      const lower = word.toLowerCase();
      if (lower === 'true' || lower === 'false' || lower === 'null') {
        fail(`Write ${lower} in lower case`);
      }
      fail(`${word} is not a JSON value: text needs double quotes, "${word}"`);
    }
    fail(`Unexpected ${shown(i)} where a value should be`);
  };

  const object = (depth: number): void => {
    const open = i;
    i++; // {
    space();
    if (text[i] === '}') {
      i++;
      return;
    }
    for (;;) {
      space();
      key();
      space();
      if (text[i] !== ':') fail(`Expected “:” after the field name, found ${shown(i)}`);
      i++;
      value(depth + 1, null);
      space();
      const ch = text[i];
      if (ch === '}') {
        i++;
        return;
      }
      if (ch === ',') {
        i++;
        space();
        if (text[i] === '}') fail('A comma cannot come just before the closing }: remove it');
        continue;
      }
      if (ch === undefined) {
        const { line } = lineColumn(text, open);
        fail(`The object opened on line ${line} is never closed: add a }`);
      }
      if (ch === '"') fail('A comma is missing before this field');
      fail(`Expected “,” or “}” after the value, found ${shown(i)}`);
    }
  };

  const key = (): void => {
    const ch = text[i];
    if (ch === '"') return string();
    if (ch === undefined) fail('The text ends where a field name should be');
    if (ch === "'") fail('Field names need double quotes ("…"), not single quotes');
    const word = wordAt(i);
    if (word !== null) fail(`Field names need double quotes: write "${word}"`);
    fail(`Expected a field name in double quotes, found ${shown(i)}`);
  };

  const array = (depth: number): void => {
    const open = i;
    i++; // [
    space();
    if (text[i] === ']') {
      i++;
      return;
    }
    for (;;) {
      value(depth + 1, ']');
      space();
      const ch = text[i];
      if (ch === ']') {
        i++;
        return;
      }
      if (ch === ',') {
        i++;
        continue;
      }
      if (ch === undefined) {
        const { line } = lineColumn(text, open);
        fail(`The array opened on line ${line} is never closed: add a ]`);
      }
      if (ch === '"' || ch === '{' || ch === '[') fail('A comma is missing before this value');
      fail(`Expected “,” or “]” after the value, found ${shown(i)}`);
    }
  };

  const string = (): void => {
    const open = i;
    i++; // opening quote
    for (;;) {
      const ch = text[i];
      if (ch === undefined || ch === '\n' || ch === '\r') {
        fail('This string is never closed: add the closing "', open);
      }
      if (ch === '"') {
        i++;
        return;
      }
      if (ch === '\\') {
        const next = text[i + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
            fail('“\\u” must be followed by four hex digits, e.g. \\u00e9');
          }
          i += 6;
          continue;
        }
        if (next === undefined || !'"\\/bfnrt'.includes(next)) {
          fail(`“\\${next ?? ''}” is not a JSON escape: write \\\\ for a backslash`);
        }
        i += 2;
        continue;
      }
      if (ch < ' ') fail('Tabs and other control characters inside a string must be escaped');
      i++;
    }
  };

  const number = (): void => {
    const start = i;
    if (text[i] === '+') fail('A number cannot start with “+”');
    if (text[i] === '.') fail('Write a 0 before the decimal point, e.g. 0.5');
    if (text[i] === '-') i++;
    if (text[i] === '0') {
      i++;
      if (/\d/.test(text[i] ?? '')) fail('Numbers cannot have a leading zero', start);
    } else if (/\d/.test(text[i] ?? '')) {
      while (/\d/.test(text[i] ?? '')) i++;
    } else {
      fail('A “-” must be followed by a digit');
    }
    if (text[i] === '.') {
      i++;
      if (!/\d/.test(text[i] ?? '')) fail('A decimal point must be followed by a digit');
      while (/\d/.test(text[i] ?? '')) i++;
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      if (!/\d/.test(text[i] ?? '')) fail('An exponent must be followed by a digit');
      while (/\d/.test(text[i] ?? '')) i++;
    }
  };

  value(0, null);
  space();
  if (i < text.length) {
    fail(
      'Unexpected text after the end of the JSON: is there an extra } or ], or a missing comma?',
    );
  }
}
