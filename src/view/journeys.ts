import type { InvocationPath, Run, TraceEvent, TraceKind } from '../engine';
import type { PlaceResolver } from './token-places';

/**
 * Every message's journey across the diagram, read from the trace once per run: where it is at
 * any moment, when it travels from box to box, and how it looks on the way. Tokens are drawn from
 * this at a time t — never from tweens of their own — so pausing, stepping back and scrubbing
 * show exactly the same picture as playing there.
 */

/** What a token is: one event, a poller's batch of records, or one record in a queue or stream. */
export type TokenShape = 'event' | 'batch' | 'record';
/** How it is doing: its invocation model while all is well, or waiting to retry, failed, done. */
export type TokenTone = 'sync' | 'async' | 'event' | 'poll' | 'retry' | 'failure' | 'success';

/** A stretch of a journey: resting at a box (from === to) or travelling between two. */
export interface Segment {
  readonly s: number;
  readonly e: number;
  readonly from: string;
  readonly to: string;
  readonly tone: TokenTone;
  /** While waiting to retry: when it leaves again (for a countdown), else NaN. */
  readonly until: number;
  /**
   * A hop's event time: when the trace has the message arrive. A hop that happens at once is
   * drawn a little longer, so it ends after this; words about where the message is go by this.
   */
  readonly due?: number;
}

export interface Journey {
  readonly msg: number;
  readonly shape: TokenShape;
  /** Records in a batch (1 for a single event or record). */
  readonly count: number;
  /** When the token appears, and when it is gone (Infinity: still there when the run ends). */
  readonly birth: number;
  readonly death: number;
  /** In time order, without gaps while visible; a record inside a batch has none. */
  readonly segments: readonly Segment[];
}

export interface JourneyOptions {
  /**
   * How long a hop takes on screen, in simulated ms. A hop that the trace gives more time
   * arrives exactly when its event happens; one that happens at once borrows a little of the
   * time that follows, so it is seen rather than skipped.
   */
  readonly travelMs: number;
}

export interface Journeys {
  readonly list: readonly Journey[];
  /** Journeys sorted by birth, and their births, for finding those alive at t. */
  readonly byBirth: readonly Journey[];
  readonly births: Float64Array;
}

/** The trace kinds that change what a message looks like but not where it is. */
const STAYS = new Set<TraceKind>([
  'invoke.end',
  'async.exhausted',
  'async.expired',
  'async.duplicate',
  'eb.matched',
  'eb.not-matched',
  'eb.archived',
  'stream.checkpoint',
  'stream.bisect',
  'stream.discarded',
  'source.retry',
  // A record the function handled is deleted where it is: inside its batch, out of sight.
  'queue.deleted',
]);

const RETRY = new Set<TraceKind>([
  'async.retry',
  'eb.retry',
  'stream.retry',
  'caller.retry',
  'source.retry',
]);

const FAILURE = new Set<TraceKind>([
  'dlq.sent',
  'queue.redriven',
  'queue.batch-failed',
  'eb.dlq',
  'eb.target-failed',
  'eb.dropped',
  'stream.destination',
  'stream.expired',
  'source.dlq',
  'throttled',
  'service.error',
  'invoke.too-large',
  'async.expired',
  'async.exhausted',
]);

const BASE_TONE: Record<InvocationPath, TokenTone> = {
  sync: 'sync',
  dryrun: 'sync',
  async: 'async',
  event: 'event',
  target: 'event',
  poll: 'poll',
};

/** The least time a hop takes on screen, as a share of a full hop. */
const MIN_SHARE = 0.4;

interface Waypoint {
  readonly t: number;
  /** Null: hidden (a record inside a batch on its way to the function). */
  readonly node: string | null;
  readonly tone: TokenTone;
}

interface Draft {
  readonly msg: number;
  shape: TokenShape;
  count: number;
  readonly origin: string | null;
  readonly birth: number;
  end: number;
  readonly points: Waypoint[];
  /** The last box it was seen at, and the one before (a record's queue, once it is received). */
  at: string | null;
  previous: string | null;
  tone: TokenTone;
}

export function journeysOf(run: Run, resolve: PlaceResolver, options: JourneyOptions): Journeys {
  const drafts: (Draft | undefined)[] = new Array(run.messages.length);
  const batches = new Map<number, readonly number[]>();

  for (const e of run.trace) {
    if (e.msg < 0) continue;
    const d = (drafts[e.msg] ??= startDraft(run, e, resolve, drafts));
    if (e.kind === 'fate') {
      d.end = e.t;
      continue;
    }
    const records = batchRecords(e);
    if (records !== null) {
      batches.set(e.msg, records);
      d.shape = 'batch';
      d.count = records.length;
      // The records travel inside the batch: their own tokens rest out of sight meanwhile.
      for (const r of records) move(drafts[r], e.t, null, drafts[r]?.tone ?? 'poll');
    }
    if (e.kind === 'queue.batch-failed') {
      // The whole batch becomes visible again at its queue when the visibility timeout ends:
      // until then each record waits there, counting down.
      for (const r of batches.get(e.msg) ?? []) {
        const rd = drafts[r];
        if (rd?.previous != null) move(rd, e.t, rd.previous, 'retry');
      }
    }
    const tone = toneOf(e, run, d);
    const target = STAYS.has(e.kind) ? d.at : placeOf(e, resolve, d);
    move(d, e.t, target ?? d.at, tone);
  }

  const list = drafts.flatMap((d) => (d === undefined ? [] : [finish(d, options)]));
  const byBirth = [...list].sort((a, b) => a.birth - b.birth || a.msg - b.msg);
  return { list, byBirth, births: Float64Array.from(byBirth, (j) => j.birth) };
}

function startDraft(
  run: Run,
  e: TraceEvent,
  resolve: PlaceResolver,
  drafts: readonly (Draft | undefined)[],
): Draft {
  const m = run.messages[e.msg]!;
  // A delivery EventBridge makes from an event starts where its event is (the bus), so the hop
  // through the rule is seen; anything else starts where its first event comes from.
  const parent =
    m.parent >= 0 && run.messages[m.parent]!.path === 'event' ? drafts[m.parent]?.at : undefined;
  const origin = parent ?? resolve(e.from, e) ?? resolve(m.workload, e);
  const tone = BASE_TONE[m.path];
  return {
    msg: e.msg,
    shape: m.path === 'poll' ? 'record' : 'event',
    count: 1,
    origin,
    birth: e.t,
    end: Infinity,
    points: origin === null ? [] : [{ t: e.t, node: origin, tone }],
    at: origin,
    previous: null,
    tone,
  };
}

function move(d: Draft | undefined, t: number, node: string | null, tone: TokenTone): void {
  if (d === undefined) return;
  const last = d.points[d.points.length - 1];
  if (last !== undefined && last.node === node && last.tone === tone) return;
  d.points.push({ t, node, tone });
  if (node !== null && node !== d.at) {
    d.previous = d.at;
    d.at = node;
  }
  d.tone = tone;
}

function placeOf(e: TraceEvent, resolve: PlaceResolver, d: Draft): string | null {
  // A push service's answer goes back to whoever called it.
  if (e.to === 'client') return d.origin;
  return resolve(e.to, e);
}

function batchRecords(e: TraceEvent): readonly number[] | null {
  if (e.kind !== 'queue.batch' && e.kind !== 'stream.batch') return null;
  const records = e.detail?.records;
  return Array.isArray(records) ? (records as number[]) : null;
}

function toneOf(e: TraceEvent, run: Run, d: Draft): TokenTone {
  if (RETRY.has(e.kind)) return 'retry';
  if (FAILURE.has(e.kind)) return 'failure';
  const detail = e.detail;
  if (e.kind === 'destination.sent')
    return detail?.destination === 'onFailure' ? 'failure' : 'success';
  if (e.kind === 'invoke.end' && detail?.outcome !== undefined && detail.outcome !== 'success')
    return 'failure';
  if (e.kind === 'sync.response' || e.kind === 'source.response') {
    const code = detail?.statusCode;
    return code !== undefined && code >= 400
      ? 'failure'
      : d.tone === 'failure'
        ? 'failure'
        : 'success';
  }
  if (e.kind === 'invoke.start' || e.kind === 'env.init' || e.kind === 'queue.received')
    return BASE_TONE[run.messages[e.msg]!.path];
  return d.tone;
}

/** Turn waypoints into timed segments: rests, and hops that take time on screen. */
function finish(d: Draft, { travelMs }: JourneyOptions): Journey {
  const segments: Segment[] = [];
  const minHop = travelMs * MIN_SHARE;
  const points = d.points;
  let at = points[0]?.node ?? null;
  let tone = points[0]?.tone ?? 'event';
  let cursor = d.birth;
  let restUntil = NaN;
  const rest = (until: number) => {
    if (at !== null && until > cursor)
      segments.push({ s: cursor, e: until, from: at, to: at, tone, until: restUntil });
  };
  for (let i = 1; i < points.length; i++) {
    const p = points[i]!;
    if (p.node === null || p.node === at) {
      rest(Math.max(cursor, p.t));
      cursor = Math.max(cursor, p.t);
      if (p.node === null) at = null;
      tone = p.tone;
      restUntil = tone === 'retry' ? nextChange(points, i) : NaN;
      continue;
    }
    const arrive = Math.max(p.t, cursor + minHop);
    const leave = Math.max(cursor, arrive - travelMs);
    rest(leave);
    if (at !== null)
      segments.push({
        s: leave,
        e: arrive,
        from: at,
        to: p.node,
        tone: p.tone,
        until: NaN,
        due: p.t,
      });
    at = p.node;
    tone = p.tone;
    cursor = arrive;
    restUntil = tone === 'retry' ? nextChange(points, i) : NaN;
  }
  // After its fate the token stays a moment where it ended, then is gone.
  const death = d.end === Infinity ? Infinity : Math.max(cursor, d.end) + travelMs;
  rest(death);
  return {
    msg: d.msg,
    shape: d.shape,
    count: d.count,
    birth: d.birth,
    death,
    segments,
  };
}

/** When a waiting token next moves or changes: the end of its countdown. */
function nextChange(points: readonly Waypoint[], i: number): number {
  const here = points[i]!;
  for (let k = i + 1; k < points.length; k++)
    if (points[k]!.node !== here.node || points[k]!.tone !== here.tone) return points[k]!.t;
  return NaN;
}
