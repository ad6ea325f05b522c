/**
 * Parser for the six fields inside `cron(...)`, following the EventBridge scheduled-rule table:
 *
 * | field        | values          | wildcards     |
 * | minutes      | 0–59            | , - * /       |
 * | hours        | 0–23            | , - * /       |
 * | day-of-month | 1–31            | , - * ? / L W |
 * | month        | 1–12 or JAN–DEC | , - * /       |
 * | day-of-week  | 1–7 or SUN–SAT  | , - * ? L #   |
 * | year         | 1970–2199       | , - * /       |
 *
 * Every error names the field and quotes the offending text, so a learner can fix it in place.
 *
 * Readings chosen where the documentation is silent or ambiguous:
 * - Exactly one of day-of-month and day-of-week is `?`: `?` in both is rejected, like a value
 *   (or `*`) in both.
 * - Increments: `a/n`, `*\/n` (same as starting at the field minimum) and `a-b/n` are accepted;
 *   n runs from 1 to the number of values in the field. Day-of-week has no `/` in the table,
 *   so increments there are rejected.
 * - Ranges must ascend (`22-2` is rejected with a two-part suggestion rather than wrapping).
 * - Names (JAN, mon) and the letters L, W are case-insensitive.
 * - Day-of-month: `L`, `LW` (last weekday, accepted by EventBridge though not in the table) and
 *   `nW`, each only on its own; `L-n` offsets are rejected. `nW` never leaves the month, and a
 *   day the month lacks (31W in April) does not fire, like a plain 31.
 * - Day-of-week: `L` alone is Saturday (the last day of the week); `nL` is the last such day of
 *   the month; `d#n` (n 1–5) the nth, skipping months without one; `L` and `#` stand alone.
 */
import type { CronFieldText, CronSchedule, DayOfMonthSpec, DayOfWeekSpec } from './schedule-types';

type FieldKey = 'minutes' | 'hours' | 'dayOfMonth' | 'month' | 'dayOfWeek' | 'year';

interface FieldDef {
  key: FieldKey;
  label: string;
  min: number;
  max: number;
  /** Accepted names, index 0 meaning `min`. */
  names?: readonly string[];
  /** Appended to range errors, e.g. " (1 = SUN)". */
  rangeNote: string;
  wildcards: string;
}

const MONTH_NAMES = [
  'JAN',
  'FEB',
  'MAR',
  'APR',
  'MAY',
  'JUN',
  'JUL',
  'AUG',
  'SEP',
  'OCT',
  'NOV',
  'DEC',
] as const;
const DAY_NAMES = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'] as const;

const FIELDS: readonly FieldDef[] = [
  { key: 'minutes', label: 'minutes', min: 0, max: 59, rangeNote: '', wildcards: ', - * /' },
  { key: 'hours', label: 'hours', min: 0, max: 23, rangeNote: '', wildcards: ', - * /' },
  {
    key: 'dayOfMonth',
    label: 'day-of-month',
    min: 1,
    max: 31,
    rangeNote: '',
    wildcards: ', - * ? / L W',
  },
  {
    key: 'month',
    label: 'month',
    min: 1,
    max: 12,
    names: MONTH_NAMES,
    rangeNote: ' (or JAN–DEC)',
    wildcards: ', - * /',
  },
  {
    key: 'dayOfWeek',
    label: 'day-of-week',
    min: 1,
    max: 7,
    names: DAY_NAMES,
    rangeNote: ' (1 = SUN)',
    wildcards: ', - * ? L #',
  },
  { key: 'year', label: 'year', min: 1970, max: 2199, rangeNote: '', wildcards: ', - * /' },
];

/** Where each special character is legal, for "can only be used in …" errors. */
const SPECIAL_HOME: Record<string, string> = {
  '?': 'day-of-month or day-of-week',
  L: 'day-of-month or day-of-week',
  W: 'day-of-month',
  '#': 'day-of-week',
  '/': 'minutes, hours, day-of-month, month or year',
};

class CronError extends Error {}

function fail(def: FieldDef, message: string): never {
  throw new CronError(`${def.label}: ${message}`);
}

const CRON_SHAPE = 'minutes hours day-of-month month day-of-week year';

export type ParseCronResult = { ok: true; schedule: CronSchedule } | { ok: false; error: string };

/** Parse the text between `cron(` and `)`; `expression` is kept on the result for display. */
export function parseCronBody(body: string, expression: string): ParseCronResult {
  const parts = body.split(/\s+/);
  if (parts.length !== 6) {
    return {
      ok: false,
      error: `cron needs 6 fields (${CRON_SHAPE}), got ${parts.length}`,
    };
  }
  const text = parts as [string, string, string, string, string, string];
  const [mi, ho, dom, mo, dow, ye] = FIELDS as [
    FieldDef,
    FieldDef,
    FieldDef,
    FieldDef,
    FieldDef,
    FieldDef,
  ];
  try {
    const minutes = parseList(mi, text[0]);
    const hours = parseList(ho, text[1]);
    const dayOfMonth = parseDayOfMonth(dom, text[2]);
    const months = parseList(mo, text[3]);
    const dayOfWeek = parseDayOfWeek(dow, text[4]);
    const years = parseList(ye, text[5]);
    // EventBridge cannot combine a day-of-month with a day-of-week: exactly one must be `?`.
    if (dayOfMonth.kind === 'any' && dayOfWeek.kind === 'any') {
      return {
        ok: false,
        error: 'day-of-month and day-of-week cannot both be "?": use "*" in one of them',
      };
    }
    if (dayOfMonth.kind !== 'any' && dayOfWeek.kind !== 'any') {
      return { ok: false, error: 'one of day-of-month or day-of-week must be "?"' };
    }
    const fields: CronFieldText = {
      minutes: text[0],
      hours: text[1],
      dayOfMonth: text[2],
      month: text[3],
      dayOfWeek: text[4],
      year: text[5],
    };
    return {
      ok: true,
      schedule: {
        kind: 'cron',
        minutes,
        hours,
        dayOfMonth,
        months,
        dayOfWeek,
        years,
        fields,
        expression,
      },
    };
  } catch (e) {
    if (e instanceof CronError) return { ok: false, error: e.message };
    throw e;
  }
}

/** Reject characters the field does not allow before looking at its structure. */
function checkCharacters(def: FieldDef, text: string): void {
  for (const ch of text) {
    if (/[0-9A-Za-z,*-]/.test(ch)) continue;
    if (ch in SPECIAL_HOME) {
      if (!def.wildcards.includes(ch)) {
        if (def.key === 'dayOfWeek' && ch === '/') {
          fail(def, `"/" (increments) is not supported in day-of-week; list the days instead`);
        }
        fail(def, `"${ch}" can only be used in ${SPECIAL_HOME[ch]}`);
      }
      continue;
    }
    fail(def, `unexpected character "${ch}" in "${text}"`);
  }
  if (text.includes('?') && text !== '?') fail(def, `"?" must be the whole field, got "${text}"`);
}

function parseDayOfMonth(def: FieldDef, text: string): DayOfMonthSpec {
  checkCharacters(def, text);
  if (text === '?') return { kind: 'any' };
  if (/[LW]/i.test(text)) {
    if (/^L-\d*$/i.test(text)) {
      fail(def, `"${text}" — offsets from the last day ("L-n") are not supported`);
    }
    if (/[,-]/.test(text)) fail(def, '"L" and "W" cannot be used with a list or range');
    if (text.includes('/')) fail(def, '"L" and "W" cannot be used with an increment');
    if (/^L$/i.test(text)) return { kind: 'last' };
    if (/^LW$/i.test(text)) return { kind: 'lastWeekday' };
    const w = /^(\d+)W$/i.exec(text);
    if (w) return { kind: 'nearestWeekday', day: parseNumber(def, w[1] ?? '') };
    if (/^W$/i.test(text)) fail(def, '"W" needs a day before it, e.g. "15W"');
    fail(
      def,
      `"${text}" is not valid — use "L" (last day), "LW" (last weekday) or a day followed by "W", e.g. "15W"`,
    );
  }
  return { kind: 'days', days: parseList(def, text) };
}

function parseDayOfWeek(def: FieldDef, text: string): DayOfWeekSpec {
  checkCharacters(def, text);
  if (text === '?') return { kind: 'any' };
  if (text.includes('#')) {
    // The docs: with "#", the field holds exactly one expression ("3#1,6#3" is invalid).
    if (text.includes(',')) fail(def, `only one "#" expression is allowed (got "${text}")`);
    const m = /^([A-Za-z0-9]+)#([^#]*)$/.exec(text);
    if (!m) fail(def, `"${text}" — "#" needs a single day and an occurrence, e.g. "3#2"`);
    const day = parseValue(def, m[1] ?? '');
    const nth = m[2] ?? '';
    if (!/^[1-5]$/.test(nth)) fail(def, `"${text}" — the occurrence after "#" must be 1–5`);
    return { kind: 'nth', day, nth: Number(nth) };
  }
  // No day name contains "L", so any L here is the wildcard.
  if (/L/i.test(text)) {
    if (/[,-]/.test(text)) fail(def, '"L" cannot be used with a list or range');
    // "L" alone is the last day of the week: Saturday.
    if (/^L$/i.test(text)) return { kind: 'days', days: [7] };
    const m = /^([A-Za-z0-9]+)L$/i.exec(text);
    if (!m || /L/i.test(m[1] ?? '')) {
      fail(def, `"${text}" is not valid — use "L" alone or after a day, e.g. "6L" (last Friday)`);
    }
    return { kind: 'last', day: parseValue(def, m[1] ?? '') };
  }
  return { kind: 'days', days: parseList(def, text) };
}

/** `,`-separated items, each `*`, `v`, `a-b`, optionally followed by `/step`. */
function parseList(def: FieldDef, text: string): number[] {
  checkCharacters(def, text);
  const on = new Array<boolean>(def.max - def.min + 1).fill(false);
  for (const item of text.split(',')) {
    if (item === '') fail(def, `empty item in "${text}"`);
    for (const v of parseItem(def, item)) on[v - def.min] = true;
  }
  const values: number[] = [];
  on.forEach((set, i) => {
    if (set) values.push(i + def.min);
  });
  return values;
}

function parseItem(def: FieldDef, item: string): number[] {
  const slash = item.split('/');
  if (slash.length > 2) fail(def, `"${item}" has more than one "/"`);
  const [base = '', stepText] = slash;
  let from: number;
  let to: number;
  if (base === '*') {
    from = def.min;
    to = def.max;
  } else {
    const dash = base.split('-');
    if (dash.length > 2) fail(def, `"${item}" has more than one "-"`);
    if (dash.includes('*')) fail(def, `"${item}" — "*" cannot be part of a range`);
    from = parseValue(def, dash[0] ?? '', item);
    to = dash.length === 2 ? parseValue(def, dash[1] ?? '', item) : from;
    if (to < from) {
      // EventBridge documents ranges only in ascending order; suggest the two-part equivalent.
      const named = def.names !== undefined && /^[A-Za-z]/.test(dash[0] ?? '');
      const last = named ? def.names?.[def.max - def.min] : def.max;
      const first = named ? def.names?.[0] : def.min;
      fail(
        def,
        `"${item}" — the range runs backwards; write it as two parts, e.g. "${dash[0]}-${last},${first}-${dash[1]}"`,
      );
    }
    // "5/10" means: start at 5, then every 10 up to the end of the field.
    if (stepText !== undefined && dash.length === 1) to = def.max;
  }
  let step = 1;
  if (stepText !== undefined) {
    if (!/^\d+$/.test(stepText)) {
      fail(def, `"${item}" — the increment after "/" must be a whole number`);
    }
    step = Number(stepText);
    const span = def.max - def.min + 1;
    if (step < 1) fail(def, `"${item}" — the increment must be at least 1`);
    if (step > span) fail(def, `"${item}" — the increment must be at most ${span}`);
  }
  const out: number[] = [];
  for (let v = from; v <= to; v += step) out.push(v);
  return out;
}

/** A number or (for month and day-of-week) a three-letter name, case-insensitive. */
function parseValue(def: FieldDef, token: string, item: string = token): number {
  if (token === '') fail(def, `"${item}" is missing a value`);
  if (/^\d+$/.test(token)) return parseNumber(def, token);
  const upper = token.toUpperCase();
  if (def.names) {
    const i = def.names.indexOf(upper);
    if (i >= 0) return def.min + i;
  }
  // A stray wildcard letter deserves a pointer to where it belongs.
  if (/^\d*[LW]$/.test(upper) || upper === 'LW') {
    const ch = upper.endsWith('W') ? 'W' : 'L';
    const home = SPECIAL_HOME[ch] ?? '';
    if (!def.wildcards.includes(ch)) fail(def, `"${ch}" can only be used in ${home}`);
  }
  if (def.key === 'month') {
    fail(def, `"${token}" is not a month name (JAN–DEC) or number 1–12`);
  }
  if (def.key === 'dayOfWeek') {
    fail(def, `"${token}" is not a day name (SUN–SAT) or number 1–7`);
  }
  fail(def, `"${token}" is not a number`);
}

function parseNumber(def: FieldDef, token: string): number {
  const n = Number(token);
  if (n < def.min || n > def.max) {
    fail(def, `"${token}" is out of range ${def.min}–${def.max}${def.rangeNote}`);
  }
  return n;
}
