import type { Scenario } from '../scenario';
import type {
  KafkaConfig,
  KafkaMapping,
  PartitionKeySpec,
  StreamConfig,
  StreamMapping,
} from '../scenario/streams-schema';
import { formatDuration, plural } from './format';
import { targetTypeLabel } from './names';
import { arrivalsText, edge, node, type DiagramParts } from './diagram-parts';
import type { Problems } from './diagram-problems';
import type { LambdaCall } from './diagram-push';
import { addMapping, addProducer, joined } from './diagram-queues';
import { sourceBadges } from './diagram-badges';
import { shortName } from './diagram-services';

/**
 * Kinesis streams, DynamoDB tables' streams and Kafka topics: producers → the stream (shards,
 * retention; live: records waiting, iterator age) → the event source mapping (batching, starting
 * position, error handling) → Lambda, with the mapping's on-failure destination beside Lambda.
 * Mapping ids are the trace's poller entities (`esm:clickstream`, `esm:cluster/topic`).
 */
export function addStreams(s: Scenario, problems: Problems, parts: DiagramParts): LambdaCall[] {
  return [
    ...(s.streams ?? []).map((st) => addStream(st, problems, parts)),
    ...(s.kafka ?? []).map((k) => addTopic(k, problems, parts)),
  ];
}

function addStream(st: StreamConfig, problems: Problems, parts: DiagramParts): LambdaCall {
  const kinesis = st.kind === 'kinesis';
  const id = `stream:${st.name}`;
  for (const p of st.producers) {
    const call = kinesis ? 'PutRecord' : ITEM_CALL[p.eventName ?? 'INSERT'];
    addProducer(parts, `producer:stream:${st.name}/${p.id}`, `producer:${st.name}/${p.id}`, id, {
      noun: kinesis ? 'record' : 'change',
      title: p.label ?? p.id,
      subtitle: kinesis ? 'Producer' : 'Writer',
      lines: [arrivalsText(p.arrivals, kinesis ? 'record' : 'change'), keyText(p.partitionKey)],
      label: call,
    });
  }
  const retentionH = kinesis ? (st.retentionHours ?? 24) : 24;
  parts.stages.services.push({
    ...node(
      id,
      'stream',
      st.name,
      kinesis ? `${shortName('kinesis')} stream` : `${shortName('dynamodb')} stream`,
      [
        `${plural(st.shards, 'shard')} · keeps ${hours(retentionH)}`,
        ...(kinesis ? [] : [VIEW_TYPE[st.streamViewType ?? 'NEW_AND_OLD_IMAGES']]),
      ],
      { kind: 'records', name: st.name },
    ),
    badges: sourceBadges('poll'),
    shards: st.shards,
  });
  const m = st.mapping;
  const mappingId = `esm:${st.name}`;
  const call = addMapping(
    parts,
    problems,
    {
      id: mappingId,
      from: id,
      subtitle: `${shortName(st.kind)} poller`,
      lines: [
        `batch ${m.batchSize} · ${m.startingPosition}`,
        errorHandling(m, m.parallelizationFactor),
        ...joined(streamExtras(m), m.enabled, m.qualifier),
      ],
      live: { kind: 'batches', key: `batches:${mappingId}`, consumersOf: null },
      enabled: m.enabled,
      qualifier: String(m.qualifier),
    },
    // Kinesis shards are read every second, DynamoDB's four times a second; enhanced fan-out
    // pushes records over HTTP/2 instead.
    m.enhancedFanOut ? 'pushed (EFO)' : kinesis ? 'polls 1/s' : 'polls 4/s',
  );
  addDestination(parts, mappingId, m.destinationConfig?.onFailure);
  return call;
}

function addTopic(k: KafkaConfig, problems: Problems, parts: DiagramParts): LambdaCall {
  const name = `${k.cluster}/${k.topic}`;
  const id = `kafka:${name}`;
  for (const p of k.producers) {
    addProducer(parts, `producer:kafka:${name}/${p.id}`, `producer:${name}/${p.id}`, id, {
      noun: 'record',
      title: p.label ?? p.id,
      subtitle: 'Producer',
      lines: [arrivalsText(p.arrivals, 'record'), keyText(p.partitionKey)],
      label: 'produce',
    });
  }
  const msk = k.kind === 'msk';
  parts.stages.services.push({
    ...node(
      id,
      'stream',
      k.topic,
      msk ? `${shortName('msk')} topic` : `Self-managed ${shortName('self-managed-kafka')}`,
      [
        `cluster ${k.cluster}`,
        `${plural(k.partitions, 'partition')} · keeps ${hours(k.retentionHours)}`,
      ],
      { kind: 'records', name },
    ),
    badges: sourceBadges('poll'),
    shards: k.partitions,
  });
  const m = k.mapping;
  const mappingId = `esm:${name}`;
  const pc = m.provisionedPollerConfig;
  const windowMs =
    m.maximumBatchingWindowInSeconds === undefined ? 500 : m.maximumBatchingWindowInSeconds * 1000;
  const call = addMapping(
    parts,
    problems,
    {
      id: mappingId,
      from: id,
      subtitle: `${shortName(msk ? 'msk' : 'self-managed-kafka')} poller`,
      lines: [
        `batch ${m.batchSize} · ${m.startingPosition}`,
        // The newer error handling needs provisioned mode; without it a failing batch is retried
        // until its records leave the topic.
        pc ? errorHandling(m, 1) : 'retries until expiry',
        ...joined(
          [
            pc ? `${pc.minimumPollers}–${pc.maximumPollers} pollers` : '',
            `window ${formatDuration(windowMs)}`,
            ...filterCount(m),
          ],
          m.enabled,
          m.qualifier,
        ),
      ],
      live: { kind: 'batches', key: `batches:${mappingId}`, consumersOf: name },
      enabled: m.enabled,
      qualifier: String(m.qualifier),
    },
    'consumes',
  );
  addDestination(parts, mappingId, m.destinationConfig?.onFailure);
  return call;
}

/** What each record of a table's stream carries (StreamViewType), in words. */
const VIEW_TYPE = {
  KEYS_ONLY: 'keys only',
  NEW_IMAGE: 'new images',
  OLD_IMAGE: 'old images',
  NEW_AND_OLD_IMAGES: 'new + old images',
} as const;

const ITEM_CALL = { INSERT: 'PutItem', MODIFY: 'UpdateItem', REMOVE: 'DeleteItem' } as const;

/** Retries, bisecting and parallel batches per shard, on one line. */
function errorHandling(m: StreamMapping | KafkaMapping, parallel: number): string {
  const retries =
    m.maximumRetryAttempts === -1
      ? 'retries until expiry'
      : plural(m.maximumRetryAttempts, 'retry', 'retries');
  return [
    retries,
    m.bisectBatchOnFunctionError ? 'bisect' : '',
    parallel > 1 ? `×${parallel}/shard` : '',
  ]
    .filter((x) => x !== '')
    .join(' · ');
}

function streamExtras(m: StreamMapping): string[] {
  return [
    m.maximumBatchingWindowInSeconds > 0
      ? `window ${formatDuration(m.maximumBatchingWindowInSeconds * 1000)}`
      : '',
    m.maximumRecordAgeInSeconds !== -1
      ? `max age ${formatDuration(m.maximumRecordAgeInSeconds * 1000)}`
      : '',
    m.functionResponseTypes.length > 0 ? 'item failures' : '',
    m.tumblingWindowInSeconds > 0
      ? `tumbling ${formatDuration(m.tumblingWindowInSeconds * 1000)}`
      : '',
    ...filterCount(m),
  ];
}

function filterCount(m: StreamMapping | KafkaMapping): string[] {
  return m.filterCriteria ? [plural(m.filterCriteria.filters.length, 'filter')] : [];
}

/**
 * The mapping's on-failure destination, beside Lambda. Its live count reads the trace's
 * `stream.destination` events, which name it `onFailure:<type>:<name>`.
 */
function addDestination(
  parts: DiagramParts,
  mappingId: string,
  dest: { readonly type: string; readonly name: string } | undefined,
): void {
  if (dest === undefined) return;
  const id = `esm-destination:${dest.type}:${dest.name}`;
  if (!parts.stages.entry.some((n) => n.id === id))
    parts.stages.entry.push(
      node(id, 'sink', dest.name, `On failure · ${targetTypeLabel(dest.type)}`, [], {
        kind: 'count',
        key: `onFailure:${dest.type}:${dest.name}`,
        one: 'failed batch',
        many: 'failed batches',
        verb: 'sent',
      }),
    );
  parts.edges.push(edge(mappingId, id, 'on failure', 'failure'));
}

function keyText(k: PartitionKeySpec): string {
  switch (k.kind) {
    case 'fixed':
      return `key "${k.value}"`;
    case 'cycle':
      return `${plural(k.values.length, 'key')} in turn`;
    case 'field':
      return `key from ${k.path}`;
    case 'random':
      return `${plural(k.count, 'random key')}`;
  }
}

/** A retention in hours, in days once it is a whole number of them. */
function hours(h: number): string {
  return h >= 48 && h % 24 === 0 ? `${h / 24} d` : `${h} h`;
}
