/**
 * A moment typed by a person, in ms: the clock's own form ("1:01.150", "1:02:03.5"), plain
 * seconds ("61.15", "61.15 s"), or with a unit ("500 ms", "2 min", "1.5 h"). Null when it is
 * none of these.
 */
export function parseTime(text: string): number | null {
  const s = text.trim().toLowerCase();
  if (s === '') return null;
  const clock = /^(?:(\d+):)?(\d+):(\d{1,2}(?:\.\d{1,3})?)$/.exec(s);
  if (clock) {
    const [, h, m, sec] = clock;
    if (Number(sec) >= 60 || (h !== undefined && Number(m) >= 60)) return null;
    return Math.round(((Number(h ?? 0) * 60 + Number(m)) * 60 + Number(sec)) * 1000);
  }
  const unit = /^(\d+(?:\.\d+)?)\s*(ms|s|sec|min|m|h)?$/.exec(s);
  if (!unit) return null;
  const value = Number(unit[1]);
  const scale = { ms: 1, s: 1000, sec: 1000, m: 60_000, min: 60_000, h: 3_600_000 };
  return Math.round(value * scale[(unit[2] ?? 's') as keyof typeof scale]);
}
