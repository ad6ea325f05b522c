import type { Scenario } from '../scenario';
import type { Badge } from './diagram-badges';
import type { Size } from './diagram-layout';
import { formatDuration, plural } from './format';

/**
 * The pieces every part of the diagram is built from: node and edge models, and the stages a
 * node can go into. Kept apart from diagram.ts so the per-source builders (queues, streams, push
 * services …) can share them without importing each other.
 */

export type DiagramNodeKind =
  | 'caller'
  | 'lambda'
  | 'queue'
  | 'function'
  | 'sink'
  | 'bus'
  | 'rule'
  | 'target'
  // A stream or Kafka topic: ordered shards or partitions.
  | 'stream'
  // An event source mapping: Lambda's own poller between a queue or stream and the function.
  | 'mapping'
  // A service that plugs into the function but never invokes it (EFS, X-Ray).
  | 'integration';

/** A source a live figure reads: an SQS queue or an Amazon MQ broker (Run.queues). */
export type QueueSourceKind = 'sqs' | 'mq';

/** What a node shows live at time t (read from the run by the renderer; see diagram-live.ts). */
export type LiveMetric =
  /** What a caller or producer has sent by t (`one`/`many` name it; messages by default). */
  | {
      readonly kind: 'sent';
      readonly workload: string;
      /** More producers drawn in the same box (see view/diagram-groups): their sends count too. */
      readonly also?: readonly string[];
      readonly one?: string;
      readonly many?: string;
    }
  | { readonly kind: 'throttled' }
  | { readonly kind: 'busy' }
  | { readonly kind: 'queued' }
  | { readonly kind: 'sink'; readonly key: string }
  | { readonly kind: 'matched'; readonly key: string }
  | { readonly kind: 'delivered'; readonly key: string }
  /** Trace events counted under a key (counters.ts `sinkOf`), in the node's own words. */
  | {
      readonly kind: 'count';
      readonly key: string;
      readonly one: string;
      readonly many: string;
      readonly verb: string;
    }
  /** A queue's messages at t: visible, in flight, delayed. */
  | { readonly kind: 'depth'; readonly source: QueueSourceKind; readonly name: string }
  /**
   * A queue mapping at t: batches in flight and the concurrent batches it may run; in provisioned
   * mode, its event pollers against the configured minimum and maximum.
   */
  | {
      readonly kind: 'pollers';
      readonly source: QueueSourceKind;
      readonly name: string;
      readonly provisioned?: { readonly minimum: number; readonly maximum: number };
    }
  /** A stream or topic at t: records waiting (all shards) and the highest iterator age. */
  | { readonly kind: 'records'; readonly name: string }
  /** A stream mapping: batches invoked so far and, for Kafka, its consumers at t. */
  | { readonly kind: 'batches'; readonly key: string; readonly consumersOf: string | null };

/** Something in the run that stops part of the diagram working, said where it happens. */
export interface NodeProblem {
  /** Two or three words: "Mapping refused", "Invoke denied". */
  readonly title: string;
  /** The reason, short enough for a box: "visibility 30 s < timeout 60 s". */
  readonly text: string;
  /** AWS's own message, in full (shown on hover). */
  readonly detail: string;
}

export interface DiagramNode {
  /** Trace entity id where one exists ("lambda", "async-queue", "function"), else a stable key. */
  readonly id: string;
  readonly kind: DiagramNodeKind;
  readonly title: string;
  readonly subtitle: string;
  readonly lines: readonly string[];
  readonly live: LiveMetric | null;
  /** Set when the run shows this part refused or broken; drawn instead of the live figure. */
  readonly problem: NodeProblem | null;
  /** Pills naming how a source invokes: push or pull, sync, async or poll. */
  readonly badges?: readonly Badge[];
  /** A stream's shards or a topic's partitions, each drawn as a bar (from the scenario). */
  readonly shards?: number;
  /** The function's versions and aliases with their routing weights, a line each. */
  readonly routing?: readonly string[];
  readonly x: number;
  readonly y: number;
  /**
   * This box's own size, set by the layout. Most boxes share the diagram's node size; the
   * function is larger (it draws its execution environments). Boxes are centred on their lane,
   * so arrows between them run straight whatever their sizes.
   */
  readonly size?: Size;
}

export type EdgeModel =
  | 'sync'
  | 'async'
  | 'dryrun'
  | 'internal'
  | 'success'
  | 'failure'
  | 'event'
  | 'schedule'
  // A producer writes to a queue or stream (SendMessage, PutRecord …).
  | 'send'
  // An event source mapping reads from its queue or stream: Lambda pulls, nobody pushes.
  | 'poll'
  // A plug-in of the function (EFS, X-Ray): never an invocation.
  | 'integration'
  // Refused or denied in this run: nothing gets through.
  | 'broken'
  // Configured but never used by what this scenario does (a function DLQ with no async caller).
  | 'unused';

export interface DiagramEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly label: string;
  readonly model: EdgeModel;
  /**
   * The arrow runs from the end of one row to the start of the next (a long chain wrapped to fit
   * its area): it leaves its box from the bottom and enters the next from the top.
   */
  readonly wrap?: boolean;
}

/**
 * The stages along the main axis, in order. Each builder adds its nodes to the stage where they
 * belong; empty stages are left out when the diagram is laid out.
 */
export interface Stages {
  /** Callers, push services, producers. */
  readonly sources: DiagramNode[];
  /** Event buses, queues and streams. */
  readonly services: DiagramNode[];
  /** Rules, event source mappings, and queues' dead-letter queues. */
  readonly rules: DiagramNode[];
  /** Lambda, other EventBridge targets, push services' own sinks, mappings' on-failure destinations. */
  readonly entry: DiagramNode[];
  /** Lambda's async queue, and EventBridge targets' DLQs. */
  readonly queue: DiagramNode[];
  readonly functions: DiagramNode[];
  /** The function's DLQs and destinations, and its integrations. */
  readonly outs: DiagramNode[];
}

export function newStages(): Stages {
  return { sources: [], services: [], rules: [], entry: [], queue: [], functions: [], outs: [] };
}

export function stageList(s: Stages): DiagramNode[][] {
  return [s.sources, s.services, s.rules, s.entry, s.queue, s.functions, s.outs];
}

/** What a builder adds: its nodes go into the stages, its arrows here. */
export interface DiagramParts {
  readonly stages: Stages;
  readonly edges: DiagramEdge[];
}

/** Caller node ids are prefixed: a workload may be called "function" or "lambda". */
export const callerNodeId = (workloadId: string) => `workload:${workloadId}`;

export function node(
  id: string,
  kind: DiagramNodeKind,
  title: string,
  subtitle: string,
  lines: readonly string[],
  live: LiveMetric | null = null,
  problem: NodeProblem | null = null,
): DiagramNode {
  return { id, kind, title, subtitle, lines, live, problem, x: 0, y: 0 };
}

export function edge(source: string, target: string, label: string, model: EdgeModel): DiagramEdge {
  return { id: `${source}->${target}`, source, target, label, model };
}

export type Arrivals = Scenario['workloads'][number]['arrivals'];

/** A caller's or producer's traffic in a few words. */
export function arrivalsText(a: Arrivals, noun: string): string {
  switch (a.kind) {
    case 'single':
      return `sends ${plural(a.atMs.length, noun)}`;
    case 'burst':
      return `burst of ${plural(a.count, noun)}${a.atMs > 0 ? ` at ${formatDuration(a.atMs)}` : ''}`;
    case 'constant':
      return `${a.ratePerSecond}/s for ${formatDuration(a.durationMs)}`;
    case 'poisson':
      return `~${a.ratePerSecond}/s (random) for ${formatDuration(a.durationMs)}`;
  }
}

/** The same in fewer words, after a label: "4 messages", "burst of 9", "~1/s for 30 s". */
export function arrivalsShort(a: Arrivals, noun: string): string {
  switch (a.kind) {
    case 'single':
      return plural(a.atMs.length, noun);
    case 'burst':
      return `burst of ${a.count}${a.atMs > 0 ? ` at ${formatDuration(a.atMs)}` : ''}`;
    case 'constant':
      return `${a.ratePerSecond}/s for ${formatDuration(a.durationMs)}`;
    case 'poisson':
      return `~${a.ratePerSecond}/s for ${formatDuration(a.durationMs)}`;
  }
}

export function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
