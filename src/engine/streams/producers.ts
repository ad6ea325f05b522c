import type { PartitionKeySpec, StreamProducer } from '../../scenario/streams-schema';
import { arrivalStream, type ArrivalStream } from '../arrivals';
import { readPath } from '../behaviour';
import { Rng } from '../rng';
import { encodePayload, type EncodedPayload } from './record-shapes';

/** What one write carries before it lands in a shard or partition. */
export interface Write {
  readonly payload: EncodedPayload;
  readonly key: string;
  readonly keyAttr: string;
  readonly keyValue: unknown;
  readonly eventName: 'INSERT' | 'MODIFY' | 'REMOVE';
}

/**
 * A producer of one stream or topic: when it writes (its arrivals), what (payloads taken in turn)
 * and with which partition key. Each producer draws from its own seeded stream, so editing the
 * function or another source never moves its records.
 */
export class Producer {
  readonly entity: string;
  readonly arrivals: ArrivalStream;
  private readonly payloads: readonly EncodedPayload[];
  private readonly keys: KeyPicker;
  private count = 0;

  constructor(
    readonly spec: StreamProducer,
    sourceName: string,
    seed: number,
  ) {
    this.entity = `producer:${sourceName}/${spec.id}`;
    this.arrivals = arrivalStream({ id: this.entity, arrivals: spec.arrivals }, seed);
    this.payloads = (spec.payloads ?? [spec.payload]).map(encodePayload);
    this.keys = keyPicker(spec.partitionKey, new Rng((seed ^ hash(this.entity)) >>> 0));
  }

  next(): Write {
    const payload = this.payloads[this.count++ % this.payloads.length]!;
    const [key, keyAttr, keyValue] = this.keys(payload.value);
    return { payload, key, keyAttr, keyValue, eventName: this.spec.eventName ?? 'INSERT' };
  }
}

type KeyPicker = (payload: unknown) => readonly [string, string, unknown];

function keyPicker(spec: PartitionKeySpec, rng: Rng): KeyPicker {
  switch (spec.kind) {
    case 'fixed': {
      const k = [spec.value, 'pk', spec.value] as const;
      return () => k;
    }
    case 'cycle': {
      let i = 0;
      const keys = spec.values.map((v) => [v, 'pk', v] as const);
      return () => keys[i++ % keys.length]!;
    }
    case 'field': {
      const attr = spec.path.split('.').pop()!;
      return (payload) => {
        const v = readPath(payload, spec.path);
        return [v === undefined ? 'null' : typeof v === 'string' ? v : JSON.stringify(v), attr, v];
      };
    }
    case 'random': {
      const keys = new Map<number, readonly [string, string, string]>();
      return () => {
        const n = Math.floor(rng.next() * spec.count);
        let k = keys.get(n);
        if (k === undefined) keys.set(n, (k = [`key-${n}`, 'pk', `key-${n}`]));
        return k;
      };
    }
  }
}

/** FNV-1a, 32 bits: where a key lands must not depend on anything but the key. */
export function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * The shard (or partition) of a key, and its lane inside the shard when ParallelizationFactor > 1.
 * Kinesis hashes the key into equal hash-key ranges, Kafka's default partitioner hashes it modulo
 * the partition count; one hash stands for both. The lane uses the hash's other bits, so every
 * record of a key always takes the same lane and keeps its order.
 */
export function placeKey(key: string, units: number, lanesPerUnit: number): [number, number] {
  const h = hash(key);
  const unit = h % units;
  const lane = Math.floor(h / units) % lanesPerUnit;
  return [unit, lane];
}
