import type { Scenario } from '../scenario';
import { formatDuration, plural } from './format';
import { runtimeLabel, targetTypeLabel } from './names';

/**
 * The diagram as plain data: which boxes, which arrows, where. React Flow only draws it, so the
 * layout can be tested without a DOM and reused by exports.
 */
export type DiagramNodeKind =
  'caller' | 'lambda' | 'queue' | 'function' | 'sink' | 'bus' | 'rule' | 'target';

/** What a node shows live at time t (read from the frame by the renderer). */
export type LiveMetric =
  | { readonly kind: 'sent'; readonly workload: string }
  | { readonly kind: 'throttled' }
  | { readonly kind: 'busy' }
  | { readonly kind: 'queued' }
  | { readonly kind: 'sink'; readonly key: string }
  | { readonly kind: 'matched'; readonly key: string }
  | { readonly kind: 'delivered'; readonly key: string };

export interface DiagramNode {
  /** Trace entity id where one exists ("lambda", "async-queue", "function"), else a stable key. */
  readonly id: string;
  readonly kind: DiagramNodeKind;
  readonly title: string;
  readonly subtitle: string;
  readonly lines: readonly string[];
  readonly live: LiveMetric | null;
  readonly x: number;
  readonly y: number;
}

export type EdgeModel =
  'sync' | 'async' | 'dryrun' | 'internal' | 'success' | 'failure' | 'event' | 'schedule';

export interface DiagramEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly label: string;
  readonly model: EdgeModel;
}

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
}

/** Left→right on wide screens; top→bottom on phones, where a long row would be unreadable. */
export type Orientation = 'horizontal' | 'vertical';
export type BoxStyle = 'card' | 'row';

/** Top→bottom, a stage wider than this wraps onto more rows (a phone fits two cards). */
const CARDS_PER_ROW = 2;

export interface Size {
  readonly width: number;
  readonly height: number;
}

/**
 * Node boxes in flow units. All nodes of a diagram share one size, so arrows run straight; left→
 * right boxes grow with the longest list of lines. Top→bottom boxes are wide and flat: a phone
 * is narrow, and height is what it scrolls.
 */
export function nodeSize(box: BoxStyle, maxLines: number): Size {
  return box === 'card'
    ? { width: 190, height: 96 + 18 * Math.max(1, maxLines) }
    : { width: 340, height: maxLines > 1 ? 92 : 76 };
}
const GAP = { horizontal: { along: 88, across: 28 }, vertical: { along: 42, across: 16 } };

/** Caller node ids are prefixed: a workload may be called "function" or "lambda". */
export const callerNodeId = (workloadId: string) => `workload:${workloadId}`;

const INVOCATION: Record<string, { label: string; model: EdgeModel }> = {
  RequestResponse: { label: 'sync', model: 'sync' },
  Event: { label: 'async', model: 'async' },
  DryRun: { label: 'dry run', model: 'dryrun' },
};

export function diagramOf(s: Scenario, orientation: Orientation = 'horizontal'): Diagram {
  const fn = s.function;
  const eb = s.eventbridge;
  const lambdaTargets = (eb?.rules ?? []).filter((r) => r.targets.some((t) => t.type === 'lambda'));
  const usesAsync =
    s.workloads.some((w) => w.invocationType === 'Event') || lambdaTargets.length > 0;
  const usesDirect = s.workloads.some((w) => w.invocationType !== 'Event');
  const usesLambda = s.workloads.length > 0 || lambdaTargets.length > 0;
  const sinks = sinksOf(s);

  // Stages along the main axis: callers and producers, buses, rules, Lambda and other targets,
  // the async queue, the function, then DLQs and destinations. Empty stages are left out.
  const columns: DiagramNode[][] = [[], [], [], [], [], [], []];
  const [sources, buses, rules, entry, queue, functions, outs] = columns as [
    DiagramNode[],
    DiagramNode[],
    DiagramNode[],
    DiagramNode[],
    DiagramNode[],
    DiagramNode[],
    DiagramNode[],
  ];
  const edges: DiagramEdge[] = [];

  for (const w of s.workloads) {
    const how = INVOCATION[w.invocationType]!;
    sources.push(
      node(
        callerNodeId(w.id),
        'caller',
        w.label ?? w.id,
        'Caller',
        [arrivalsText(w.arrivals, w.invocationType === 'Event' ? 'event' : 'request')],
        { kind: 'sent', workload: w.id },
      ),
    );
    edges.push(edge(callerNodeId(w.id), 'lambda', how.label, how.model));
  }
  // A target's DLQ sits in the stage right after the targets, next to the async queue.
  if (eb) addEventBridge(eb, sources, buses, rules, entry, queue, edges);

  if (usesLambda) {
    const entries = [
      unique([
        ...s.workloads.map((w) => w.invocationType),
        ...(lambdaTargets.length > 0 ? ['Event'] : []),
      ]).join(' + '),
      `qualifier ${unique([
        ...s.workloads.map((w) => String(w.qualifier)),
        ...lambdaTargets.flatMap((r) =>
          r.targets.filter((t) => t.type === 'lambda').map((t) => String(t.qualifier)),
        ),
      ]).join(', ')}`,
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
    functions.push(
      node('function', 'function', fn.name, 'Function', functionLines(s), { kind: 'busy' }),
    );
  }

  for (const sink of sinks) {
    outs.push(
      node(sink.key, 'sink', sink.title, sink.subtitle, [], { kind: 'sink', key: sink.key }),
    );
    edges.push(edge('function', sink.key, sink.edgeLabel, sink.model));
  }

  // With both kinds of caller the direct Lambda→function arrow must not run through the queue.
  const nudge = usesAsync && usesDirect ? 'async-queue' : null;
  const stages = columns.filter((c) => c.length > 0);
  // Top→bottom, flat rows read best while every stage is one box; wider stages need cards,
  // two to a row, or a phone would shrink them past reading.
  const box: BoxStyle =
    orientation === 'horizontal' || stages.some((st) => st.length > 1) ? 'card' : 'row';
  const rows =
    orientation === 'vertical' && box === 'card'
      ? stages.flatMap((st) => chunk(st, CARDS_PER_ROW))
      : stages;
  const size = nodeSize(box, Math.max(...stages.flat().map((n) => n.lines.length)));
  // The nudge keeps the direct arrow clear of the queue; wrapped rows already separate them.
  const nodes = place(rows, orientation, size, rows === stages ? nudge : null);
  const width = Math.max(...nodes.map((n) => n.x)) + size.width;
  const height = Math.max(...nodes.map((n) => n.y)) + size.height;
  return { orientation, box, node: size, width, height, nodes, edges };
}

/** Producers, buses, rules, non-Lambda targets and target DLQs, with their arrows. */
function addEventBridge(
  eb: NonNullable<Scenario['eventbridge']>,
  sources: DiagramNode[],
  buses: DiagramNode[],
  rules: DiagramNode[],
  targets: DiagramNode[],
  outs: DiagramNode[],
  edges: DiagramEdge[],
): void {
  const busKinds = new Map(eb.buses.map((b) => [b.name, b.kind]));
  const usedBuses = unique([
    ...eb.producers.map((p) => p.bus),
    ...eb.rules.filter((r) => r.eventPattern !== undefined).map((r) => r.bus),
  ]);
  for (const p of eb.producers) {
    const id = `producer:${p.id}`;
    sources.push(
      node(
        id,
        'caller',
        p.label ?? p.id,
        'Producer · PutEvents',
        [`${p.detailType} · ${p.source}`, arrivalsText(p.arrivals, 'event')],
        {
          kind: 'sent',
          workload: id,
        },
      ),
    );
    edges.push(edge(id, `bus:${p.bus}`, 'PutEvents', 'event'));
  }
  for (const name of usedBuses) {
    const kind = name === 'default' ? 'default' : (busKinds.get(name) ?? 'custom');
    const archives = eb.archives.filter((a) => a.bus === name).map((a) => `archive ${a.name}`);
    buses.push(
      node(
        `bus:${name}`,
        'bus',
        name === 'default' ? 'default' : name,
        `Event bus · ${kind}`,
        archives,
        {
          kind: 'sink',
          key: `bus:${name}`,
        },
      ),
    );
  }
  const dlqs = new Set<string>();
  for (const r of eb.rules) {
    const ruleId = `rule:${r.name}`;
    const what = r.scheduleExpression ?? patternSummary(r.eventPattern);
    const lines = [what, `${plural(r.targets.length, 'target')}${r.enabled ? '' : ' · disabled'}`];
    rules.push(
      node(ruleId, 'rule', r.name, r.scheduleExpression ? 'Scheduled rule' : 'Rule', lines, {
        kind: 'matched',
        key: ruleId,
      }),
    );
    if (r.eventPattern !== undefined) edges.push(edge(`bus:${r.bus}`, ruleId, 'pattern', 'event'));
    for (const t of r.targets) {
      const key = `target:${r.name}/${t.id}`;
      if (t.type === 'lambda') {
        edges.push(edge(ruleId, 'lambda', 'async', 'async'));
      } else {
        targets.push(
          node(
            key,
            'target',
            t.name ?? t.id,
            `Target · ${targetTypeLabel(t.type)}`,
            t.fault ? [`fault: ${t.fault.error}`] : [],
            {
              kind: 'delivered',
              key,
            },
          ),
        );
        edges.push(
          edge(
            ruleId,
            key,
            r.scheduleExpression ? 'schedule' : 'event',
            r.scheduleExpression ? 'schedule' : 'event',
          ),
        );
      }
      if (t.deadLetterQueue) {
        const dlqKey = `target-dlq:${t.deadLetterQueue.name}`;
        if (!dlqs.has(dlqKey)) {
          dlqs.add(dlqKey);
          outs.push(
            node(dlqKey, 'sink', t.deadLetterQueue.name, 'Target DLQ · SQS', [], {
              kind: 'sink',
              key: dlqKey,
            }),
          );
        }
        edges.push(edge(t.type === 'lambda' ? ruleId : key, dlqKey, 'undeliverable', 'failure'));
      }
    }
  }
}

/** A rule's pattern in a few words: the fields it tests. */
function patternSummary(pattern: Readonly<Record<string, unknown>> | undefined): string {
  if (pattern === undefined) return '';
  const fields: string[] = [];
  const walk = (o: Readonly<Record<string, unknown>>, prefix: string) => {
    for (const [k, v] of Object.entries(o)) {
      const path = k === '$or' ? prefix : prefix ? `${prefix}.${k}` : k;
      if (Array.isArray(v) && k === '$or')
        v.forEach((b) => typeof b === 'object' && b && walk(b as Record<string, unknown>, path));
      else if (v !== null && typeof v === 'object' && !Array.isArray(v))
        walk(v as Record<string, unknown>, path);
      else fields.push(path);
    }
  };
  walk(pattern, '');
  return `matches ${unique(fields).join(', ')}`;
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
  return lines;
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

function arrivalsText(a: Scenario['workloads'][number]['arrivals'], noun: string): string {
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

/**
 * Stages one after another along the main axis; the nodes of a stage side by side across it,
 * centred on the widest stage. `nudge` is moved half a node off the axis.
 */
function place(
  stages: DiagramNode[][],
  o: Orientation,
  size: Size,
  nudge: string | null,
): DiagramNode[] {
  const horizontal = o === 'horizontal';
  const along = (horizontal ? size.width : size.height) + GAP[o].along;
  const across = (horizontal ? size.height : size.width) + GAP[o].across;
  const widest = Math.max(...stages.map((st) => st.length));
  return stages.flatMap((stage, i) => {
    const first = ((widest - stage.length) * across) / 2;
    return stage.map((n, j) => {
      const a = i * along;
      const c = first + j * across + (n.id === nudge ? across * 0.75 : 0);
      return { ...n, x: horizontal ? a : c, y: horizontal ? c : a };
    });
  });
}

function node(
  id: string,
  kind: DiagramNodeKind,
  title: string,
  subtitle: string,
  lines: readonly string[],
  live: LiveMetric | null = null,
): DiagramNode {
  return { id, kind, title, subtitle, lines, live, x: 0, y: 0 };
}

function edge(source: string, target: string, label: string, model: EdgeModel): DiagramEdge {
  return { id: `${source}->${target}`, source, target, label, model };
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}
