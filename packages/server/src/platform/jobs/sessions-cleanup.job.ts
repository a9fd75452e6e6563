import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { defineJobHandler } from './job-handler.ts';
import { defineSchedule } from './schedule.ts';

/** Sign-in failure counters untouched for this long are forgotten (well past any throttle window). */
const THROTTLE_RETENTION_MS = 24 * 3600_000;

/**
 * Deletes expired sessions and sign-in throttle counters that are neither recent nor locking anyone out.
 * Resolves to how many rows of each went.
 */
export async function cleanupSessions(
  db: Kysely<DB>,
  now: Date = new Date(),
): Promise<{ sessions: number; throttles: number }> {
  const at = now.toISOString();
  const sessions = await db.deleteFrom('sessions').where('expires_at', '<=', at).executeTakeFirst();
  const throttles = await db
    .deleteFrom('login_throttle')
    .where('window_started_at', '<', new Date(now.getTime() - THROTTLE_RETENTION_MS).toISOString())
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', at)]))
    .executeTakeFirst();
  return { sessions: Number(sessions.numDeletedRows), throttles: Number(throttles.numDeletedRows) };
}

export const sessionsCleanupJob = defineJobHandler('sessions.cleanup', async (_payload, ctx) => {
  const removed = await cleanupSessions(ctx.db);
  ctx.log.info(removed, 'expired sessions and throttle counters removed');
});

/** Hourly, on the hour. */
export const sessionsCleanupSchedule = defineSchedule({
  name: 'sessions.cleanup',
  cron: '0 * * * *',
  jobName: 'sessions.cleanup',
});
