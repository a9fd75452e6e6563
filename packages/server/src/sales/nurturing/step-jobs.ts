import type { Transaction } from 'kysely';
import { notifyChannel } from '../../db/notify.ts';
import type { DB } from '../../db/schema.ts';
import { DEFAULT_MAX_ATTEMPTS, JOBS_CHANNEL } from '../../platform/jobs/enqueue-job.ts';

/** The job that sends one step of one enrolment, at the moment it is due. */
export const NURTURE_STEP_JOB = 'nurturing.step';

/** What a step job carries: the enrolment, the step and the moment it was scheduled for. */
export interface StepPayload {
  enrolmentId: number;
  position: number;
  dueAt: string;
}

export const stepJobKey = (enrolmentId: number, position: number) =>
  `${NURTURE_STEP_JOB}:${enrolmentId}:${position}`;

const CHUNK = 500;

/**
 * Enqueues the step jobs of enrolments, each at its due moment (no polling: the worker finds a job when its
 * time comes), on the caller's transaction — many at once in a few statements. A step already scheduled
 * (same enrolment and step) is not scheduled twice.
 */
export async function scheduleSteps(trx: Transaction<DB>, steps: StepPayload[]): Promise<void> {
  if (steps.length === 0) return;
  const created = new Date().toISOString();
  for (let start = 0; start < steps.length; start += CHUNK) {
    await trx
      .insertInto('jobs')
      .values(
        steps.slice(start, start + CHUNK).map((step) => ({
          name: NURTURE_STEP_JOB,
          payload: JSON.stringify(step),
          status: 'pending' as const,
          attempts: 0,
          max_attempts: DEFAULT_MAX_ATTEMPTS,
          run_at: step.dueAt,
          locked_by: null,
          locked_until: null,
          last_error: null,
          idempotency_key: stepJobKey(step.enrolmentId, step.position),
          created_at: created,
          updated_at: created,
          finished_at: null,
        })),
      )
      .onConflict((oc) => oc.column('idempotency_key').doNothing())
      .execute();
  }
  if (steps.some((step) => step.dueAt <= created)) await notifyChannel(trx, JOBS_CHANNEL);
}

/** Drops the pending step jobs of enrolments that stopped (a job already running finds them stopped). */
export async function dropStepJobs(
  trx: Transaction<DB>,
  enrolments: Array<{ enrolmentId: number; position: number }>,
): Promise<void> {
  for (let start = 0; start < enrolments.length; start += CHUNK) {
    const keys = enrolments.slice(start, start + CHUNK).map((e) => stepJobKey(e.enrolmentId, e.position));
    await trx
      .deleteFrom('jobs')
      .where('idempotency_key', 'in', keys)
      .where('status', '=', 'pending')
      .execute();
  }
}
