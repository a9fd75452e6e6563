import { defineJobHandler } from '../../platform/jobs/job-handler.ts';
import { defineSchedule } from '../../platform/jobs/schedule.ts';
import { recycleLeads } from './recycle-leads.command.ts';

export const RECYCLE_JOB = 'leadPools.recycle';

export const recycleLeadsJob = defineJobHandler(RECYCLE_JOB, async (_payload, ctx) => {
  const result = await recycleLeads(ctx.database);
  ctx.log.info({ pools: result.pools }, 'leads recycled into their pools');
});

/** Daily at 01:00 in China, before anyone starts work: what went untouched yesterday is back in the pool. */
export const recycleLeadsSchedule = defineSchedule({
  name: RECYCLE_JOB,
  cron: '0 1 * * *',
  jobName: RECYCLE_JOB,
});
