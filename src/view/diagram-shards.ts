import type { Run } from '../engine';
import { countAtOrBefore, seriesAt } from './search';

/**
 * A stream's shards (or a topic's partitions) at time t, one small bar each: how many records
 * were written to it, how many the mapping has got past (its checkpoint), and whether it is
 * blocked — a failing batch being retried holds the whole shard, so nothing behind it moves.
 * Precomputed once per run from the trace; each call is a few binary searches.
 */
export interface ShardAt {
  readonly id: string;
  /** Records written to the shard by t (the latest sequence number, counted). */
  readonly written: number;
  /** Records the mapping has got past by t (processed, filtered, discarded or expired). */
  readonly done: number;
  /** A failing batch is being retried: the shard's iterator cannot move. */
  readonly blocked: boolean;
}

interface UnitIndex {
  readonly id: string;
  /** Times of the unit's writes, ascending: the count at t is a binary search. */
  readonly puts: number[];
  /** Blocked (1) or moving (0), as a step series. */
  readonly blockedTimes: number[];
  readonly blockedValues: number[];
}

const indexes = new WeakMap<Run, Map<string, UnitIndex[]>>();

/**
 * The shards of the stream or topic `name` ("clickstream", "cluster/topic") at t, as a flat list
 * of numbers (written, done, blocked per shard) so a renderer can compare them one by one.
 */
export function shardNumbers(run: Run, name: string, t: number): number[] {
  const src = run.streams?.sources.find((s) => s.name === name);
  if (src === undefined) return [];
  const units = indexOf(run).get(name) ?? [];
  const out: number[] = [];
  for (const u of src.units) {
    const idx = units.find((x) => x.id === u.id);
    const written = idx === undefined ? 0 : countAtOrBefore(idx.puts, t);
    const waiting = seriesAt(u.waiting, t);
    const k = idx === undefined ? 0 : countAtOrBefore(idx.blockedTimes, t);
    const blocked = k === 0 ? 0 : idx!.blockedValues[k - 1]!;
    out.push(written, Math.max(0, written - waiting), blocked);
  }
  return out;
}

/** The flat numbers of `shardNumbers` as shards, named by the run's unit ids. */
export function shardsOf(run: Run, name: string, numbers: readonly number[]): ShardAt[] {
  const src = run.streams?.sources.find((s) => s.name === name);
  return (src?.units ?? []).map((u, i) => ({
    id: u.id,
    written: numbers[3 * i] ?? 0,
    done: numbers[3 * i + 1] ?? 0,
    blocked: (numbers[3 * i + 2] ?? 0) > 0,
  }));
}

/** "shardId-000000000001" → "shard 1"; "orders-2" → "partition 2". */
export function shardLabel(id: string): string {
  const shard = /^shardId-0*(\d+)$/.exec(id);
  if (shard) return `shard ${shard[1]}`;
  const partition = /-(\d+)$/.exec(id);
  return partition ? `partition ${partition[1]}` : id;
}

function indexOf(run: Run): Map<string, UnitIndex[]> {
  let index = indexes.get(run);
  if (index === undefined) indexes.set(run, (index = build(run)));
  return index;
}

function build(run: Run): Map<string, UnitIndex[]> {
  const byStream = new Map<string, Map<string, UnitIndex>>();
  const unitOf = (stream: string, id: string): UnitIndex => {
    let units = byStream.get(stream);
    if (units === undefined) byStream.set(stream, (units = new Map()));
    let u = units.get(id);
    if (u === undefined) {
      u = { id, puts: [], blockedTimes: [], blockedValues: [] };
      units.set(id, u);
    }
    return u;
  };
  const setBlocked = (u: UnitIndex, t: number, value: number) => {
    const last = u.blockedTimes.length - 1;
    if (last >= 0 && u.blockedValues[last] === value) return;
    if (last >= 0 && u.blockedTimes[last] === t) u.blockedValues[last] = value;
    else {
      u.blockedTimes.push(t);
      u.blockedValues.push(value);
    }
  };
  // A retry names its batch, not its shard: the batch's own event says where it was read.
  const batchUnit = new Map<number, UnitIndex>();
  for (const e of run.trace) {
    const d = e.detail;
    if (d === null) continue;
    switch (e.kind) {
      case 'stream.put':
        if (d.streamName !== undefined && d.unit !== undefined)
          unitOf(d.streamName, d.unit).puts.push(e.t);
        break;
      case 'stream.batch':
        if (d.streamName !== undefined && d.unit !== undefined)
          batchUnit.set(e.msg, unitOf(d.streamName, d.unit));
        break;
      case 'stream.retry':
      case 'stream.bisect': {
        const u = batchUnit.get(e.msg);
        if (u !== undefined) setBlocked(u, e.t, 1);
        break;
      }
      case 'stream.checkpoint':
      case 'stream.discarded': {
        const u =
          d.streamName !== undefined && d.unit !== undefined
            ? unitOf(d.streamName, d.unit)
            : batchUnit.get(e.msg);
        if (u !== undefined) setBlocked(u, e.t, 0);
        break;
      }
      case 'kafka.committed': {
        const units = byStream.get(e.to.replace(/^kafka:/, ''));
        for (const id of Object.keys(d.offsets ?? {})) {
          const u = units?.get(id);
          if (u !== undefined) setBlocked(u, e.t, 0);
        }
        break;
      }
    }
  }
  return new Map([...byStream].map(([name, units]) => [name, [...units.values()]]));
}
