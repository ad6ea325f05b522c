import type { Run, TraceEvent } from '../engine';
import { describeEvent } from './describe';
import { formatCount, messageLabel, plural } from './format';
import { eventsUpTo } from './search';
import { isProblem } from './timeline';

/**
 * Captions that tell the story: at the latest moment at or before t, every event of that moment,
 * grouped by the message it is about, the notable ones first. Written from the trace and the
 * engine's own wording (which names each event's rule), never per preset.
 */

/** At most this many lines; the rest of the moment is summed up in one more. */
export const CAPTION_LINES = 3;
/** The summing-up line names at most this many kinds of event. */
const SUMMARY_PARTS = 3;

export interface Caption {
  /** The simulated moment the caption is about. */
  readonly t: number;
  /** One line per message, most notable first; the last may sum up the rest. */
  readonly lines: readonly string[];
  /** How many trace events the caption covers (all of the moment's). */
  readonly events: number;
  /** Every message of the moment, most notable first, for a caption written to fit its room. */
  readonly messages: readonly CaptionMessage[];
}

/** One message's part of a moment, in pieces a caption can shorten without cutting words. */
export interface CaptionMessage {
  /** "Event #1: ", or "" for an event about no single message. */
  readonly name: string;
  /** What each of its events of the moment did, cause first. */
  readonly clauses: readonly string[];
  /** How notable each clause's event is (see notability). */
  readonly ranks: readonly number[];
  /** Each clause without the message's own numbers: a kind of event, to count alike ones. */
  readonly kinds: readonly string[];
  /** Whether it is about a message (else a lone event such as a scaling step). */
  readonly isMessage: boolean;
}

/** How much a viewer should notice an event: problems, then outcomes and retries, then work. */
export function notability(e: TraceEvent): number {
  if (isProblem(e)) return 3;
  switch (e.kind) {
    case 'fate':
    case 'async.retry':
    case 'caller.retry':
    case 'source.retry':
    case 'eb.retry':
    case 'destination.sent':
    case 'queue.partial-failure':
    case 'queue.throttle-retry':
    case 'stream.bisect':
    case 'stream.retry':
    case 'stream.partial':
    case 'stream.destination':
    case 'sync.response':
    case 'source.response':
      return 2;
    case 'invoke.start':
    case 'invoke.end':
    case 'env.init':
    case 'queue.batch':
    case 'stream.batch':
    case 'eb.matched':
    case 'eb.delivered':
    case 'source.invoke':
      return 1;
    default:
      return 0;
  }
}

/**
 * What to call a message in a caption: a request waits for its answer, a batch is a batch, a
 * record sits in a stream. `events` are some of the message's own trace events.
 */
export function messageNoun(run: Run, msg: number, events: readonly TraceEvent[] = []): string {
  const info = run.messages[msg];
  if (info === undefined) return 'Event';
  switch (info.path) {
    case 'sync':
    case 'dryrun':
      return 'Request';
    case 'poll':
      if (Array.isArray(info.records) || isBatch(run, msg)) return 'Batch';
      return events.some((e) => e.kind.startsWith('stream.')) ? 'Record' : 'Message';
    case 'target':
      return 'Delivery';
    default:
      return 'Event';
  }
}

function isBatch(run: Run, msg: number): boolean {
  const p = run.messages[msg]?.payload as { Records?: unknown[] } | null | undefined;
  return Array.isArray(p?.Records) && p.Records.length > 0;
}

/** The events of the moment at or before t, in trace order. */
export function momentAt(run: Run, t: number): readonly TraceEvent[] {
  const happened = eventsUpTo(run, t);
  if (happened === 0) return [];
  const moment = run.trace[happened - 1]!.t;
  let first = happened - 1;
  while (first > 0 && run.trace[first - 1]!.t === moment) first--;
  return run.trace.slice(first, happened);
}

interface Group {
  readonly msg: number;
  readonly events: TraceEvent[];
  rank: number;
}

/** One message's name and each of its events of the moment, cause first. */
function messageOf(run: Run, g: Group): CaptionMessage {
  const clauses = g.events.map((e) => describeEvent(e, run));
  return {
    name: g.msg >= 0 ? `${messageNoun(run, g.msg, g.events)} ${messageLabel(g.msg)}: ` : '',
    clauses,
    ranks: g.events.map(notability),
    // The sentence without the message's own numbers reads as a kind of event.
    kinds: clauses.map((c) => c.replace(/#\d+/g, '#…')),
    isMessage: g.msg >= 0,
  };
}

/** A message's whole line: its name, then its events joined. */
export function messageLine(m: CaptionMessage): string {
  return m.name + m.clauses.join(' — ');
}

/** The caption at t, or null before anything has happened. */
export function captionAt(run: Run, t: number): Caption | null {
  const events = momentAt(run, t);
  if (events.length === 0) return null;
  const groups = new Map<string, Group>();
  for (const e of events) {
    // Events about no single message (a scaling step, a refused setup) each stand alone.
    const key = e.msg >= 0 ? `m${e.msg}` : `e${e.seq}`;
    let g = groups.get(key);
    if (g === undefined) groups.set(key, (g = { msg: e.msg, events: [], rank: 0 }));
    g.events.push(e);
    g.rank = Math.max(g.rank, notability(e));
  }
  const ranked = [...groups.values()].sort(
    (a, b) => b.rank - a.rank || a.events[0]!.seq - b.events[0]!.seq,
  );
  const messages = ranked.map((g) => messageOf(run, g));
  const shown = messages.length > CAPTION_LINES ? CAPTION_LINES - 1 : messages.length;
  const lines = messages.slice(0, shown).map(messageLine);
  const rest = messages.slice(shown);
  if (rest.length > 0) lines.push(summaryLine(rest));
  return { t: events[0]!.t, lines, events: events.length, messages };
}

/**
 * "…and 4 more messages at this moment: 3 × Attempt 1 starts; …; and 2 other kinds" — the rest,
 * by what they did: at most `parts` kinds and within `max` characters, the others counted.
 */
export function summaryLine(
  rest: readonly CaptionMessage[],
  max = Infinity,
  parts = SUMMARY_PARTS,
): string {
  const counts = new Map<string, number>();
  for (const m of rest) for (const what of m.kinds) counts.set(what, (counts.get(what) ?? 0) + 1);
  const all = [...counts].map(([what, n]) => (n > 1 ? `${formatCount(n)} × ${what}` : what));
  const whom = rest.some((m) => m.isMessage)
    ? plural(rest.length, 'more message')
    : plural(rest.length, 'more event');
  const head = `…and ${whom} at this moment`;
  const others = (n: number) => (n > 0 ? [`and ${plural(n, 'other kind')}`] : []);
  // As many kinds as fit, the ones left out counted; with none, the head alone.
  for (let n = Math.min(parts, all.length); n > 0; n--) {
    const line = `${head}: ${[...all.slice(0, n), ...others(all.length - n)].join('; ')}`;
    if (line.length <= max) return line;
  }
  return head;
}

/** Captions for a store selector: recomputed only when the moment changes. */
export function captionSelector(run: Run): (s: { readonly t: number }) => Caption | null {
  let last = -1;
  let caption: Caption | null = null;
  return ({ t }) => {
    const happened = eventsUpTo(run, t);
    if (happened !== last) {
      last = happened;
      caption = captionAt(run, t);
    }
    return caption;
  };
}
