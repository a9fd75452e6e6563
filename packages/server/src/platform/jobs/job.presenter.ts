import type { Job } from './job.ts';

/** The API shape of a job (payload and lease details stay internal). */
export function presentJob(job: Job) {
  return {
    id: job.id,
    name: job.name,
    status: job.status,
    attempts: job.attempts,
    maxAttempts: job.maxAttempts,
    runAt: job.runAt,
    lastError: job.lastError,
    idempotencyKey: job.idempotencyKey,
    createdAt: job.createdAt,
    updatedAt: job.updatedAt,
    finishedAt: job.finishedAt,
  };
}
