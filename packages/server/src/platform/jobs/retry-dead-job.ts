import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { conflict, notFound } from '../../errors.ts';
import { type AuditActor, recordAudit } from '../audit/record-audit.ts';
import { type Job, toJob } from './job.ts';

/**
 * Puts a dead-lettered job back in the queue to run now, with a fresh set of attempts; its last error is
 * kept until the next run. 404 when there is no such job, 409 `job.not_dead` unless it is dead. Audited.
 */
export async function retryDeadJob(db: Kysely<DB>, actor: AuditActor, jobId: number): Promise<Job> {
  return db.transaction().execute(async (trx: Transaction<DB>) => {
    const at = new Date().toISOString();
    const row = await trx
      .updateTable('jobs')
      .set({ status: 'pending', attempts: 0, run_at: at, finished_at: null, updated_at: at })
      .where('id', '=', jobId)
      .where('status', '=', 'dead')
      .returningAll()
      .executeTakeFirst();
    if (!row) {
      const existing = await trx
        .selectFrom('jobs')
        .select('status')
        .where('id', '=', jobId)
        .executeTakeFirst();
      if (!existing) throw notFound('job.not_found', { id: jobId });
      throw conflict('job.not_dead', { id: jobId, status: existing.status });
    }
    await recordAudit(trx, actor, {
      action: 'job.retry',
      entityType: 'job',
      entityId: jobId,
      changes: { status: ['dead', 'pending'] },
    });
    return toJob(row);
  });
}
