import type { Scenario } from '../scenario';
import type { BrokerConfig, SqsQueueConfig } from '../scenario/queues-schema';
import { formatDuration, plural } from './format';
import { arrivalsText, edge, node, type DiagramParts, type LiveMetric } from './diagram-parts';
import type { Problems } from './diagram-problems';
import type { LambdaCall } from './diagram-push';
import { sourceBadges } from './diagram-badges';
import { shortName } from './diagram-services';

/**
 * SQS queues and Amazon MQ brokers: producers → the queue (live depth) → the event source mapping
 * (Lambda's pollers) → Lambda, and the queue's dead-letter queue beside the mapping. Node ids are
 * the trace's entities (`sqs:orders`, `esm:sqs:orders`), so the run's problems find their boxes.
 */

/** ActiveMQ's own dead-letter queue when the broker names none. */
const ACTIVEMQ_DLQ = 'ActiveMQ.DLQ';

export function addQueues(s: Scenario, problems: Problems, parts: DiagramParts): LambdaCall[] {
  const calls: LambdaCall[] = [];
  for (const q of s.queues ?? []) {
    const call = addSqsQueue(q, problems, parts);
    if (call) calls.push(call);
  }
  for (const b of s.brokers ?? []) {
    const call = addBroker(b, problems, parts);
    if (call) calls.push(call);
  }
  return calls;
}

function addSqsQueue(
  q: SqsQueueConfig,
  problems: Problems,
  parts: DiagramParts,
): LambdaCall | null {
  const { stages, edges } = parts;
  const queueId = `sqs:${q.name}`;
  for (const p of q.producers) {
    const groups = p.messageGroupIds?.length ?? 0;
    addProducer(parts, `producer:sqs:${q.name}/${p.id}`, `producer:${q.name}/${p.id}`, queueId, {
      noun: 'message',
      title: p.label ?? p.id,
      subtitle: 'Producer',
      lines: [
        arrivalsText(p.arrivals, 'message'),
        ...(groups > 0 ? [`${plural(groups, 'message group')} · ${p.groupSpread}`] : []),
      ],
      label: 'SendMessage',
    });
  }
  const fifo = q.type === 'fifo';
  const r = q.redrivePolicy;
  const lines = [
    `visibility ${formatDuration(q.visibilityTimeoutSeconds * 1000)}${q.delaySeconds > 0 ? ` · delay ${formatDuration(q.delaySeconds * 1000)}` : ''}`,
    r ? `maxReceiveCount ${r.maxReceiveCount} → DLQ` : 'no redrive policy',
  ];
  if (q.kmsMasterKeyId !== undefined) lines.push(`SSE-KMS ${q.kmsMasterKeyId}`);
  stages.services.push({
    ...node(queueId, 'queue', q.name, `${shortName('sqs')} ${fifo ? 'FIFO' : 'standard'}`, lines, {
      kind: 'depth',
      source: 'sqs',
      name: q.name,
    }),
    ...(q.mapping !== undefined ? { badges: sourceBadges('poll') } : {}),
  });
  const m = q.mapping;
  let call: LambdaCall | null = null;
  if (m !== undefined) {
    const extras = [
      m.filterCriteria ? plural(m.filterCriteria.filters.length, 'filter') : '',
      m.scalingConfig ? `max ${m.scalingConfig.maximumConcurrency} concurrent` : '',
    ];
    const pc = m.provisionedPollerConfig;
    call = addMapping(parts, problems, {
      id: `esm:sqs:${q.name}`,
      from: queueId,
      subtitle: `${shortName('sqs')} poller`,
      lines: [
        `batch ${m.batchSize} · ${m.maximumBatchingWindowInSeconds > 0 ? `window ${formatDuration(m.maximumBatchingWindowInSeconds * 1000)}` : 'no window'}`,
        m.functionResponseTypes.length > 0
          ? 'ReportBatchItemFailures'
          : 'a failure returns the batch',
        ...(pc
          ? [
              `provisioned: ${pc.minimumPollers}–${pc.maximumPollers.toLocaleString('en-US')} pollers`,
            ]
          : []),
        ...joined(extras, m.enabled, m.qualifier),
      ],
      live: {
        kind: 'pollers',
        source: 'sqs',
        name: q.name,
        ...(pc && {
          provisioned: { minimum: pc.minimumPollers, maximum: pc.maximumPollers },
        }),
      },
      enabled: m.enabled,
      qualifier: String(m.qualifier),
    });
  }
  if (r !== undefined) {
    const key = `dlq:sqs:${r.deadLetterQueue}`;
    const id = `redrive:sqs:${r.deadLetterQueue}`;
    if (!stages.rules.some((n) => n.id === id))
      stages.rules.push(
        node(id, 'sink', r.deadLetterQueue, `Redrive DLQ · ${shortName('sqs')}`, [], {
          kind: 'count',
          key,
          one: 'message',
          many: 'messages',
          verb: 'moved',
        }),
      );
    edges.push(edge(queueId, id, `after ${plural(r.maxReceiveCount, 'receive')}`, 'failure'));
  }
  return call;
}

function addBroker(b: BrokerConfig, problems: Problems, parts: DiagramParts): LambdaCall | null {
  const { stages, edges } = parts;
  const brokerId = `mq:${b.name}`;
  for (const p of b.producers) {
    addProducer(parts, `producer:mq:${b.name}/${p.id}`, `producer:${b.name}/${p.id}`, brokerId, {
      noun: 'message',
      title: p.label ?? p.id,
      subtitle: 'Producer',
      lines: [arrivalsText(p.arrivals, 'message')],
      label: 'send',
    });
  }
  const activemq = b.engine === 'activemq';
  const dlq = b.deadLetterQueue ?? (activemq ? ACTIVEMQ_DLQ : undefined);
  const redeliveries = plural(b.maximumRedeliveries, 'redelivery', 'redeliveries');
  stages.services.push({
    ...node(
      brokerId,
      'queue',
      b.queue,
      `${shortName('mq')} (${activemq ? 'ActiveMQ' : 'RabbitMQ'})`,
      [`broker ${b.name}`, dlq ? `${redeliveries} → DLQ` : `${redeliveries}, then dropped`],
      { kind: 'depth', source: 'mq', name: b.name },
    ),
    ...(b.mapping !== undefined ? { badges: sourceBadges('poll') } : {}),
  });
  const m = b.mapping;
  let call: LambdaCall | null = null;
  if (m !== undefined) {
    const windowMs =
      m.maximumBatchingWindowInSeconds === undefined
        ? 500
        : m.maximumBatchingWindowInSeconds * 1000;
    call = addMapping(parts, problems, {
      id: `esm:mq:${b.name}`,
      from: brokerId,
      subtitle: `${shortName('mq')} poller`,
      lines: [
        `batch ${m.batchSize} · window ${formatDuration(windowMs)}`,
        // Lambda runs a broker's batches one at a time on RabbitMQ, up to 5 at once on ActiveMQ.
        `${activemq ? 'up to 5 batches' : '1 batch'} at a time`,
        ...joined(
          [m.filterCriteria ? plural(m.filterCriteria.filters.length, 'filter') : ''],
          m.enabled,
          m.qualifier,
        ),
      ],
      live: { kind: 'pollers', source: 'mq', name: b.name },
      enabled: m.enabled,
      qualifier: String(m.qualifier),
    });
  }
  if (dlq !== undefined) {
    const id = `redrive:mq:${b.name}/${dlq}`;
    stages.rules.push(
      node(id, 'sink', dlq, 'Broker DLQ', [], {
        kind: 'count',
        key: `dlq:mq:${b.name}/${dlq}`,
        one: 'message',
        many: 'messages',
        verb: 'moved',
      }),
    );
    edges.push(edge(brokerId, id, `after ${redeliveries}`, 'failure'));
  }
  return call;
}

interface ProducerBox {
  /** What it sends, for its live count ("message", "record", "change"). */
  readonly noun: string;
  readonly title: string;
  readonly subtitle: string;
  readonly lines: readonly string[];
  readonly label: string;
}

/** A producer's box and its arrow; `entity` is its name in the trace (for the sent count). */
export function addProducer(
  parts: DiagramParts,
  id: string,
  entity: string,
  to: string,
  box: ProducerBox,
): void {
  parts.stages.sources.push(
    node(id, 'caller', box.title, box.subtitle, box.lines, {
      kind: 'sent',
      workload: entity,
      one: box.noun,
      many: `${box.noun}s`,
    }),
  );
  parts.edges.push(edge(id, to, box.label, 'send'));
}

interface MappingBox {
  readonly id: string;
  /** The queue or stream it reads. */
  readonly from: string;
  readonly subtitle: string;
  readonly lines: readonly string[];
  readonly live: LiveMetric;
  readonly enabled: boolean;
  readonly qualifier: string;
}

/**
 * An event source mapping's box, the poll arrow into it and its batch arrow to Lambda. A mapping
 * the run refused is drawn broken (its reason where the live figure would be); a disabled one
 * reads nothing, so its arrow to Lambda is drawn as unused.
 */
export function addMapping(
  parts: DiagramParts,
  problems: Problems,
  box: MappingBox,
  pollLabel = 'polls',
): LambdaCall {
  const problem = problems.get(box.id) ?? null;
  parts.stages.rules.push(
    node(box.id, 'mapping', 'Event source mapping', box.subtitle, box.lines, box.live, problem),
  );
  parts.edges.push(edge(box.from, box.id, pollLabel, 'poll'));
  parts.edges.push(
    problem !== null
      ? edge(box.id, 'lambda', 'refused', 'broken')
      : box.enabled
        ? edge(box.id, 'lambda', 'sync batch', 'sync')
        : edge(box.id, 'lambda', 'disabled', 'unused'),
  );
  return { invocationType: 'RequestResponse', qualifier: box.qualifier };
}

/** The settings beyond the first lines, on one line: filters, limits, state, qualifier. */
export function joined(
  extras: readonly string[],
  enabled: boolean,
  qualifier: string | number,
): string[] {
  const parts = [
    ...extras.filter((x) => x !== ''),
    ...(qualifier !== '$LATEST' ? [`runs ${qualifier}`] : []),
    ...(enabled ? [] : ['disabled']),
  ];
  return parts.length > 0 ? [parts.join(' · ')] : [];
}
