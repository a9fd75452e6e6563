import type { RateDecision, RateLimiter } from './rate-limiter.ts';

/**
 * Counts requests per key in fixed windows, in this process's memory: a key over `limit` requests in its
 * current window is refused until the window ends. A limit of 0 allows everything. The number of keys kept is
 * bounded (ended windows go first, then the oldest), so a flood of distinct keys cannot grow it without end.
 * @example const perIp = new FixedWindowLimiter(20, 60_000); perIp.hit('203.0.113.7', Date.now())
 */
export class FixedWindowLimiter implements RateLimiter {
  private readonly windows = new Map<string, { count: number; endsAt: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly maxKeys = 50_000,
  ) {}

  /** Counts one request of `key` at `nowMs` and says whether it may go on. */
  hit(key: string, nowMs: number): RateDecision {
    if (this.limit <= 0) return { allowed: true };
    let window = this.windows.get(key);
    if (!window || window.endsAt <= nowMs) {
      this.windows.delete(key);
      this.makeRoom(nowMs);
      window = { count: 0, endsAt: nowMs + this.windowMs };
      this.windows.set(key, window);
    }
    window.count += 1;
    if (window.count <= this.limit) return { allowed: true };
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((window.endsAt - nowMs) / 1000)) };
  }

  private makeRoom(nowMs: number): void {
    if (this.windows.size < this.maxKeys) return;
    for (const [key, window] of this.windows) if (window.endsAt <= nowMs) this.windows.delete(key);
    for (const key of this.windows.keys()) {
      if (this.windows.size < this.maxKeys) break;
      this.windows.delete(key);
    }
  }
}
