import { ACCOUNT, REGION } from '../../catalog/services/sample';
import type { Scenario } from '../../scenario/schema';
import type {
  KafkaConfig,
  KafkaMapping,
  StreamConfig,
  StreamMapping,
  StreamProducer,
} from '../../scenario/streams-schema';
import { compileFilters } from '../filters';
import type { StreamFamily } from './kinds';

/** Kinesis standard iterators read each shard about once a second (sim: exactly 1,000 ms). */
export const KINESIS_POLL_MS = 1_000;
/** DynamoDB streams are read about four times a second per shard (sim: every 250 ms). */
export const DYNAMODB_POLL_MS = 250;
/** Kafka's default batching window when the mapping leaves MaximumBatchingWindowInSeconds unset. */
export const KAFKA_DEFAULT_WINDOW_MS = 500;
/**
 * With infinite retries and an on-failure destination, a Kafka mapping stops after 10 retries
 * (documented for provisioned mode; the simulator's choice for on-demand mode, decision 011).
 */
export const KAFKA_RETRIES_WITH_DESTINATION = 10;
/**
 * Pollers an on-demand Kafka mapping starts with (never more than partitions). AWS says only "a
 * default number"; the simulator's choice is 2, so scaling still has room to show.
 */
export const KAFKA_ON_DEMAND_START_POLLERS = 2;
const HOUR_MS = 3_600_000;

/** A mapping's settings in engine units: ms, Infinity for "-1", compiled filters. */
export interface MappingSpec {
  readonly batchSize: number;
  readonly windowMs: number;
  readonly startingPosition: 'TRIM_HORIZON' | 'LATEST' | 'AT_TIMESTAMP';
  /** AT_TIMESTAMP: simulated time of the timestamp. */
  readonly timestampMs: number;
  readonly parallelization: number;
  readonly maxRetries: number;
  readonly maxAgeMs: number;
  readonly bisect: boolean;
  readonly reportItemFailures: boolean;
  readonly onFailure: { readonly type: string; readonly name: string } | undefined;
  readonly tumblingMs: number;
  /** null when the mapping has no filters (every record passes). */
  readonly filter: ((view: unknown) => boolean) | null;
  readonly enhancedFanOut: boolean;
  readonly qualifier: string;
  readonly enabled: boolean;
  readonly createdAtMs: number;
  /** Kafka provisioned mode: pollers kept between these counts. */
  readonly provisioned: { readonly min: number; readonly max: number } | null;
}

/** One stream (or Kafka topic) and its event source mapping, ready for the engine. */
export interface SourceSpec {
  readonly index: number;
  readonly family: StreamFamily;
  readonly kafkaKind: 'msk' | 'self-managed' | null;
  /** The stream's name, or "cluster/topic". */
  readonly name: string;
  readonly topic: string;
  /** The poller's entity in the trace. */
  readonly entity: string;
  /** ARN of the stream, table stream or MSK cluster ("" for self-managed Kafka). */
  readonly arn: string;
  readonly bootstrapServers: string;
  /** "shardId-000000000000" …, or "topic-0" …. */
  readonly unitIds: readonly string[];
  readonly retentionMs: number;
  /** Time between reads of a shard; 0 when records are pushed (enhanced fan-out, Kafka). */
  readonly pollMs: number;
  readonly streamViewType: 'KEYS_ONLY' | 'NEW_IMAGE' | 'OLD_IMAGE' | 'NEW_AND_OLD_IMAGES';
  readonly producers: readonly StreamProducer[];
  readonly mapping: MappingSpec;
}

export function shardId(i: number): string {
  return `shardId-${String(i).padStart(12, '0')}`;
}

/** Every stream and Kafka topic of the scenario, streams first, in document order. */
export function sourceSpecs(s: Scenario): SourceSpec[] {
  const start = Date.parse(s.startTime);
  const out: SourceSpec[] = [];
  for (const st of s.streams ?? []) out.push(streamSpec(st, out.length, start, s.startTime));
  for (const k of s.kafka ?? []) out.push(kafkaSpec(k, out.length, start));
  return out;
}

function streamSpec(st: StreamConfig, index: number, start: number, startIso: string): SourceSpec {
  const kinesis = st.kind === 'kinesis';
  const m = st.mapping;
  return {
    index,
    family: st.kind,
    kafkaKind: null,
    name: st.name,
    topic: '',
    entity: `esm:${st.name}`,
    arn: kinesis
      ? `arn:aws:kinesis:${REGION}:${ACCOUNT}:stream/${st.name}`
      : `arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/${st.name}/stream/${startIso.replace(/Z$/, '')}`,
    bootstrapServers: '',
    unitIds: Array.from({ length: st.shards }, (_, i) => shardId(i)),
    retentionMs: (kinesis ? (st.retentionHours ?? 24) : 24) * HOUR_MS,
    pollMs: kinesis ? (m.enhancedFanOut ? 0 : KINESIS_POLL_MS) : DYNAMODB_POLL_MS,
    streamViewType: st.streamViewType ?? 'NEW_AND_OLD_IMAGES',
    producers: st.producers,
    mapping: mappingSpec(m, start, {
      windowMs: m.maximumBatchingWindowInSeconds * 1000,
      parallelization: m.parallelizationFactor,
      tumblingMs: m.tumblingWindowInSeconds * 1000,
      enhancedFanOut: m.enhancedFanOut,
      provisioned: null,
      maxRetries: m.maximumRetryAttempts === -1 ? Infinity : m.maximumRetryAttempts,
    }),
  };
}

function kafkaSpec(k: KafkaConfig, index: number, start: number): SourceSpec {
  const m = k.mapping;
  const msk = k.kind === 'msk';
  const servers = msk
    ? [1, 2].map((b) => `b-${b}.${k.cluster}.kafka.${REGION}.amazonaws.com:9098`).join(',')
    : [1, 2].map((b) => `${k.cluster}-${b}.example.internal:9092`).join(',');
  const pc = m.provisionedPollerConfig;
  const retries =
    m.maximumRetryAttempts !== -1
      ? m.maximumRetryAttempts
      : m.destinationConfig
        ? KAFKA_RETRIES_WITH_DESTINATION
        : Infinity;
  return {
    index,
    family: 'kafka',
    kafkaKind: k.kind,
    name: `${k.cluster}/${k.topic}`,
    topic: k.topic,
    entity: `esm:${k.cluster}/${k.topic}`,
    arn: msk
      ? `arn:aws:kafka:${REGION}:${ACCOUNT}:cluster/${k.cluster}/${clusterUuid(k.cluster)}`
      : '',
    bootstrapServers: servers,
    unitIds: Array.from({ length: k.partitions }, (_, i) => `${k.topic}-${i}`),
    retentionMs: k.retentionHours * HOUR_MS,
    pollMs: 0,
    streamViewType: 'NEW_AND_OLD_IMAGES',
    producers: k.producers,
    mapping: mappingSpec(m, start, {
      windowMs:
        m.maximumBatchingWindowInSeconds === undefined
          ? KAFKA_DEFAULT_WINDOW_MS
          : m.maximumBatchingWindowInSeconds * 1000,
      parallelization: 1,
      tumblingMs: 0,
      enhancedFanOut: false,
      provisioned: pc ? { min: pc.minimumPollers, max: pc.maximumPollers } : null,
      maxRetries: retries,
    }),
  };
}

function mappingSpec(
  m: StreamMapping | KafkaMapping,
  start: number,
  own: Pick<
    MappingSpec,
    'windowMs' | 'parallelization' | 'tumblingMs' | 'enhancedFanOut' | 'provisioned' | 'maxRetries'
  >,
): MappingSpec {
  const patterns = m.filterCriteria?.filters.map((f) => f.pattern) ?? [];
  const compiled = compileFilters(patterns, m.filterCriteria?.quota);
  return {
    ...own,
    batchSize: m.batchSize,
    startingPosition: m.startingPosition,
    timestampMs:
      m.startingPositionTimestamp === undefined
        ? 0
        : Date.parse(m.startingPositionTimestamp) - start,
    maxAgeMs: m.maximumRecordAgeInSeconds === -1 ? Infinity : m.maximumRecordAgeInSeconds * 1000,
    bisect: m.bisectBatchOnFunctionError,
    reportItemFailures: m.functionResponseTypes.includes('ReportBatchItemFailures'),
    onFailure: m.destinationConfig?.onFailure,
    // parseScenario has already refused invalid filters; an empty list means "no filtering".
    filter: compiled.ok && compiled.count > 0 ? compiled.passes : null,
    qualifier: String(m.qualifier),
    enabled: m.enabled,
    createdAtMs: m.createdAtMs,
  };
}

/** A stable, made-up cluster UUID suffix, so the ARN looks like MSK's. */
function clusterUuid(name: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  const hex = (h >>> 0).toString(16).padStart(8, '0');
  return `${hex}-${hex.slice(0, 4)}-4${hex.slice(1, 4)}-a${hex.slice(5, 8)}-${hex}${hex.slice(0, 4)}-2`;
}
