/**
 * Helpers for sample payloads. Every value is derived from the seed by a tiny local hash, so the
 * same seed always gives the same payload (no ambient randomness, no wall clock) and the catalog stays
 * pure data that Node and the browser render byte for byte alike.
 *
 * Ids, names and addresses are made up; IP addresses come from the documentation ranges and
 * phone numbers from the fictional 555-01xx block.
 */

export const ACCOUNT = '123456789012';
export const REGION = 'us-east-1';
/** All sample timestamps fall on this UTC day. */
const BASE_MS = Date.UTC(2026, 10, 24);
const DAY_MS = 86_400_000;

/** A small deterministic generator (mulberry32) seeded from the seed and a per-use salt. */
export interface Sampler {
  /** Next unsigned 32-bit value. */
  next(): number;
  /** Integer in [min, max]. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  hex(length: number): string;
  digits(length: number): string;
  uuid(): string;
  /** Epoch milliseconds somewhere on the sample day. */
  timeMs(): number;
}

function mix(seed: number, salt: string): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  for (let i = 0; i < salt.length; i++) {
    h = Math.imul(h ^ salt.charCodeAt(i), 0x85ebca6b);
    h ^= h >>> 13;
  }
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

export function sampler(seed: number, salt: string): Sampler {
  let state = mix(seed, salt);
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  const int = (min: number, max: number) => min + (next() % (max - min + 1));
  const fromAlphabet = (alphabet: string, length: number) => {
    let out = '';
    for (let i = 0; i < length; i++) out += alphabet[next() % alphabet.length];
    return out;
  };
  const hex = (length: number) => fromAlphabet('0123456789abcdef', length);
  return {
    next,
    int,
    pick: <T>(items: readonly T[]) => items[next() % items.length] as T,
    hex,
    digits: (length: number) => String(int(1, 9)) + fromAlphabet('0123456789', length - 1),
    uuid: () => `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[next() % 4]}${hex(3)}-${hex(12)}`,
    timeMs: () => BASE_MS + (next() % DAY_MS),
  };
}

export function iso(ms: number): string {
  return new Date(ms).toISOString();
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function base64Bytes(bytes: ArrayLike<number>): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const n = (a << 16) | (b << 8) | c;
    out += B64[(n >> 18) & 63]! + B64[(n >> 12) & 63]!;
    out += i + 1 < bytes.length ? B64[(n >> 6) & 63] : '=';
    out += i + 2 < bytes.length ? B64[n & 63] : '=';
  }
  return out;
}

/** Base64 of the UTF-8 bytes of a string, as Kinesis, Kafka, MQ and Firehose deliver data. */
export function base64(text: string): string {
  return base64Bytes(new TextEncoder().encode(text));
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * A real gzip member holding the text in one "stored" (uncompressed) deflate block. CloudWatch Logs
 * sends base64(gzip(JSON)); a stored block keeps that format honest (any gunzip decodes it) without
 * shipping a compressor. Sample texts stay far below the 65,535-byte block limit.
 */
export function gzipStored(text: string): Uint8Array {
  const data = new TextEncoder().encode(text);
  const len = data.length;
  const header = [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff];
  const block = [1, len & 0xff, len >> 8, ~len & 0xff, (~len >> 8) & 0xff];
  const crc = crc32(data);
  const le32 = (n: number) => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];
  return Uint8Array.from([...header, ...block, ...data, ...le32(crc), ...le32(len)]);
}

export function lambdaArn(name: string): string {
  return `arn:aws:lambda:${REGION}:${ACCOUNT}:function:${name}`;
}

/** An address from 203.0.113.0/24, reserved for documentation. */
export function docIp(s: Sampler): string {
  return `203.0.113.${s.int(1, 254)}`;
}
