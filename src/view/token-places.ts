import type { TraceEvent } from '../engine';
import { sinkOf } from './counters';

/**
 * Where on the diagram a trace event puts its message. The trace names entities the way the
 * engine knows them ("sdk", "producer:orders/checkout", "shard:clickstream/shardId-…", "dlq");
 * the diagram names its boxes with a little more context ("workload:sdk",
 * "producer:sqs:orders/checkout", "stream:clickstream", "dlq:sqs:resize-dlq"). This maps one onto
 * the other, and returns null for an entity the diagram does not draw.
 */
export type PlaceResolver = (name: string, e: TraceEvent) => string | null;

const PRODUCER_FAMILIES = ['sqs', 'mq', 'stream', 'kafka'] as const;

const NO_ALIASES: ReadonlyMap<string, string> = new Map();

/**
 * `aliases` maps the id of a part drawn inside another box (a grouped producer) to that box's id
 * (see Diagram.aliases).
 */
export function placeResolver(
  nodeIds: ReadonlySet<string>,
  aliases: ReadonlyMap<string, string> = NO_ALIASES,
): PlaceResolver {
  const memo = new Map<string, string | null>();
  const drawn = (id: string): string | undefined => {
    if (nodeIds.has(id)) return id;
    const box = aliases.get(id);
    return box !== undefined && nodeIds.has(box) ? box : undefined;
  };
  const lookup = (name: string): string | null => {
    const hit = memo.get(name);
    if (hit !== undefined) return hit;
    let found: string | null = null;
    for (const c of candidates(name)) {
      const box = drawn(c);
      if (box !== undefined) {
        found = box;
        break;
      }
    }
    memo.set(name, found);
    return found;
  };
  return (name, e) => {
    // Lambda's own sinks are named by the event's detail, not by its `to`.
    if (name === 'dlq' || name === 'onSuccess' || name === 'onFailure') {
      const sink = sinkOf(e);
      return sink !== undefined && nodeIds.has(sink) ? sink : null;
    }
    return lookup(name);
  };
}

function candidates(name: string): string[] {
  const out = [name, `workload:${name}`];
  const colon = name.indexOf(':');
  if (colon < 0) return out;
  const prefix = name.slice(0, colon);
  const rest = name.slice(colon + 1);
  switch (prefix) {
    case 'producer':
      for (const f of PRODUCER_FAMILIES) out.push(`producer:${f}:${rest}`);
      break;
    case 'shard':
    case 'partition': {
      // A shard or partition lives in its stream or topic's box.
      const owner = rest.slice(0, rest.indexOf('/') < 0 ? rest.length : rest.indexOf('/'));
      out.push(`stream:${owner}`, `kafka:${owner}`, `topic:${owner}`);
      break;
    }
    case 'dlq':
      // A queue's redrive target, drawn next to its queue.
      out.push(`redrive:${rest}`);
      break;
    case 'onFailure':
    case 'onSuccess':
      // A stream or Kafka mapping's on-failure destination.
      out.push(`esm-destination:${rest}`);
      break;
  }
  return out;
}
