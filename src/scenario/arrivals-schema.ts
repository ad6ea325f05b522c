import { z } from 'zod';
import { intIn, numberIn } from './fields';

const DAY_MS = 86_400_000;

/** When requests or events arrive: listed times, a burst, a constant rate or a Poisson process. */
export const arrivalSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({
      kind: z.literal('single'),
      atMs: z
        .array(intIn(0, 7 * DAY_MS, ' ms'))
        .min(1)
        .max(10_000),
    }),
    z.strictObject({
      kind: z.literal('constant'),
      ratePerSecond: numberIn(0.001, 10_000, ' per second'),
      startMs: intIn(0, 7 * DAY_MS, ' ms').default(0),
      durationMs: intIn(1, 7 * DAY_MS, ' ms'),
    }),
    z.strictObject({
      kind: z.literal('burst'),
      atMs: intIn(0, 7 * DAY_MS, ' ms'),
      count: intIn(1, 100_000),
    }),
    z.strictObject({
      kind: z.literal('poisson'),
      ratePerSecond: numberIn(0.001, 10_000, ' per second'),
      startMs: intIn(0, 7 * DAY_MS, ' ms').default(0),
      durationMs: intIn(1, 7 * DAY_MS, ' ms'),
    }),
  ],
  { error: 'kind must be one of "single", "constant", "burst", "poisson"' },
);
