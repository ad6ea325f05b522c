/** Countdown text: "1:05:09" from an hour on, "39:59" below, never negative. */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const s = total % 60;
  const m = Math.floor(total / 60) % 60;
  const h = Math.floor(total / 3600);
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

/**
 * What a screen reader hears about the exam clock: a line that changes only at a few milestones
 * (an hour, 30, 10, 5 and 1 minutes left), so it is announced then and not every minute.
 */
export function spokenCountdown(ms: number): string {
  const minutes = Math.ceil(Math.max(0, ms) / 60_000);
  if (minutes === 0) return 'Time is up';
  const milestone = [1, 5, 10, 30, 60].find((m) => minutes <= m);
  if (milestone === undefined) return 'More than an hour left';
  if (milestone === 60) return 'Less than an hour left';
  return `Less than ${milestone} ${milestone === 1 ? 'minute' : 'minutes'} left`;
}

/** A calendar day in the learner's own locale and zone: "Thu 8 Jan". */
export function formatDay(ms: number): string {
  return new Date(ms).toLocaleDateString(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  });
}

/** The last moment of the learner's local day: "due today" means due before this. */
export function endOfLocalDay(now: number): number {
  const d = new Date(now);
  d.setHours(23, 59, 59, 999);
  return d.getTime();
}

export const percent = (share: number) => `${Math.round(share * 100)} %`;
