/**
 * base64url without padding (RFC 4648 §5), strict: a decoder that accepts exactly one spelling
 * of every byte string, so that a damaged link is reported instead of quietly read as something
 * else. (The platform's atob is lenient about whitespace, padding and stray bits.)
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Character code → 6-bit value, or -1 for a character outside the alphabet. */
const VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE[ALPHABET.charCodeAt(i)] = i;

export function encodeBase64url(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out +=
      ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]! + ALPHABET[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]!;
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]!;
  }
  return out;
}

export type Base64urlResult = { ok: true; bytes: Uint8Array } | { ok: false; error: string };

export function decodeBase64url(text: string): Base64urlResult {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 || VALUE[c] === -1) {
      return {
        ok: false,
        error: `not valid base64url: character ${JSON.stringify(text[i])} at position ${i + 1}`,
      };
    }
  }
  // A group of 4 characters holds 3 bytes; a last group of 1 character cannot hold any.
  if (text.length % 4 === 1) {
    return { ok: false, error: 'not valid base64url: the data is cut short' };
  }
  const bytes = new Uint8Array(Math.floor((text.length * 3) / 4));
  let b = 0;
  let i = 0;
  for (; i + 3 < text.length; i += 4) {
    const n = (v(text, i) << 18) | (v(text, i + 1) << 12) | (v(text, i + 2) << 6) | v(text, i + 3);
    bytes[b++] = n >> 16;
    bytes[b++] = (n >> 8) & 255;
    bytes[b++] = n & 255;
  }
  const rest = text.length - i;
  if (rest > 0) {
    const n = (v(text, i) << 18) | (v(text, i + 1) << 12) | (rest === 3 ? v(text, i + 2) << 6 : 0);
    // The bits past the last whole byte must be zero, or two spellings would mean the same bytes.
    if ((rest === 2 && (n & 0xffff) !== 0) || (rest === 3 && (n & 0xff) !== 0)) {
      return { ok: false, error: 'not valid base64url: the last character has stray bits' };
    }
    bytes[b++] = n >> 16;
    if (rest === 3) bytes[b] = (n >> 8) & 255;
  }
  return { ok: true, bytes };
}

function v(text: string, i: number): number {
  return VALUE[text.charCodeAt(i)]!;
}
