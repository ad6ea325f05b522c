import type { FateKind, Run, TraceDetail, TraceEvent } from '../engine';
import type { StreamFateKind, StreamTraceKind } from '../engine/streams/kinds';
import { formatDuration, plural } from './format';
import { targetTypeLabel } from './names';
import { formatCount } from './format';

/** Stream and Kafka mapping events in plain words (the event log routes `stream.` and `kafka.` here). */
export function describeStreamEvent(
  e: TraceEvent & { kind: StreamTraceKind },
  d: TraceDetail,
  run: Run,
): string {
  const kafka = d.family === 'kafka';
  switch (e.kind) {
    case 'stream.mapping-created': {
      const where = `${sourceLabel(d)} ${d.streamName ?? ''}`;
      if (d.enabled === false) return `Trigger created on ${where}, but disabled: it reads nothing`;
      const skipped =
        d.unread !== undefined && d.unread > 0
          ? `; ${plural(d.unread, 'earlier record')} will not be read`
          : '';
      return `Trigger created on ${where}, starting at ${d.startingPosition ?? 'TRIM_HORIZON'}${skipped}`;
    }
    case 'stream.mapping-rejected':
      return `CreateEventSourceMapping refused (${d.errorCode ?? 'InvalidParameterValueException'}): ${d.errorMessage ?? ''}`;
    case 'stream.put':
      return kafka
        ? `${producerName(run, e.from)} writes a record to partition ${d.unit ?? ''} at offset ${d.sequenceNumber ?? ''} (key ${d.partitionKey ?? ''})`
        : `${producerName(run, e.from)} writes a record to ${d.unit ?? ''} (partition key ${d.partitionKey ?? ''}, sequence number ${shortSequence(d.sequenceNumber)})`;
    case 'stream.filtered':
      return kafka
        ? 'Record matches no filter: never sent to the function, its offset is committed'
        : 'Record matches no filter: skipped, the function never sees it';
    case 'stream.batch':
      return describeBatch(e, d);
    case 'stream.retry':
      return describeRetry(d, kafka);
    case 'stream.bisect': {
      const [a, b] = d.halves ?? [0, 0];
      return `Batch failed: split into halves of ${a} and ${b}, the first tried in ${formatDuration(d.delayMs ?? 0)}`;
    }
    case 'stream.partial': {
      const failed = d.itemFailures?.length ?? 0;
      const again = d.records?.length ?? 0;
      if (e.rule === 'stream.partial-batch-malformed')
        return `Function reports ${plural(failed, 'failed record')}, but Lambda cannot use the response (${d.errorMessage ?? 'malformed'}): the whole batch of ${plural(d.batchSize ?? 0, 'record')} counts as failed`;
      if (e.rule === 'stream.partial-batch-empty')
        return `Function's response reports no failure (${d.partialBatchResponse ?? 'empty'}): Lambda checkpoints all ${plural(d.batchSize ?? 0, 'record')}, the ${plural(failed, 'failed one')} too`;
      const transient = d.transientRecords?.length ?? 0;
      const passing =
        transient > 0 ? ` (${transient} of them only for now: a transient failure)` : '';
      return `Function reports ${plural(failed, 'failed record')}${passing}: checkpoint before the lowest, ${plural(again, 'record')} ${again === 1 ? 'goes' : 'go'} again`;
    }
    case 'stream.checkpoint':
      return `Checkpoint: ${d.unit ?? ''} done up to sequence number ${shortSequence(d.sequenceNumber)}`;
    case 'stream.window':
      return d.isFinalInvokeForWindow
        ? `Tumbling window ${windowSpan(d)} closed with final state ${stateText(d)}`
        : `Window state carried to the next call: ${stateText(d)}`;
    case 'stream.discarded':
      return d.streamCondition === 'RecordAgeExceeded'
        ? `Lambda gives up on ${plural(d.batchSize ?? 0, 'record')}: older than the maximum record age (RecordAgeExceeded)`
        : `Lambda gives up on ${plural(d.batchSize ?? 0, 'record')} after ${plural(d.retryNumber ?? 0, 'retry', 'retries')} (RetryAttemptsExhausted)`;
    case 'stream.destination':
      if (d.targetType === 's3')
        return `Invocation record (${d.batchSize === 1 ? 'the record itself' : `the ${plural(d.batchSize ?? 0, 'record')} themselves`}, with where they are) written to on-failure S3 bucket ${d.target ?? ''}`;
      return d.targetType === 'kafka'
        ? `${plural(d.batchSize ?? 0, 'record')} copied to on-failure Kafka topic ${d.target ?? ''}`
        : `Batch metadata (${d.batchSize === 1 ? 'where the record is, not the record' : `where the ${plural(d.batchSize ?? 0, 'record')} are, not the records`}) sent to on-failure destination ${d.target ?? ''} (${targetTypeLabel(d.targetType)})`;
    case 'stream.expired':
      return `Record left the stream after ${formatDuration(d.ageMs ?? 0)} (retention) without being processed`;
    case 'kafka.committed':
      return `Offsets committed: ${offsetsText(d)}`;
    case 'kafka.scaled': {
      const now = `${plural(d.consumers ?? 0, 'consumer')} now ${d.consumers === 1 ? 'reads' : 'read'} the topic`;
      return d.reason === 'throttled'
        ? `The function throttled batches: one consumer fewer, ${now}`
        : `Offset lag ${formatCount(d.offsetLag ?? 0)}: ${now}`;
    }
  }
}

/** A stream fate in a few words. */
export function streamFateLabel(kind: FateKind & StreamFateKind): string {
  switch (kind) {
    case 'checkpointed':
      return 'processed: the checkpoint moved past it';
    case 'filtered-out':
      return 'matched no filter: skipped, never sent';
    case 'bisected':
      return 'split in two after a function error';
  }
}

function describeBatch(e: TraceEvent, d: TraceDetail): string {
  if (d.isFinalInvokeForWindow)
    return `Tumbling window ${windowSpan(d)} is over: final call with state ${stateText(d)}`;
  const n = plural(d.batchSize ?? 0, 'record');
  const from =
    d.family === 'kafka'
      ? `consumer sends ${n}`
      : `${d.pushed ? 'pushes' : 'sends'} ${n} from ${d.unit ?? ''}`;
  const who = d.family === 'kafka' ? 'Kafka' : d.pushed ? 'Enhanced fan-out' : 'Poller';
  const age =
    d.iteratorAgeMs !== undefined ? ` (iterator age ${formatDuration(d.iteratorAgeMs)})` : '';
  const attempt = e.attempt > 1 ? `, attempt ${e.attempt}` : '';
  return `${who} ${from} to the function${age}${attempt}`;
}

function describeRetry(d: TraceDetail, kafka: boolean): string {
  const delay = formatDuration(d.delayMs ?? 0);
  if (d.cause === 'throttle' || d.cause === 'service-error')
    return `${d.cause === 'throttle' ? 'Throttled' : 'Service error'} before the function ran: tried again in ${delay} (no retry used up)`;
  // Without an error, the function returned normally and reported failed records.
  const what = d.errorType === undefined ? 'Failed records' : 'Batch failed';
  if (d.maxRetries === undefined || d.maxRetries < 0)
    return `${what}: retry ${d.retryNumber ?? 1} in ${delay}, with no limit — the ${kafka ? 'partition' : 'shard'} waits behind it`;
  return `${what}: retry ${d.retryNumber ?? 1} of ${d.maxRetries} in ${delay}`;
}

function sourceLabel(d: TraceDetail): string {
  switch (d.family) {
    case 'kinesis':
      return 'Kinesis stream';
    case 'dynamodb':
      return 'the DynamoDB stream of table';
    default:
      return 'Kafka topic';
  }
}

/** Long sequence numbers read better by their last digits: "…000123". */
function shortSequence(s: string | undefined): string {
  if (s === undefined) return '';
  return s.length > 12 ? `…${s.slice(-6)}` : s;
}

function windowSpan(d: TraceDetail): string {
  const t = (iso: string | undefined) => (iso === undefined ? '' : iso.slice(11, 19));
  return `${t(d.windowStart)}–${t(d.windowEnd)}`;
}

function stateText(d: TraceDetail): string {
  return JSON.stringify(d.windowState ?? {});
}

function offsetsText(d: TraceDetail): string {
  return Object.entries(d.offsets ?? {})
    .map(([p, o]) => `${p} → ${o}`)
    .join(', ');
}

/** A producer's label (or id), from its trace entity "producer:<source>/<id>". */
function producerName(run: Run, entity: string): string {
  const [source, id] = entity.replace(/^producer:/, '').split(/\/(?=[^/]*$)/) as [string, string];
  const producers = [
    ...(run.scenario.streams ?? []).map((s) => [s.name, s.producers] as const),
    ...(run.scenario.kafka ?? []).map((k) => [`${k.cluster}/${k.topic}`, k.producers] as const),
  ].find(([name]) => name === source)?.[1];
  const p = producers?.find((x) => x.id === id);
  return p?.label ?? id ?? entity;
}
