export interface RetryPolicy {
  /** Unit of the exponential delay: the n-th failed run waits `baseMs · 2^n` (before jitter). */
  baseMs: number;
  /** Upper bound of a single delay. */
  maxMs: number;
}

/** About 2 s, 4 s, 8 s, … capped at one hour. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { baseMs: 1000, maxMs: 3_600_000 };

/**
 * How long to wait before retrying a job whose `attempts`-th run failed: exponential (`baseMs · 2^attempts`,
 * capped) with jitter over its upper half, so a burst of failures does not come back in lockstep.
 */
export function retryDelayMs(
  attempts: number,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
  random: () => number = Math.random,
): number {
  const exponential = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempts));
  return Math.round(exponential / 2 + (random() * exponential) / 2);
}
