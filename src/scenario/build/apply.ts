import { formatErrors, parseScenario } from '../parse';
import type { Scenario } from '../schema';
import { canConnect, check, endpointOf, type Sink } from './connections';
import { pieceById, type Piece, type PieceSpec } from './pieces';

/**
 * Changes to a design: add a piece, draw an arrow, remove a box. Each takes a scenario and returns
 * a new, validated one (the input is never changed), or a refusal in plain words. The result's
 * `node` is the diagram box the change made, so the app can select it and the inspector edit it.
 */

export type Change =
  | { readonly ok: true; readonly scenario: Scenario; readonly node: string | null }
  | { readonly ok: false; readonly reason: string };

type Doc = Record<string, unknown> & {
  workloads: Record<string, unknown>[];
  function: Record<string, unknown> & { asyncConfig: Record<string, unknown> };
  queues?: Record<string, unknown>[];
  brokers?: Record<string, unknown>[];
  streams?: Record<string, unknown>[];
  kafka?: Record<string, unknown>[];
  eventbridge?: Record<string, unknown> & {
    rules: Record<string, unknown>[];
    schedules: Record<string, unknown>[];
    producers: Record<string, unknown>[];
    buses: Record<string, unknown>[];
    archives: Record<string, unknown>[];
  };
};

/** Three arrivals a second apart: enough to see warm starts, few enough to follow. */
const THREE = { kind: 'single', atMs: [0, 1_000, 2_000] } as const;

const clone = (s: Scenario): Doc => structuredClone(s) as unknown as Doc;

function validated(doc: Doc, node: string | null): Change {
  const parsed = parseScenario(doc);
  return parsed.ok
    ? { ok: true, scenario: parsed.scenario, node }
    : { ok: false, reason: `The design would not be valid: ${formatErrors(parsed.errors)}` };
}

/** `base`, or `base-2`, `base-3` … : the first name not yet taken. */
function freeName(base: string, taken: Iterable<string>, suffix = ''): string {
  const used = new Set(taken);
  for (let i = 1; ; i++) {
    const name = `${base}${i === 1 ? '' : `-${i}`}${suffix}`;
    if (!used.has(name)) return name;
  }
}

/** Every name an SQS queue, DLQ or destination uses, so a new one never clashes. */
function queueNames(s: Scenario): string[] {
  const fn = s.function;
  return [
    ...(s.queues ?? []).flatMap((q) => [q.name, q.redrivePolicy?.deadLetterQueue ?? '']),
    fn.deadLetterQueue?.name ?? '',
    fn.asyncConfig.onFailure?.name ?? '',
    fn.asyncConfig.onSuccess?.name ?? '',
  ];
}

/**
 * Add a piece. A dead-letter queue or destination is attached to the box `at` (the function when
 * left out); any other piece ignores `at`, since the layout places boxes by their role.
 */
export function addPiece(s: Scenario, pieceOrId: Piece | string, at?: string): Change {
  const piece = typeof pieceOrId === 'string' ? pieceById(pieceOrId) : pieceOrId;
  if (piece === undefined)
    return { ok: false, reason: `There is no piece "${String(pieceOrId)}".` };
  const spec = piece.spec;
  if (spec.kind === 'target') return attachTarget(s, spec, at ?? 'function');
  const doc = clone(s);
  const node = addFragment(doc, s, spec);
  return validated(doc, node);
}

function addFragment(doc: Doc, s: Scenario, spec: Exclude<PieceSpec, { kind: 'target' }>): string {
  const workloadIds = s.workloads.map((w) => w.id);
  switch (spec.kind) {
    case 'caller': {
      const sync = spec.invocationType === 'RequestResponse';
      const id = freeName(sync ? 'sync-caller' : 'async-caller', workloadIds);
      doc.workloads.push({ id, invocationType: spec.invocationType, arrivals: THREE });
      return `workload:${id}`;
    }
    case 'push': {
      const id = freeName(spec.service, workloadIds);
      const workload: Record<string, unknown> = {
        id,
        arrivals: THREE,
        source: { service: spec.service },
      };
      // Lambda@Edge replicates a numbered version: publish one from today's settings if none is.
      if (spec.service === 'lambda-edge') workload.qualifier = ensurePublished(doc, s);
      doc.workloads.push(workload);
      return `workload:${id}`;
    }
    case 'sqs': {
      const name = freeName('orders', queueNames(s), spec.fifo ? '.fifo' : '');
      doc.queues = [
        ...(doc.queues ?? []),
        {
          name,
          type: spec.fifo ? 'fifo' : 'standard',
          producers: [
            {
              id: 'producer',
              arrivals: THREE,
              body: { orderId: 1 },
              ...(spec.fifo ? { messageGroupIds: ['customer-1'] } : {}),
            },
          ],
        },
      ];
      return `sqs:${name}`;
    }
    case 'stream': {
      const kinesis = spec.stream === 'kinesis';
      const name = freeName(
        kinesis ? 'clicks' : 'orders-table',
        (s.streams ?? []).map((x) => x.name),
      );
      doc.streams = [
        ...(doc.streams ?? []),
        {
          kind: spec.stream,
          name,
          ...(kinesis ? {} : { streamViewType: 'NEW_AND_OLD_IMAGES' }),
          producers: [
            {
              id: 'writer',
              arrivals: THREE,
              payload: { id: 1 },
              ...(kinesis ? {} : { eventName: 'INSERT' }),
            },
          ],
          mapping: { startingPosition: 'TRIM_HORIZON' },
        },
      ];
      return `stream:${name}`;
    }
    case 'kafka': {
      const cluster = spec.cluster === 'msk' ? 'msk-cluster' : 'kafka-cluster';
      const topic = freeName(
        'orders',
        (s.kafka ?? []).filter((k) => k.cluster === cluster).map((k) => k.topic),
      );
      doc.kafka = [
        ...(doc.kafka ?? []),
        {
          kind: spec.cluster,
          cluster,
          topic,
          producers: [{ id: 'producer', arrivals: THREE, payload: { orderId: 1 } }],
          mapping: { startingPosition: 'TRIM_HORIZON' },
        },
      ];
      return `kafka:${cluster}/${topic}`;
    }
    case 'mq': {
      const name = freeName(
        'broker',
        (s.brokers ?? []).map((b) => b.name),
      );
      doc.brokers = [
        ...(doc.brokers ?? []),
        {
          name,
          engine: spec.engine,
          queue: 'orders',
          producers: [{ id: 'producer', arrivals: THREE, body: { orderId: 1 } }],
        },
      ];
      return `mq:${name}`;
    }
    case 'eventbridge-rule': {
      const eb = ensureEventBridge(doc);
      const name = freeName(
        'order-placed',
        eb.rules.map((r) => String(r.name)),
      );
      const producer = freeName(
        'shop',
        eb.producers.map((p) => String(p.id)),
      );
      eb.producers.push({
        id: producer,
        arrivals: THREE,
        source: 'app.shop',
        detailType: 'OrderPlaced',
        detail: { orderId: 1 },
      });
      eb.rules.push({
        name,
        eventPattern: { source: ['app.shop'], 'detail-type': ['OrderPlaced'] },
        targets: [{ id: 'function', type: 'lambda' }],
      });
      return `rule:${name}`;
    }
    case 'schedule': {
      const eb = ensureEventBridge(doc);
      const name = freeName(
        'every-5-minutes',
        eb.schedules.map((r) => String(r.name)),
      );
      eb.schedules.push({ name, scheduleExpression: 'rate(5 minutes)', target: {} });
      return `schedule:${name}`;
    }
  }
}

/** The newest published version, publishing version 1 of the current settings if there is none. */
function ensurePublished(doc: Doc, s: Scenario): number {
  const versions = s.function.versions;
  if (versions.length > 0) return Math.max(...versions.map((v) => v.version));
  const fn = s.function;
  doc.function.versions = [
    {
      version: 1,
      runtime: fn.runtime,
      packageType: fn.packageType,
      memoryMb: fn.memoryMb,
      timeoutSeconds: fn.timeoutSeconds,
      behaviour: fn.behaviour,
      ...(fn.deadLetterQueue ? { deadLetterQueue: fn.deadLetterQueue } : {}),
    },
  ];
  return 1;
}

function ensureEventBridge(doc: Doc): NonNullable<Doc['eventbridge']> {
  doc.eventbridge ??= {
    rules: [],
    schedules: [],
    producers: [],
    buses: [],
    archives: [],
  };
  return doc.eventbridge;
}

const DEFAULT_TARGET_NAME: Record<string, string> = {
  'on-failure-sqs': 'failed-events',
  'on-failure-sns': 'failure-alerts',
  'on-failure-lambda': 'failure-handler',
  'on-failure-eventbridge': 'failures-bus',
  'on-failure-s3': 'failed-events-archive',
  'on-success-sqs': 'succeeded-events',
  'on-success-sns': 'success-alerts',
  'on-success-lambda': 'next-step',
  'on-success-eventbridge': 'results-bus',
  'dlq-sns': 'dead-letters',
};

/** A new sink's name: "<owner>-dlq" for a queue's redrive, else a name saying what it holds. */
function targetName(
  s: Scenario,
  spec: Extract<PieceSpec, { kind: 'target' }>,
  owner: string,
): string {
  const ep = endpointOf(owner, s);
  const base =
    spec.role === 'dlq' && spec.resource === 'sqs'
      ? `${ep.kind === 'sqs' ? ep.name.replace(/\.fifo$/, '') : s.function.name}-dlq`
      : (DEFAULT_TARGET_NAME[`${spec.role}-${spec.resource}`] ?? 'failures');
  return freeName(base, queueNames(s), spec.fifo ? '.fifo' : '');
}

function attachTarget(
  s: Scenario,
  spec: Extract<PieceSpec, { kind: 'target' }>,
  owner: string,
): Change {
  const sink: Sink = { role: spec.role, resource: spec.resource, fifo: spec.fifo, name: '' };
  const verdict = check(endpointOf(owner, s), { kind: 'sink', sink });
  if (!verdict.ok) return { ok: false, reason: verdict.reason };
  return setSink(s, owner, { ...sink, name: targetName(s, spec, owner) });
}

/**
 * Draw an arrow: a queue or broker to the function adds its event source mapping; a box to a
 * dead-letter queue or destination makes that box send its failures (or results) there.
 */
export function connect(s: Scenario, from: string, to: string): Change {
  const verdict = canConnect(from, to, s);
  if (!verdict.ok) return { ok: false, reason: verdict.reason };
  const target = endpointOf(to, s);
  if (target.kind === 'sink') return setSink(s, from, target.sink);
  const doc = clone(s);
  const source = endpointOf(from, s);
  if (source.kind === 'sqs') {
    const q = doc.queues!.find((x) => x.name === source.name)!;
    q.mapping = {};
    return validated(doc, `esm:sqs:${source.name}`);
  }
  if (source.kind === 'mq') {
    const b = doc.brokers!.find((x) => x.name === source.name)!;
    b.mapping = {};
    return validated(doc, `esm:mq:${source.name}`);
  }
  return { ok: false, reason: 'That arrow cannot be drawn.' };
}

/** Send `owner`'s failures (or results) to `sink`, in the role the owner gives it. */
function setSink(s: Scenario, owner: string, sink: Sink): Change {
  const doc = clone(s);
  const ep = endpointOf(owner, s);
  if (ep.kind === 'function') {
    if (sink.role === 'dlq') {
      doc.function.deadLetterQueue = { type: sink.resource, name: sink.name };
      return validated(doc, `dlq:${sink.resource}:${sink.name}`);
    }
    const which = sink.role === 'on-success' ? 'onSuccess' : 'onFailure';
    doc.function.asyncConfig[which] = { type: sink.resource, name: sink.name };
    return validated(doc, `${which}:${sink.resource}:${sink.name}`);
  }
  if (ep.kind === 'sqs') {
    const q = doc.queues!.find((x) => x.name === ep.name)!;
    // Five receives: the smallest count the SQS guide recommends, so a slow success is not redriven.
    q.redrivePolicy = { deadLetterQueue: sink.name, maxReceiveCount: 5 };
    return validated(doc, `redrive:sqs:${sink.name}`);
  }
  if (ep.kind === 'stream') {
    const dest = { onFailure: { type: sink.resource, name: sink.name } };
    const st = doc.streams?.find((x) => x.name === ep.name);
    const k = doc.kafka?.find((x) => `${String(x.cluster)}/${String(x.topic)}` === ep.name);
    const holder = (st ?? k) as { mapping: Record<string, unknown> } | undefined;
    if (holder === undefined) return { ok: false, reason: 'That stream is not in the design.' };
    holder.mapping.destinationConfig = dest;
    return validated(doc, `esm-destination:${sink.resource}:${sink.name}`);
  }
  return { ok: false, reason: 'That box cannot send failures anywhere.' };
}

/**
 * Remove a box and what depends on it: a queue with its mapping, producers and redrive policy; a
 * bus with its rules and producers; a DLQ or destination from everything that names it.
 */
export function removePiece(s: Scenario, nodeId: string): Change {
  if (nodeId === 'function' || nodeId === 'lambda' || nodeId === 'async-queue')
    return {
      ok: false,
      reason:
        'The function, Lambda’s Invoke API and its internal queue are the heart of every design and cannot be removed.',
    };
  const doc = clone(s);
  const [head, ...rest] = nodeId.split(':');
  const tail = rest.join(':');
  const drop = <T>(list: T[] | undefined, keep: (x: T) => boolean): T[] | undefined =>
    list?.filter(keep);
  switch (head) {
    case 'workload':
      doc.workloads = doc.workloads.filter((w) => w.id !== tail);
      break;
    case 'sqs':
      doc.queues = drop(doc.queues, (q) => q.name !== tail);
      break;
    case 'mq':
      doc.brokers = drop(doc.brokers, (b) => b.name !== tail);
      break;
    case 'stream':
      doc.streams = drop(doc.streams, (x) => x.name !== tail);
      break;
    case 'kafka':
      doc.kafka = drop(doc.kafka, (k) => `${String(k.cluster)}/${String(k.topic)}` !== tail);
      break;
    case 'esm':
      return removeMapping(s, doc, tail);
    case 'producer':
      return removeProducer(doc, rest);
    case 'redrive':
      for (const q of doc.queues ?? []) {
        const r = q.redrivePolicy as { deadLetterQueue: string } | undefined;
        if (r?.deadLetterQueue === rest.slice(1).join(':')) delete q.redrivePolicy;
      }
      break;
    case 'dlq':
    case 'onFailure':
    case 'onSuccess':
      removeFunctionSink(doc, head, rest);
      break;
    case 'esm-destination':
      for (const m of [...(doc.streams ?? []), ...(doc.kafka ?? [])]) {
        const mapping = m.mapping as {
          destinationConfig?: { onFailure: { type: string; name: string } };
        };
        const d = mapping.destinationConfig?.onFailure;
        if (d && `${d.type}:${d.name}` === tail) delete mapping.destinationConfig;
      }
      break;
    case 'bus':
    case 'rule':
    case 'schedule':
      removeEventBridge(doc, head, tail);
      break;
    default:
      return { ok: false, reason: 'That box is part of another one; remove that one instead.' };
  }
  return validated(doc, null);
}

function removeMapping(s: Scenario, doc: Doc, tail: string): Change {
  const ep = endpointOf(`esm:${tail}`, s);
  if (ep.kind === 'sqs') {
    delete doc.queues!.find((q) => q.name === ep.name)!.mapping;
    return validated(doc, null);
  }
  if (ep.kind === 'mq') {
    delete doc.brokers!.find((b) => b.name === ep.name)!.mapping;
    return validated(doc, null);
  }
  // A stream or Kafka topic always has its mapping: they go together.
  return removePiece(
    s,
    s.streams?.some((x) => x.name === tail) ? `stream:${tail}` : `kafka:${tail}`,
  );
}

function removeProducer(doc: Doc, rest: string[]): Change {
  const [kind, ...path] = rest;
  const joined = path.join(':');
  const slash = joined.lastIndexOf('/');
  const owner = joined.slice(0, slash);
  const id = joined.slice(slash + 1);
  const lists: Record<string, Record<string, unknown>[] | undefined> = {
    sqs: doc.queues?.filter((q) => q.name === owner),
    mq: doc.brokers?.filter((b) => b.name === owner),
    stream: doc.streams?.filter((x) => x.name === owner),
    kafka: doc.kafka?.filter((k) => `${String(k.cluster)}/${String(k.topic)}` === owner),
  };
  const holders = kind === undefined ? undefined : lists[kind];
  if (holders === undefined) {
    // An EventBridge producer: `producer:<id>`.
    const eb = doc.eventbridge;
    if (eb) eb.producers = eb.producers.filter((p) => p.id !== rest.join(':'));
  } else {
    for (const h of holders)
      h.producers = (h.producers as { id: string }[]).filter((p) => p.id !== id);
  }
  return validated(doc, null);
}

function removeFunctionSink(doc: Doc, head: string, rest: string[]): void {
  const [type, ...name] = rest;
  const same = (d: unknown) => {
    const t = d as { type: string; name: string } | undefined;
    return t !== undefined && t.type === type && t.name === name.join(':');
  };
  const fn = doc.function;
  const configs = [
    fn.asyncConfig,
    ...((fn.aliases ?? []) as { asyncConfig?: Record<string, unknown> }[]).map(
      (a) => a.asyncConfig,
    ),
  ];
  if (head === 'dlq') {
    if (same(fn.deadLetterQueue)) delete fn.deadLetterQueue;
    for (const v of (fn.versions ?? []) as Record<string, unknown>[])
      if (same(v.deadLetterQueue)) delete v.deadLetterQueue;
    return;
  }
  for (const cfg of configs) if (cfg && same(cfg[head])) delete cfg[head];
}

function removeEventBridge(doc: Doc, head: string, tail: string): void {
  const eb = doc.eventbridge;
  if (eb === undefined) return;
  if (head === 'schedule') eb.schedules = eb.schedules.filter((x) => x.name !== tail);
  if (head === 'rule') eb.rules = eb.rules.filter((x) => x.name !== tail);
  if (head === 'bus') {
    const onBus = (x: Record<string, unknown>) => (x.bus ?? 'default') === tail;
    eb.rules = eb.rules.filter((x) => !onBus(x));
    eb.producers = eb.producers.filter((x) => !onBus(x));
    eb.archives = eb.archives.filter((x) => !onBus(x));
    eb.buses = eb.buses.filter((x) => x.name !== tail);
  }
}
