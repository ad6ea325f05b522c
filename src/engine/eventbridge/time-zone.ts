/**
 * Wall-clock time in a named IANA time zone, without the machine's own zone: every conversion goes
 * through Intl.DateTimeFormat with an explicit timeZone, which gives the same answer on every
 * machine with the same ICU time-zone data. No Date.now, no local-time Date methods.
 */

/** A wall-clock time: month 1–12. */
export interface WallTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Whether `timeZone` is a zone name this machine's ICU data knows ("UTC", "Europe/Paris" …). */
export function isTimeZone(timeZone: string): boolean {
  if (typeof timeZone !== 'string' || timeZone === '' || timeZone.length > 50) return false;
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock time in `timeZone` at the instant `utcMs` (whole seconds). */
export function wallTimeAt(utcMs: number, timeZone: string): WallTime {
  const parts = formatter(timeZone).formatToParts(utcMs);
  const get = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((p) => p.type === type)?.value ?? 0);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
  };
}

/** A wall time read as if it were UTC: handy for arithmetic on wall clocks. */
export function wallAsUtc(w: WallTime): number {
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
}

/** The zone's offset from UTC at `utcMs`, in ms (e.g. −5 h for New York in winter). */
export function offsetAt(utcMs: number, timeZone: string): number {
  const whole = Math.floor(utcMs / 1000) * 1000;
  return wallAsUtc(wallTimeAt(whole, timeZone)) - whole;
}

/**
 * The instants at which the zone's clock shows `wall`: none inside a spring-forward gap, two inside
 * a fall-back overlap (earlier first), one otherwise.
 */
export function instantsOf(wall: WallTime, timeZone: string): number[] {
  const asUtc = wallAsUtc(wall);
  // Every real zone's offset lies within ±18 h, and it changes at most once in a day or so:
  // the offsets a day either side cover every candidate.
  const candidates = new Set([
    asUtc - offsetAt(asUtc - 86_400_000, timeZone),
    asUtc - offsetAt(asUtc, timeZone),
    asUtc - offsetAt(asUtc + 86_400_000, timeZone),
  ]);
  const out: number[] = [];
  for (const t of candidates) {
    if (wallAsUtc(wallTimeAt(t, timeZone)) === asUtc) out.push(t);
  }
  return out.sort((a, b) => a - b);
}

/** "2027-03-14 02:30" (seconds when not zero). */
export function formatWall(w: WallTime): string {
  const p = (n: number) => String(n).padStart(2, '0');
  const s = w.second === 0 ? '' : `:${p(w.second)}`;
  return `${w.year}-${p(w.month)}-${p(w.day)} ${p(w.hour)}:${p(w.minute)}${s}`;
}
