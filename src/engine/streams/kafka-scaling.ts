import type { SourceRuntime } from './source-runtime';

/** Lambda looks at a Kafka mapping's offset lag once a minute. */
export const SCALE_CHECK_MS = 60_000;

/** The first check after `now`, on the minute beat counted from the mapping's creation. */
export function scaleCheckDue(createdAtMs: number, now: number): number {
  return createdAtMs + (Math.floor((now - createdAtMs) / SCALE_CHECK_MS) + 1) * SCALE_CHECK_MS;
}

/**
 * One offset-lag check. The mapping starts with KAFKA_ON_DEMAND_START_POLLERS consumers
 * (provisioned mode: its minimum pollers); while the lag is not shrinking it adds one consumer per check, and once the lag is
 * gone — or when the function throttled a batch since the last check — it removes one per
 * check. Never more consumers than partitions (nor than the provisioned maximum). Returns
 * +1, -1 or 0.
 */
export function rescale(src: SourceRuntime): number {
  const lag = src.lag;
  let change = 0;
  const throttled = src.throttledSinceCheck;
  src.throttledSinceCheck = false;
  // A consumer taken away finishes the batch it holds; its partitions wait for their new owner
  // until then, so a partition never has two batches at once.
  if (throttled) {
    // The function is throttled: fewer consumers, not more.
    if (src.consumers > src.minConsumers) change = -1;
  } else if (lag > 0 && lag >= src.lastLag && src.consumers < src.maxConsumers) change = 1;
  else if (lag === 0 && src.consumers > src.minConsumers) change = -1;
  src.consumers += change;
  src.lastLag = lag;
  return change;
}
