import { defineJobHandler } from '../../platform/jobs/job-handler.ts';
import { defineSchedule } from '../../platform/jobs/schedule.ts';
import { rebuildDuplicateKeys } from './rebuild-duplicate-keys.command.ts';

export const REBUILD_DUPLICATE_KEYS_JOB = 'duplicates.rebuildKeys';

/** Rebuilds the duplicate match keys (see `rebuildDuplicateKeys`); safe to run again at any time. */
export const rebuildDuplicateKeysJob = defineJobHandler(REBUILD_DUPLICATE_KEYS_JOB, async (_payload, ctx) => {
  const indexed = await rebuildDuplicateKeys(ctx.database);
  ctx.log.info(indexed, 'duplicate match keys rebuilt');
});

/** Nightly, when nobody types: records written around the behaviours get their keys within a day. */
export const rebuildDuplicateKeysSchedule = defineSchedule({
  name: REBUILD_DUPLICATE_KEYS_JOB,
  cron: '30 3 * * *',
  jobName: REBUILD_DUPLICATE_KEYS_JOB,
});
