import type { Database } from '../../db/database.ts';
import { tryTransactionLock } from '../../db/locking.ts';
import { enqueueJob } from './enqueue-job.ts';
import { nextFireTime, SCHEDULE_TIME_ZONE } from './schedule.ts';
import type { WorkerLog } from './worker-log.ts';

export interface SchedulerTickOptions {
  now?: Date;
  timeZone?: string;
  log?: WorkerLog;
}

/**
 * Fires every enabled schedule that is due: enqueues its job (idempotency key
 * `schedule:<name>:<fireTime>`) and moves its next run to the first cron time after now, in one
 * transaction. A schedule that missed several times while nothing ran fires once, not once per miss.
 * Across instances only one tick runs at a time (a PostgreSQL advisory lock; with a single writer, the
 * write lock), and the idempotency key makes a fire time enqueue once even so. Resolves to the number
 * of schedules fired (0 when another instance holds the tick).
 */
export async function runSchedulerTick(
  database: Database,
  options: SchedulerTickOptions = {},
): Promise<number> {
  const now = options.now ?? new Date();
  const timeZone = options.timeZone ?? SCHEDULE_TIME_ZONE;
  return database.db.transaction().execute(async (trx) => {
    // Per schema: installations sharing one PostgreSQL database in separate schemas tick independently.
    const lockName = `lodestar:scheduler:${database.schema ?? ''}`;
    if (!(await tryTransactionLock(trx, database.caps, lockName))) return 0;
    const due = await trx
      .selectFrom('schedules')
      .selectAll()
      .where('enabled', '=', true)
      .where('next_run_at', '<=', now.toISOString())
      .orderBy('next_run_at')
      .execute();
    let fired = 0;
    for (const schedule of due) {
      let next: Date;
      try {
        next = nextFireTime(schedule.cron, now, timeZone);
      } catch (err) {
        options.log?.error(
          { err, schedule: schedule.name, cron: schedule.cron },
          'schedule has an invalid cron expression',
        );
        continue;
      }
      // Compare-and-set on next_run_at: only the tick that advances the schedule enqueues its job.
      const advanced = await trx
        .updateTable('schedules')
        .set({ next_run_at: next.toISOString(), last_run_at: schedule.next_run_at })
        .where('name', '=', schedule.name)
        .where('next_run_at', '=', schedule.next_run_at)
        .executeTakeFirst();
      if (Number(advanced.numUpdatedRows) === 0) continue;
      await enqueueJob(trx, {
        name: schedule.job_name,
        payload: JSON.parse(schedule.payload) as unknown,
        idempotencyKey: `schedule:${schedule.name}:${schedule.next_run_at}`,
      });
      fired++;
    }
    return fired;
  });
}
