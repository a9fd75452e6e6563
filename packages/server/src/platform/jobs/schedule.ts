import { CronExpressionParser } from 'cron-parser';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

/** Time zone cron expressions are read in (09:00 means 09:00 in China). */
export const SCHEDULE_TIME_ZONE = 'Asia/Shanghai';

/** A recurring job: at every time the cron expression names, one job `jobName` with `payload`. */
export interface ScheduleDefinition {
  /** Stable name, part of the idempotency key of every job it fires (`schedule:<name>:<fireTime>`). */
  name: string;
  /** Five fields (minute hour day month weekday) or six with seconds first; `@hourly` etc. also work. */
  cron: string;
  jobName: string;
  payload?: Record<string, unknown>;
}

/**
 * Declares a schedule; the cron expression is checked now, so a typo fails at startup.
 * @example defineSchedule({ name: 'sessions.cleanup', cron: '0 * * * *', jobName: 'sessions.cleanup' })
 */
export function defineSchedule(definition: ScheduleDefinition): ScheduleDefinition {
  nextFireTime(definition.cron, new Date());
  return definition;
}

/** The first time strictly after `after` that the cron expression names. Throws on an invalid expression. */
export function nextFireTime(cron: string, after: Date, timeZone: string = SCHEDULE_TIME_ZONE): Date {
  return CronExpressionParser.parse(cron, { currentDate: after, tz: timeZone }).next().toDate();
}

/**
 * Registers a schedule or brings it up to date (cron, job, payload); a changed cron expression restarts
 * its timing from now, an unchanged one keeps its next run. Whether it is enabled is left as it was.
 * Safe to call from every instance at startup.
 */
export async function upsertSchedule(
  db: Kysely<DB>,
  definition: ScheduleDefinition,
  now: Date = new Date(),
): Promise<void> {
  const payload = JSON.stringify(definition.payload ?? {});
  const nextRunAt = nextFireTime(definition.cron, now).toISOString();
  const existing = await db
    .selectFrom('schedules')
    .select(['cron', 'job_name', 'payload'])
    .where('name', '=', definition.name)
    .executeTakeFirst();
  if (!existing) {
    await db
      .insertInto('schedules')
      .values({
        name: definition.name,
        cron: definition.cron,
        job_name: definition.jobName,
        payload,
        next_run_at: nextRunAt,
        last_run_at: null,
        enabled: true,
      })
      .onConflict((oc) => oc.column('name').doNothing())
      .execute();
    return;
  }
  if (
    existing.cron === definition.cron &&
    existing.job_name === definition.jobName &&
    existing.payload === payload
  )
    return;
  await db
    .updateTable('schedules')
    .set({
      cron: definition.cron,
      job_name: definition.jobName,
      payload,
      ...(existing.cron === definition.cron ? {} : { next_run_at: nextRunAt }),
    })
    .where('name', '=', definition.name)
    .execute();
}
