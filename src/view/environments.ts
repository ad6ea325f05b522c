import type { Run, TraceEvent } from '../engine';
import { countAtOrBefore } from './search';

/**
 * The function's execution environments at time t, as the diagram draws them: each one
 * initializing (Init running), busy (a handler running one message) or idle (warm), and whether
 * it belongs to provisioned concurrency. Environments Lambda reclaimed, retired or recycled are
 * gone. Read from the trace once per run (intervals per environment, binary-searched), so any t
 * is cheap; and the same object comes back for every t between two changes, so a renderer that
 * compares by identity redraws only when an environment changes.
 */

export type EnvState = 'initializing' | 'busy' | 'idle';

export interface EnvSlot {
  /** The environment's id in the trace (`env`), 0-based. */
  readonly id: number;
  readonly version: string;
  /** The qualifier whose provisioned concurrency owns it, or "" for on demand. */
  readonly provisionedFor: string;
  readonly state: EnvState;
  /** The message it initializes for or runs, or -1 when idle. */
  readonly msg: number;
}

/** Environments by what they are doing: together they are every environment alive at t. */
export interface EnvCounts {
  /** Init running: a cold start, or a reset after a crash or timeout. */
  readonly initializing: number;
  /** On demand, running a handler. */
  readonly busy: number;
  /** On demand, warm and waiting. */
  readonly idle: number;
  /** Provisioned, running a handler. */
  readonly provisionedBusy: number;
  /** Provisioned, initialized ahead of time and waiting. */
  readonly provisionedReady: number;
}

export interface Environments {
  /** Every environment alive at t, by id. */
  readonly slots: readonly EnvSlot[];
  readonly counts: EnvCounts;
}

/** Per environment: its states from each change on, and when it went away (Infinity if never). */
interface EnvTimeline {
  readonly id: number;
  readonly version: string;
  readonly provisionedFor: string;
  readonly born: number;
  readonly times: number[];
  readonly states: EnvState[];
  readonly msgs: number[];
  gone: number;
}

interface EnvIndex {
  readonly envs: readonly EnvTimeline[];
  /** Distinct times at which some environment changed, ascending. */
  readonly changes: readonly number[];
  /** Snapshots by change count, built when first asked for (a few kept). */
  readonly snapshots: Map<number, Environments>;
}

const EMPTY: Environments = Object.freeze({
  slots: Object.freeze([]) as readonly EnvSlot[],
  counts: Object.freeze({
    initializing: 0,
    busy: 0,
    idle: 0,
    provisionedBusy: 0,
    provisionedReady: 0,
  }),
});

/** Snapshots kept per run: playback and scrubbing revisit the few around t. */
const KEEP = 64;

const indexes = new WeakMap<Run, EnvIndex>();

/** The environments alive at t (after every event at or before t). */
export function environmentsAt(run: Run, t: number): Environments {
  const index = indexOf(run);
  const k = countAtOrBefore(index.changes, t);
  if (k === 0) return EMPTY;
  const cached = index.snapshots.get(k);
  if (cached !== undefined) return cached;
  const snap = snapshot(index.envs, index.changes[k - 1]!);
  if (index.snapshots.size >= KEEP) {
    const oldest = index.snapshots.keys().next().value!;
    index.snapshots.delete(oldest);
  }
  index.snapshots.set(k, snap);
  return snap;
}

/** What the trace says happened to an environment: its new state, or null for gone. */
export function envChange(e: TraceEvent): { state: EnvState; msg: number } | null | undefined {
  switch (e.kind) {
    case 'env.provisioned':
      return { state: 'idle', msg: -1 };
    case 'env.init':
      return { state: 'initializing', msg: e.msg };
    case 'invoke.start':
      return { state: 'busy', msg: e.msg };
    case 'invoke.end':
      return { state: 'idle', msg: -1 };
    case 'env.reclaimed':
    case 'env.retired':
    case 'env.recycled':
      return null;
    default:
      return undefined;
  }
}

function indexOf(run: Run): EnvIndex {
  let index = indexes.get(run);
  if (index === undefined) indexes.set(run, (index = build(run)));
  return index;
}

function build(run: Run): EnvIndex {
  const byId = new Map<number, EnvTimeline>();
  const changes: number[] = [];
  for (const e of run.trace) {
    if (e.env < 0) continue;
    const change = envChange(e);
    if (change === undefined) continue;
    let env = byId.get(e.env);
    if (env === undefined) {
      const info = run.environments[e.env];
      env = {
        id: e.env,
        version: info?.version ?? e.version,
        provisionedFor: info?.provisionedFor ?? '',
        born: e.t,
        times: [],
        states: [],
        msgs: [],
        gone: Infinity,
      };
      byId.set(e.env, env);
    }
    if (change === null) env.gone = e.t;
    else {
      // Several changes at one time: the last one holds from then on.
      const last = env.times.length - 1;
      if (last >= 0 && env.times[last] === e.t) {
        env.states[last] = change.state;
        env.msgs[last] = change.msg;
      } else {
        env.times.push(e.t);
        env.states.push(change.state);
        env.msgs.push(change.msg);
      }
    }
    if (changes.length === 0 || changes[changes.length - 1] !== e.t) changes.push(e.t);
  }
  const envs = [...byId.values()].sort((a, b) => a.id - b.id);
  return { envs, changes, snapshots: new Map() };
}

function snapshot(envs: readonly EnvTimeline[], t: number): Environments {
  const slots: EnvSlot[] = [];
  const counts = { initializing: 0, busy: 0, idle: 0, provisionedBusy: 0, provisionedReady: 0 };
  for (const env of envs) {
    if (env.born > t || env.gone <= t) continue;
    const i = countAtOrBefore(env.times, t) - 1;
    if (i < 0) continue;
    const state = env.states[i]!;
    const provisioned = env.provisionedFor !== '';
    slots.push({
      id: env.id,
      version: env.version,
      provisionedFor: env.provisionedFor,
      state,
      msg: env.msgs[i]!,
    });
    if (state === 'initializing') counts.initializing++;
    else if (state === 'busy') counts[provisioned ? 'provisionedBusy' : 'busy']++;
    else counts[provisioned ? 'provisionedReady' : 'idle']++;
  }
  return { slots, counts };
}
