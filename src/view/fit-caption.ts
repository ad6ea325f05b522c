import { messageLine, summaryLine, type Caption, type CaptionMessage } from './captions';
import { plural } from './format';

/**
 * A caption written to fit a strip of fixed size (the presentation's caption bar), so that no
 * line is ever cut: clauses are dropped whole, the most notable kept, and whatever is left out
 * is counted in words ("(3 more events)", "…and 4 more messages at this moment").
 */

export interface CaptionRoom {
  /** About how many characters one row holds. */
  readonly chars: number;
  /** How many rows the strip has. */
  readonly rows: number;
}

/** Characters a wrapped row may lose at its end, where the next word did not fit. */
const WRAP_SLACK = 10;

/** How many characters `rows` wrapped rows hold. */
function roomOf(chars: number, rows: number): number {
  return rows * chars - (rows - 1) * WRAP_SLACK;
}

/** The marker for events left out of a line. */
function gap(n: number, atEnd: boolean): string {
  return atEnd ? `(and ${plural(n, 'more event')})` : `(${plural(n, 'more event')})`;
}

/** A line of the clauses kept (indices in trace order), each run of left-out ones counted. */
function lineWith(m: CaptionMessage, kept: ReadonlySet<number>): string {
  const parts: string[] = [];
  let dropped = 0;
  m.clauses.forEach((c, i) => {
    if (kept.has(i)) {
      if (dropped > 0) parts.push(gap(dropped, false));
      dropped = 0;
      parts.push(c);
    } else dropped++;
  });
  if (dropped > 0) parts.push(gap(dropped, true));
  return m.name + parts.join(' — ');
}

/**
 * One message's line in at most `max` characters: whole when it fits, else its most notable
 * events (the latest first among equals, then the first, which says what started it) as many as
 * fit, in trace order. Null when not even the most notable fits.
 */
export function fitMessage(m: CaptionMessage, max: number): string | null {
  const whole = messageLine(m);
  if (whole.length <= max) return whole;
  const order = m.clauses
    .map((_, i) => i)
    .sort((a, b) => m.ranks[b]! - m.ranks[a]! || (a === 0 ? 1 : b === 0 ? -1 : b - a));
  const kept = new Set<number>();
  let line: string | null = null;
  for (const i of order) {
    // The same words twice say nothing new: the repeat is counted with the rest.
    if ([...kept].some((k) => m.clauses[k] === m.clauses[i])) continue;
    kept.add(i);
    const tried = lineWith(m, kept);
    if (tried.length <= max) line = tried;
    else if (line === null)
      return null; // Not even the most notable event fits.
    else kept.delete(i);
  }
  return line;
}

/** The index of the message's most notable event (the latest of equals). */
function mostNotable(m: CaptionMessage): number {
  let top = 0;
  m.ranks.forEach((r, i) => {
    if (r >= m.ranks[top]!) top = i;
  });
  return top;
}

/**
 * The caption's lines for a strip of `room`: the lead message on up to all but one row (all of
 * them when it is alone), then one row per message while rows last, the last row summing up
 * the rest when more messages remain than rows.
 */
export function fitCaption(caption: Caption, room: CaptionRoom): string[] {
  const msgs = caption.messages;
  if (msgs.length === 0) return [...caption.lines];
  const { chars, rows } = room;
  const alone = msgs.length === 1;
  const leadRoom = roomOf(chars, alone ? rows : Math.max(1, rows - 1));
  let lead = fitMessage(msgs[0]!, leadRoom);
  if (
    lead === null ||
    rows === 1 ||
    lineWith(msgs[0]!, new Set([mostNotable(msgs[0]!)])).length > leadRoom
  ) {
    // The lead's most notable event does not fit beside the rest: it takes every row, the rest
    // counted at its end.
    const more = alone ? '' : ` — ${summaryLine(msgs.slice(1), 0).slice(1)}`;
    lead =
      fitMessage(msgs[0]!, roomOf(chars, rows) - more.length) ??
      lineWith(msgs[0]!, new Set([mostNotable(msgs[0]!)]));
    return [lead + more];
  }
  const lines = [lead];
  let left = rows - (lead.length <= chars ? 1 : rows - 1);
  let next = 1;
  while (left > 0 && next < msgs.length) {
    const last = left === 1 && msgs.length - next > 1;
    const line = last ? null : fitMessage(msgs[next]!, chars);
    if (line === null) break;
    lines.push(line);
    next++;
    left--;
  }
  // The loop leaves a row whenever messages remain: the last one sums them up.
  if (next < msgs.length) lines.push(summaryLine(msgs.slice(next), chars));
  return lines;
}
