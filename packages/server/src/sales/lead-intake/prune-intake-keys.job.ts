import { defineJobHandler } from '../../platform/jobs/job-handler.ts';
import { defineSchedule } from '../../platform/jobs/schedule.ts';
import { deleteIdempotentRequestsBefore } from './lead-intake-keys.repository.ts';

export const PRUNE_INTAKE_KEYS_JOB = 'leadIntake.pruneIdempotencyKeys';

/** How long a stored intake answer is replayed: far longer than any client's retries. */
const KEEP_DAYS = 7;

/** Removes the stored answers of intake requests older than a week (external ids are kept for good). */
export const pruneIntakeKeysJob = defineJobHandler(PRUNE_INTAKE_KEYS_JOB, async (_payload, ctx) => {
  const before = new Date(Date.now() - KEEP_DAYS * 24 * 3600_000).toISOString();
  const removed = await deleteIdempotentRequestsBefore(ctx.database.db, before);
  ctx.log.info({ removed }, 'old intake idempotency keys removed');
});

export const pruneIntakeKeysSchedule = defineSchedule({
  name: PRUNE_INTAKE_KEYS_JOB,
  cron: '15 4 * * *',
  jobName: PRUNE_INTAKE_KEYS_JOB,
});
