/**
 * Fire times written for people: the same layout in UTC and in the learner's time zone
 * ("Tue 2026-11-24", "10:00"), so the two columns compare at a glance.
 */

export interface ClockText {
  weekday: string;
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM, 24-hour */
  time: string;
  /** "UTC", "GMT+1", "GMT-5"… */
  offset: string;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const pad = (n: number) => String(n).padStart(2, '0');

export function utcClock(ms: number): ClockText {
  const d = new Date(ms);
  return {
    weekday: WEEKDAYS[d.getUTCDay()]!,
    date: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`,
    time: `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`,
    offset: 'UTC',
  };
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    const options: Intl.DateTimeFormatOptions = {
      timeZone: zone,
      weekday: 'short',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    };
    try {
      f = new Intl.DateTimeFormat('en-US', { ...options, timeZoneName: 'shortOffset' });
    } catch {
      f = new Intl.DateTimeFormat('en-US', { ...options, timeZoneName: 'short' });
    }
    formatters.set(zone, f);
  }
  return f;
}

/** The same instant on the wall clock of an IANA time zone such as "Europe/Berlin". */
export function zonedClock(ms: number, zone: string): ClockText {
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const p of formatterFor(zone).formatToParts(ms)) parts[p.type] = p.value;
  return {
    weekday: parts.weekday ?? '',
    date: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}`,
    // A zero offset is spelt "GMT" or "GMT+0" depending on the engine; both mean UTC here.
    offset: /^GMT([+-]0+(:00)?)?$/.test(parts.timeZoneName ?? '')
      ? 'UTC'
      : (parts.timeZoneName ?? ''),
  };
}

/** The browser's IANA time zone, or "UTC" when it does not say. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/**
 * "in 6 h 19 min", "in 3 days 4 h", "in 45 s": how long until a fire time. Numbers stay joined to
 * their units (no-break spaces), so a narrow column wraps between parts, not inside them.
 */
export function untilText(ms: number, now: number): string {
  const seconds = Math.max(0, Math.round((ms - now) / 1000));
  const part = (n: number, unit: string) => `${n}\u00a0${unit}`;
  const parts: string[] = [];
  if (seconds < 60) {
    parts.push(part(seconds, 's'));
  } else {
    const minutes = Math.floor(seconds / 60);
    const days = Math.floor(minutes / 1440);
    const hours = Math.floor((minutes % 1440) / 60);
    const mins = minutes % 60;
    if (days > 0) parts.push(part(days, days === 1 ? 'day' : 'days'));
    if (hours > 0 && days < 100) parts.push(part(hours, 'h'));
    if (mins > 0 && days === 0) parts.push(part(mins, 'min'));
  }
  return `in\u00a0${parts.join(' ')}`;
}
