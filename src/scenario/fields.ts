import { z } from 'zod';

/** A number field whose every error message states the allowed range. */
export function numberIn(min: number, max: number, unit = '') {
  const range = `from ${fmt(min)} to ${fmt(max)}${unit}`;
  return z
    .number({ error: `must be a number ${range}` })
    .min(min, { error: `must be ${range}` })
    .max(max, { error: `must be ${range}` });
}

/** An integer field whose every error message states the allowed range. */
export function intIn(min: number, max: number, unit = '') {
  const range = `from ${fmt(min)} to ${fmt(max)}${unit}`;
  return z
    .number({ error: `must be a whole number ${range}` })
    .int({ error: `must be a whole number ${range}` })
    .min(min, { error: `must be a whole number ${range}` })
    .max(max, { error: `must be a whole number ${range}` });
}

export function probability() {
  return numberIn(0, 1);
}

/** Identifiers appear in diagrams, logs and links: keep them short and plain. */
export const identifier = z
  .string({ error: 'must be a name' })
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/, {
    error: 'must be 1–64 letters, digits, "-", "_" or ".", starting with a letter or digit',
  });

function fmt(n: number): string {
  return n.toLocaleString('en-US');
}
