import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { RateDecision, RateLimiter } from './rate-limiter.ts';

/** How often (in windows) one instance deletes the rows of windows that ended. */
const PRUNE_EVERY_WINDOWS = 10;

/**
 * Fixed windows counted in the database, so every instance on it counts against the same limit: one
 * upsert per request, which starts a new window when the key's last one ended and adds one otherwise,
 * committed at once (a refused request still counts, as in memory). Rows of ended windows are deleted
 * now and then by whichever instance comes by.
 */
export class SharedWindowLimiter implements RateLimiter {
  private prunedAt = 0;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly scope: string,
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  async hit(key: string, nowMs: number): Promise<RateDecision> {
    await this.pruneNowAndThen(nowMs);
    const row = await this.db
      .insertInto('rate_limit_windows')
      .values({ key: `${this.scope}:${key}`, ends_at: nowMs + this.windowMs, hits: 1 })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet({
          hits: sql`case when rate_limit_windows.ends_at <= ${nowMs} then 1 else rate_limit_windows.hits + 1 end`,
          ends_at: sql`case when rate_limit_windows.ends_at <= ${nowMs} then excluded.ends_at else rate_limit_windows.ends_at end`,
        }),
      )
      .returning(['hits', 'ends_at'])
      .executeTakeFirstOrThrow();
    if (Number(row.hits) <= this.limit) return { allowed: true };
    const retryAfterSeconds = Math.max(1, Math.ceil((Number(row.ends_at) - nowMs) / 1000));
    return { allowed: false, retryAfterSeconds };
  }

  private async pruneNowAndThen(nowMs: number): Promise<void> {
    if (nowMs - this.prunedAt < PRUNE_EVERY_WINDOWS * this.windowMs) return;
    this.prunedAt = nowMs;
    await this.db
      .deleteFrom('rate_limit_windows')
      .where('key', 'like', `${this.scope}:%`)
      .where('ends_at', '<=', nowMs)
      .execute();
  }
}
