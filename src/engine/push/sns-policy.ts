/**
 * SNS's delivery policy for AWS-managed endpoints (Lambda, SQS), used when Lambda cannot be reached
 * or answers with a server error: 3 retries at once, 2 retries 1 s apart, 10 retries backing off
 * from 1 s to 20 s, then 100,000 retries 20 s apart — 100,015 retries, about 23 days.
 */
export const SNS_MAX_RETRIES = 100_015;

/**
 * The backoff phase's delays. AWS says "exponential, from 1 second to 20 seconds" and adds jitter;
 * the simulator grows them geometrically from 1,000 to 20,000 ms, without jitter.
 */
const BACKOFF_MS = Array.from({ length: 10 }, (_, i) => Math.round(1_000 * 20 ** (i / 9)));

/** Delay before retry number `n` (1-based), or undefined when the policy is used up. */
export function snsRetryDelayMs(n: number): number | undefined {
  if (n < 1 || n > SNS_MAX_RETRIES) return undefined;
  if (n <= 3) return 0;
  if (n <= 5) return 1_000;
  if (n <= 15) return BACKOFF_MS[n - 6]!;
  return 20_000;
}
