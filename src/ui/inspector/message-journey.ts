import type { MessageInfo, Run, TraceEvent } from '../../engine';

/**
 * A message's own story, for the message inspector: every trace event about it in order, which
 * one the playhead has reached, its payload as text, and a batch's records. Pure: (run, t) in.
 */
const journeys = new WeakMap<Run, Map<number, readonly TraceEvent[]>>();

export function journeyOf(run: Run, msg: number): readonly TraceEvent[] {
  let byMsg = journeys.get(run);
  if (byMsg === undefined) {
    byMsg = new Map();
    journeys.set(run, byMsg);
  }
  let events = byMsg.get(msg);
  if (events === undefined) {
    events = run.trace.filter((e) => e.msg === msg);
    byMsg.set(msg, events);
  }
  return events;
}

/** Index of the last event at or before t, or -1 before the first. */
export function stepAt(events: readonly TraceEvent[], t: number): number {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (events[mid]!.t <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The payload exactly as the function receives it, pretty-printed (a batch builds its event). */
export function payloadText(payload: unknown): string {
  if (payload === undefined) return '(no payload)';
  if (typeof payload === 'string') return payload;
  return JSON.stringify(payload, null, 2) ?? String(payload);
}

export interface BatchRecord {
  /** The record's id as its source names it (messageId, eventID, offset …). */
  readonly id: string;
  /** What the handler reads from it, as text. */
  readonly body: string;
}

/**
 * The records of a batch a poller invoked the function with (SQS, Kinesis, DynamoDB, Kafka, MQ);
 * empty for a single event.
 */
export function batchRecords(info: MessageInfo): BatchRecord[] {
  if (info.path !== 'poll') return [];
  const event = JSON.parse(JSON.stringify(info.payload ?? null)) as unknown;
  const list = recordList(event);
  return list.map((r, i) => ({
    id: recordId(r, i),
    body: text(info.records?.[i] ?? bodyOf(r)),
  }));
}

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);

function recordList(event: unknown): unknown[] {
  if (!isObj(event)) return [];
  for (const key of ['Records', 'messages', 'records'])
    if (Array.isArray(event[key])) return event[key] as unknown[];
  // Kafka groups its records by "topic-partition".
  if (isObj(event.records)) return Object.values(event.records).flat();
  return [];
}

function recordId(r: unknown, i: number): string {
  if (!isObj(r)) return `record ${i + 1}`;
  for (const key of ['messageId', 'messageID', 'eventID', 'recordId', 'deliveryTag'])
    if (typeof r[key] === 'string' || typeof r[key] === 'number') return String(r[key]);
  if (isObj(r.kinesis) && typeof r.kinesis.sequenceNumber === 'string')
    return r.kinesis.sequenceNumber;
  if (r.offset !== undefined) return `offset ${String(r.offset)}`;
  return `record ${i + 1}`;
}

function bodyOf(r: unknown): unknown {
  if (!isObj(r)) return r;
  if (r.body !== undefined) return r.body;
  if (isObj(r.dynamodb)) return r.dynamodb.NewImage ?? r.dynamodb.Keys;
  const data = isObj(r.kinesis) ? r.kinesis.data : (r.data ?? r.value);
  return typeof data === 'string' ? decodeBase64(data) : data;
}

function decodeBase64(s: string): string {
  try {
    const bytes = Uint8Array.from(atob(s), (c) => c.charCodeAt(0));
    return new TextDecoder().decode(bytes);
  } catch {
    return s;
  }
}

function text(v: unknown): string {
  return typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
}

/** What one on-failure destination received about a message, for the inspector. */
export interface DestinationDelivery {
  /** "S3 bucket failed-batches", "SQS queue failures" … */
  readonly where: string;
  /** In a few words: the records with their metadata, or the metadata alone. */
  readonly what: string;
  /** The record as the destination received it, pretty-printed. */
  readonly text: string;
}

const TARGET_NOUN: Readonly<Record<string, string>> = {
  s3: 'S3 bucket',
  sqs: 'SQS queue',
  sns: 'SNS topic',
  kafka: 'Kafka topic',
};

/**
 * What the message's on-failure destinations received: a stream or Kafka batch sent to S3 carries
 * the records themselves with the metadata; to SQS or SNS, the metadata alone (where the records
 * are). Empty when nothing was sent.
 */
export function destinationDeliveries(run: Run, msg: number): DestinationDelivery[] {
  const out: DestinationDelivery[] = [];
  for (const e of journeyOf(run, msg)) {
    if (e.kind !== 'stream.destination') continue;
    const d = e.detail ?? {};
    const type = d.targetType ?? '';
    const where = `${TARGET_NOUN[type] ?? type} ${d.target ?? ''}`;
    if (type === 'kafka') {
      out.push({ where, what: 'the records themselves', text: payloadText(d.records) });
      continue;
    }
    const what =
      type === 's3'
        ? 'the whole invocation record: the records themselves, with where they are'
        : 'metadata only: where the records are, not the records';
    out.push({ where, what, text: payloadText(d.failureRecord) });
  }
  return out;
}
