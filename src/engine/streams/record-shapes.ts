import { ACCOUNT, REGION, base64 } from '../../catalog/services/sample';
import type { SourceSpec } from './config';

/**
 * What a record looks like to the function (inside the batch event) and to the mapping's filters.
 * Filters see the decoded body under the source's key — Kinesis `data`, DynamoDB `dynamodb`,
 * Kafka `value` — with the record's metadata beside it.
 */

/** A producer payload encoded once: its JSON text, base64 and byte size are shared by records. */
export interface EncodedPayload {
  readonly value: unknown;
  readonly text: string;
  readonly base64: string;
  readonly bytes: number;
}

export function encodePayload(value: unknown): EncodedPayload {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return { value, text, base64: base64(text), bytes: new TextEncoder().encode(text).length };
}

export interface RecordFacts {
  readonly unitId: string;
  readonly sequenceNumber: string;
  readonly offset: number;
  readonly partition: number;
  readonly key: string;
  /** Kafka: the key as delivered (base64). */
  readonly key64: string;
  /** DynamoDB: the table's partition key attribute and its value in the item. */
  readonly keyAttr: string;
  readonly keyValue: unknown;
  readonly arrivalEpochMs: number;
  readonly payload: EncodedPayload;
  /** DynamoDB: the kind of change and the item before it (for OLD_IMAGE). */
  readonly eventName: 'INSERT' | 'MODIFY' | 'REMOVE';
  readonly oldItem: unknown;
}

/** The record as it appears in the event the function receives. */
export function deliveredRecord(src: SourceSpec, f: RecordFacts): unknown {
  switch (src.family) {
    case 'kinesis':
      return {
        kinesis: {
          kinesisSchemaVersion: '1.0',
          partitionKey: f.key,
          sequenceNumber: f.sequenceNumber,
          data: f.payload.base64,
          approximateArrivalTimestamp: f.arrivalEpochMs / 1000,
        },
        eventSource: 'aws:kinesis',
        eventVersion: '1.0',
        eventID: `${f.unitId}:${f.sequenceNumber}`,
        eventName: 'aws:kinesis:record',
        invokeIdentityArn: `arn:aws:iam::${ACCOUNT}:role/lambda-execution-role`,
        awsRegion: REGION,
        eventSourceARN: src.arn,
      };
    case 'dynamodb':
      return {
        eventID: f.sequenceNumber.slice(-12),
        eventName: f.eventName,
        eventVersion: '1.1',
        eventSource: 'aws:dynamodb',
        awsRegion: REGION,
        dynamodb: dynamodbChange(src, f),
        eventSourceARN: src.arn,
      };
    case 'kafka':
      return {
        topic: src.topic,
        partition: f.partition,
        offset: f.offset,
        timestamp: f.arrivalEpochMs,
        timestampType: 'CREATE_TIME',
        key: f.key64,
        value: f.payload.base64,
        headers: [],
      };
  }
}

/** The record as the mapping's filters see it: the body decoded from base64 where it is JSON. */
export function filterView(src: SourceSpec, f: RecordFacts, delivered: unknown): unknown {
  switch (src.family) {
    case 'kinesis':
      return {
        kinesisSchemaVersion: '1.0',
        partitionKey: f.key,
        sequenceNumber: f.sequenceNumber,
        approximateArrivalTimestamp: f.arrivalEpochMs / 1000,
        data: f.payload.value,
      };
    case 'dynamodb':
      return delivered;
    case 'kafka':
      return {
        topic: src.topic,
        partition: f.partition,
        offset: f.offset,
        timestamp: f.arrivalEpochMs,
        timestampType: 'CREATE_TIME',
        key: f.key,
        value: f.payload.value,
        headers: [],
      };
  }
}

/** Bytes a record adds to a batch: its body plus its key (Kinesis counts both). */
export function recordBytes(f: RecordFacts): number {
  return f.payload.bytes + f.key.length;
}

function dynamodbChange(src: SourceSpec, f: RecordFacts): Record<string, unknown> {
  const view = src.streamViewType;
  const keys = { [f.keyAttr]: marshal(f.keyValue) };
  const change: Record<string, unknown> = {
    ApproximateCreationDateTime: Math.floor(f.arrivalEpochMs / 1000),
    Keys: keys,
  };
  const newImage = f.eventName !== 'REMOVE' ? toItem(keys, f.payload.value) : undefined;
  const oldImage = f.eventName !== 'INSERT' ? toItem(keys, f.oldItem) : undefined;
  if (newImage && (view === 'NEW_IMAGE' || view === 'NEW_AND_OLD_IMAGES'))
    change.NewImage = newImage;
  if (oldImage && (view === 'OLD_IMAGE' || view === 'NEW_AND_OLD_IMAGES'))
    change.OldImage = oldImage;
  change.SequenceNumber = f.sequenceNumber;
  change.SizeBytes = f.payload.bytes;
  change.StreamViewType = view;
  return change;
}

/** A DynamoDB item in attribute-value form: the key attribute plus the payload's fields. */
function toItem(keys: Record<string, unknown>, value: unknown): Record<string, unknown> {
  const item: Record<string, unknown> = { ...keys };
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) item[k] = marshal(v);
  } else if (value !== undefined) {
    item.value = marshal(value);
  }
  return item;
}

/** A JSON value as a DynamoDB attribute value ({"S": …}, {"N": "…"}, {"M": …} …). */
export function marshal(v: unknown): unknown {
  if (v === null || v === undefined) return { NULL: true };
  if (typeof v === 'string') return { S: v };
  if (typeof v === 'number') return { N: String(v) };
  if (typeof v === 'boolean') return { BOOL: v };
  if (Array.isArray(v)) return { L: v.map(marshal) };
  const m: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) m[k] = marshal(x);
  return { M: m };
}
