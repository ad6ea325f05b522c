import type { Run } from '../engine';
import type { Scenario } from '../scenario';
import { formatBytes, formatDuration, plural } from './format';
import { runtimeLabel, targetTypeLabel } from './names';
import { sourceBadges } from './diagram-badges';
import { foldInvokeApi, foldsInvokeApi } from './diagram-fold';
import { versionLines } from './diagram-function';
import { groupProducers } from './diagram-groups';
import { layOut, type BoxStyle, type FitArea, type Orientation, type Size } from './diagram-layout';
import {
  arrivalsText,
  callerNodeId,
  edge,
  newStages,
  node,
  stageList,
  unique,
  type DiagramEdge,
  type DiagramNode,
  type DiagramParts,
  type EdgeModel,
} from './diagram-parts';
import { problemsOf, type Problems } from './diagram-problems';
import type { LambdaCall } from './diagram-push';
import { familiesNeeded } from '../engine/families';
import { diagramFamily } from './diagram-families';

export { callerNodeId } from './diagram-parts';
export { nodeSize } from './diagram-layout';
export type { BoxStyle, FitArea, Orientation, Size } from './diagram-layout';
export type {
  DiagramEdge,
  DiagramNode,
  DiagramNodeKind,
  EdgeModel,
  LiveMetric,
  NodeProblem,
  QueueSourceKind,
} from './diagram-parts';

/**
 * The diagram as plain data: which boxes, which arrows, where. React Flow only draws it, so the
 * layout can be tested without a DOM and reused by exports.
 */
export interface Diagram {
  readonly orientation: Orientation;
  /**
   * How boxes are drawn: "card" (stacked: names, settings, live figure) or "row" (one flat line,
   * for a top→bottom diagram whose stages are single boxes).
   */
  readonly box: BoxStyle;
  /** Every node's box, in flow units: the renderer draws nodes exactly this size. */
  readonly node: Size;
  /** Bounding box of all nodes, in flow units. */
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly DiagramNode[];
  readonly edges: readonly DiagramEdge[];
  /**
   * Parts drawn inside another box, by id: each grouped producer to its group's box (see
   * view/diagram-groups). Tokens, selections and lessons that name a member land on the box.
   */
  readonly aliases: ReadonlyMap<string, string>;
}

const INVOCATION: Record<
  string,
  { label: string; model: EdgeModel & ('sync' | 'async' | 'dryrun') }
> = {
  RequestResponse: { label: 'sync', model: 'sync' },
  Event: { label: 'async', model: 'async' },
  DryRun: { label: 'dry run', model: 'dryrun' },
};

const NO_PROBLEMS: Problems = new Map();

/**
 * The scenario's boxes and arrows. With its run, what the run refused or broke (a mapping
 * CreateEventSourceMapping turned down, a service Lambda denies) is drawn broken; the layout is the
 * same either way. Given the area it is shown in, a left→right chain too long for it wraps onto
 * rows (see view/diagram-layout).
 */
export function diagramOf(
  s: Scenario,
  orientation: Orientation = 'horizontal',
  run?: Run,
  area?: FitArea,
): Diagram {
  const fn = s.function;
  const problems = run === undefined ? NO_PROBLEMS : problemsOf(run);
  // Stages along the main axis: callers and producers; buses, queues and streams; rules and
  // mappings; Lambda and other targets; the async queue; the function; then DLQs, destinations
  // and integrations. Empty stages are left out.
  const parts: DiagramParts = { stages: newStages(), edges: [] };
  const { sources, entry, queue, functions, outs } = parts.stages;
  const edges = parts.edges;
  const calls: LambdaCall[] = [];
  // Source families draw their own parts (src/view/diagram-families.ts).
  const needed = familiesNeeded(s);

  for (const w of s.workloads) {
    if (w.source !== undefined) {
      calls.push(diagramFamily('push').addPushWorkload(w, w.source, s, problems, parts));
      continue;
    }
    const how = INVOCATION[w.invocationType]!;
    const id = callerNodeId(w.id);
    // A request Invoke refused as too large shows on the caller's box and arrow.
    const problem = problems.get(id) ?? null;
    const lines = [arrivalsText(w.arrivals, w.invocationType === 'Event' ? 'event' : 'request')];
    if (w.payloadBytes !== undefined) lines.push(`payload ${formatBytes(w.payloadBytes)}`);
    if (w.api === 'InvokeAsync') lines.push('via InvokeAsync');
    sources.push({
      ...node(
        id,
        'caller',
        w.label ?? w.id,
        'Caller',
        lines,
        { kind: 'sent', workload: w.id },
        problem,
      ),
      badges: sourceBadges(how.model),
    });
    edges.push(
      problem !== null
        ? edge(id, 'lambda', '413', 'broken')
        : edge(id, 'lambda', how.label, how.model),
    );
    calls.push({ invocationType: w.invocationType, qualifier: String(w.qualifier) });
  }
  const eb = s.eventbridge;
  if (eb) {
    diagramFamily('eventbridge').addEventBridge(eb, parts);
    for (const r of eb.rules)
      for (const t of r.targets)
        if (t.type === 'lambda')
          calls.push({ invocationType: 'Event', qualifier: String(t.qualifier) });
  }
  if (needed.includes('queues'))
    calls.push(...diagramFamily('queues').addQueues(s, problems, parts));
  if (needed.includes('streams'))
    calls.push(...diagramFamily('streams').addStreams(s, problems, parts));

  const usesAsync = calls.some((c) => c.invocationType === 'Event');
  const usesDirect = calls.some((c) => c.invocationType !== 'Event');
  const usesLambda = calls.length > 0;

  if (usesLambda) {
    const entries = [
      unique(calls.map((c) => c.invocationType)).join(' + '),
      `qualifier ${unique(calls.map((c) => c.qualifier)).join(', ')}`,
    ];
    entry.unshift(node('lambda', 'lambda', 'Lambda', 'Invoke API', entries, { kind: 'throttled' }));
  }

  if (usesAsync) {
    const cfg = fn.asyncConfig;
    queue.unshift(
      node(
        'async-queue',
        'queue',
        'Async queue',
        'Internal queue',
        [
          `${plural(cfg.maximumRetryAttempts, 'retry', 'retries')} · max age ${formatDuration(cfg.maximumEventAgeInSeconds * 1000)}`,
        ],
        { kind: 'queued' },
      ),
    );
    edges.push(edge('lambda', 'async-queue', '202', 'internal'));
    edges.push(edge('async-queue', 'function', 'invoke', 'internal'));
  }
  if (usesDirect) edges.push(edge('lambda', 'function', 'invoke', 'internal'));

  if (usesLambda) {
    const routing = versionLines(s);
    functions.push({
      ...node('function', 'function', fn.name, 'Function', functionLines(s), { kind: 'busy' }),
      ...(routing.length > 0 ? { routing } : {}),
    });
    for (const sink of sinksOf(s)) {
      // A function's DLQ and destinations serve asynchronous invocations only: with no async
      // caller (an SQS trigger, say) they are there but never used, and drawn so.
      outs.push(
        node(
          sink.key,
          'sink',
          sink.title,
          sink.subtitle,
          usesAsync ? [] : ['for async invokes only'],
          { kind: 'sink', key: sink.key },
        ),
      );
      edges.push(
        usesAsync
          ? edge('function', sink.key, sink.edgeLabel, sink.model)
          : edge('function', sink.key, 'unused', 'unused'),
      );
    }
    if (needed.includes('push')) diagramFamily('push').addIntegrations(s, problems, parts);
    if (fn.writesBackToSource) edges.push(...loopEdges(s));
  }

  // Fewer boxes where they teach nothing: the Invoke API as an arrow, producers of one source
  // in one box.
  if (foldsInvokeApi(s, calls)) foldInvokeApi(parts, orientation);
  const aliases = groupProducers(parts);

  const { wraps, ...laid } = layOut(stageList(parts.stages), edges, orientation, area);
  return {
    orientation,
    ...laid,
    edges:
      wraps.size === 0 ? edges : edges.map((e) => (wraps.has(e.id) ? { ...e, wrap: true } : e)),
    aliases,
  };
}

function functionLines(s: Scenario): string[] {
  const fn = s.function;
  const lines = [
    `${runtimeLabel(fn.runtime)} · ${fn.memoryMb} MB`,
    `timeout ${formatDuration(fn.timeoutSeconds * 1000)}`,
  ];
  const limits: string[] = [];
  if (fn.reservedConcurrency !== undefined) limits.push(`reserved ${fn.reservedConcurrency}`);
  for (const pc of fn.provisionedConcurrency)
    limits.push(`provisioned ${pc.count} on ${pc.qualifier}`);
  if (limits.length > 0) lines.push(limits.join(' · '));
  if (fn.writesBackToSource || fn.recursiveLoop === 'Allow')
    lines.push(
      `${fn.writesBackToSource ? 'writes back · ' : ''}RecursiveLoop ${fn.recursiveLoop ?? 'Terminate'}`,
    );
  return lines;
}

/**
 * The function writes each event back to where it came from: an arrow from the function to each
 * SQS queue with a mapping and each SNS topic or S3 bucket that invokes it, the loop made visible.
 */
function loopEdges(s: Scenario): DiagramEdge[] {
  const out: DiagramEdge[] = [];
  for (const q of s.queues ?? [])
    if (q.mapping !== undefined) out.push(edge('function', `sqs:${q.name}`, 'writes back', 'send'));
  for (const w of s.workloads) {
    const service = w.source?.service;
    if (service === 'sns' || service === 's3')
      out.push(edge('function', callerNodeId(w.id), 'writes back', 'send'));
  }
  return out;
}

interface Sink {
  readonly key: string;
  readonly title: string;
  readonly subtitle: string;
  readonly edgeLabel: string;
  readonly model: EdgeModel;
}

/** DLQs and destinations, keyed like Fate.deliveredTo so live counts line up. */
function sinksOf(s: Scenario): Sink[] {
  const fn = s.function;
  const found = new Map<string, Sink>();
  const add = (sink: Sink) => {
    if (!found.has(sink.key)) found.set(sink.key, sink);
  };
  for (const q of [fn.deadLetterQueue, ...fn.versions.map((v) => v.deadLetterQueue)]) {
    if (q === undefined) continue;
    add({
      key: `dlq:${q.type}:${q.name}`,
      title: q.name,
      subtitle: `DLQ · ${targetTypeLabel(q.type)}`,
      edgeLabel: 'on failure',
      model: 'failure',
    });
  }
  for (const cfg of [fn.asyncConfig, ...fn.aliases.map((a) => a.asyncConfig)]) {
    for (const which of ['onSuccess', 'onFailure'] as const) {
      const d = cfg?.[which];
      if (d === undefined) continue;
      const success = which === 'onSuccess';
      add({
        key: `${which}:${d.type}:${d.name}`,
        title: d.name,
        subtitle: `${success ? 'On success' : 'On failure'} · ${targetTypeLabel(d.type)}`,
        edgeLabel: success ? 'on success' : 'on failure',
        model: success ? 'success' : 'failure',
      });
    }
  }
  return [...found.values()];
}
