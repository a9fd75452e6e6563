import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';

/** Failures allowed per window before the key is locked, and for how long. */
export const THROTTLE_RULES = {
  account: { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 },
  ip: { maxFailures: 30, windowMs: 15 * 60_000, lockMs: 15 * 60_000 },
} as const;

type Kind = keyof typeof THROTTLE_RULES;

const keyOf = (kind: Kind, value: string) => `${kind}:${value.toLowerCase()}`;

/** Throws a 429 with Retry-After when the account or the address is locked out. */
export async function assertNotThrottled(db: Kysely<DB>, account: string, ip: string): Promise<void> {
  const rows = await db
    .selectFrom('login_throttle')
    .select(['key', 'locked_until'])
    .where('key', 'in', [keyOf('account', account), keyOf('ip', ip)])
    .execute();
  const now = Date.now();
  const lockedUntil = Math.max(0, ...rows.map((r) => (r.locked_until ? Date.parse(r.locked_until) : 0)));
  if (lockedUntil > now) {
    const seconds = Math.ceil((lockedUntil - now) / 1000);
    throw new AppError(429, 'auth.too_many_attempts', { minutes: Math.ceil(seconds / 60) }, [], {
      'retry-after': String(seconds),
    });
  }
}

/** Counts a failed sign-in against the account and the address, locking either past its limit. */
export async function recordLoginFailure(db: Kysely<DB>, account: string, ip: string): Promise<void> {
  const now = Date.now();
  for (const kind of ['account', 'ip'] as const) {
    const rule = THROTTLE_RULES[kind];
    const key = keyOf(kind, kind === 'account' ? account : ip);
    await db.transaction().execute(async (trx) => {
      const row = await trx
        .selectFrom('login_throttle')
        .selectAll()
        .where('key', '=', key)
        .executeTakeFirst();
      const inWindow = row && now - Date.parse(row.window_started_at) < rule.windowMs;
      const failures = inWindow ? row.failures + 1 : 1;
      const values = {
        failures,
        window_started_at: inWindow ? row.window_started_at : new Date(now).toISOString(),
        locked_until: failures >= rule.maxFailures ? new Date(now + rule.lockMs).toISOString() : null,
      };
      if (row) await trx.updateTable('login_throttle').set(values).where('key', '=', key).execute();
      else {
        await trx
          .insertInto('login_throttle')
          .values({ key, ...values })
          .onConflict((oc) => oc.column('key').doNothing())
          .execute();
      }
    });
  }
}

/** A successful sign-in clears the account's counter (the address keeps its own). */
export async function clearAccountFailures(db: Kysely<DB>, account: string): Promise<void> {
  await db.deleteFrom('login_throttle').where('key', '=', keyOf('account', account)).execute();
}
