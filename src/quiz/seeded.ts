import { Rng } from '../engine/rng';

/**
 * Seeded choices for the quiz (exam draws, option order, practice order): the same seed always
 * gives the same exam, so an attempt can be resumed or reviewed from its seed alone.
 */

/** A 32-bit seed from text (FNV-1a), so "attempt seed + question id" picks a stable order. */
export function hashSeed(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A new array in a seeded order (Fisher–Yates). */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = items.slice();
  const rng = new Rng(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
