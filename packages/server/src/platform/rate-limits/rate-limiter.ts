import type { Database } from '../../db/database.ts';
import { FixedWindowLimiter } from './fixed-window-limiter.ts';
import { SharedWindowLimiter } from './shared-window-limiter.ts';

/** The answer of a rate limiter to one request. */
export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Counts requests per key in fixed windows and says whether one more may go on. */
export interface RateLimiter {
  hit(key: string, nowMs: number): RateDecision | Promise<RateDecision>;
}

/**
 * A limiter of `limit` requests per key and window (`limit` 0: no limit) that holds across the instances
 * serving one database: on PostgreSQL, where several instances may serve it, the windows are rows of
 * `rate_limit_windows` shared by all of them; on SQLite, which one process serves, they are kept in its
 * memory (no write per request). `scope` keeps the keys of different limits apart.
 * @example const perIp = rateLimiterFor(database, 'leadForm.ip', 20, 60_000); await perIp.hit(ip, Date.now())
 */
export function rateLimiterFor(
  database: Database,
  scope: string,
  limit: number,
  windowMs: number,
): RateLimiter {
  if (limit <= 0 || database.dialect !== 'postgres') return new FixedWindowLimiter(limit, windowMs);
  return new SharedWindowLimiter(database.db, scope, limit, windowMs);
}
