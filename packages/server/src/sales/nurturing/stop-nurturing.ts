import type { NurtureStopReason } from '@lodestar/shared';
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { insertTimelineEntries } from '../timeline/timeline.repository.ts';
import { endActiveEnrolments } from './enrolment.repository.ts';
import { dropStepJobs } from './step-jobs.ts';

/** Why a lead's emails stopped before its sequence ended. */
export type StopReason = NurtureStopReason;

const CHUNK = 200;

/** Appends one nurturing event per lead to their timelines, a few statements for any number of leads. */
export async function insertNurtureEvents(
  trx: Transaction<DB>,
  events: Array<{
    leadId: number;
    title: string;
    code: string;
    params: Record<string, string | number | null>;
  }>,
  actorUserId: number | null,
  at: string,
): Promise<void> {
  for (let start = 0; start < events.length; start += CHUNK) {
    await insertTimelineEntries(
      trx,
      events.slice(start, start + CHUNK).map((event) => ({
        anchor_object: 'lead',
        anchor_id: event.leadId,
        source_object: 'lead',
        source_id: event.leadId,
        kind: 'event',
        title: event.title.slice(0, 200),
        changes: '[]',
        detail: JSON.stringify({ code: event.code, params: event.params }),
        actor_user_id: actorUserId,
        at,
      })),
    );
  }
}

/**
 * Stops the active enrolments `where` picks — one lead's, or all of a sequence's — with a reason: their
 * pending step jobs are dropped and each lead's timeline says which sequence stopped and why. Returns how
 * many stopped (0: none was active).
 */
export async function stopNurturing(
  trx: Transaction<DB>,
  where: { leadId: number } | { sequenceId: number } | { id: number },
  reason: StopReason,
  actorUserId: number | null,
  at: string,
): Promise<number> {
  const ended = await endActiveEnrolments(trx, where, { status: 'stopped', reason, at });
  if (ended.length === 0) return 0;
  await dropStepJobs(
    trx,
    ended.map((row) => ({ enrolmentId: row.id, position: row.position })),
  );
  await insertNurtureEvents(
    trx,
    ended.map((row) => ({
      leadId: row.leadId,
      title: row.sequenceName,
      code: 'nurture.stopped',
      params: { sequence: row.sequenceName, reason },
    })),
    actorUserId,
    at,
  );
  return ended.length;
}
