import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { advanceEnrolment, endActiveEnrolments } from './enrolment.repository.ts';
import { sendMomentAfter } from './send-moment.ts';
import type { Sequence } from './sequence.repository.ts';
import { scheduleSteps } from './step-jobs.ts';
import { insertNurtureEvents } from './stop-nurturing.ts';

/**
 * After step `position` of an enrolment was dealt with at `at`: the next step is due its delay later, in
 * working time (`sendMomentAfter`; its job is scheduled for that moment), or — after the last step — the enrolment is completed, on the lead's
 * timeline too.
 */
export async function moveToNextStep(
  trx: Transaction<DB>,
  enrolment: { id: number; leadId: number },
  sequence: Sequence,
  position: number,
  at: string,
): Promise<void> {
  const next = sequence.steps[position + 1];
  if (!next) {
    const ended = await endActiveEnrolments(
      trx,
      { id: enrolment.id },
      { status: 'completed', reason: null, at },
    );
    await insertNurtureEvents(
      trx,
      ended.map((row) => ({
        leadId: row.leadId,
        title: row.sequenceName,
        code: 'nurture.completed',
        params: { sequence: row.sequenceName },
      })),
      null,
      at,
    );
    return;
  }
  const dueAt = await sendMomentAfter(trx, at, next.delayHours);
  if (await advanceEnrolment(trx, enrolment.id, position, position + 1, dueAt))
    await scheduleSteps(trx, [{ enrolmentId: enrolment.id, position: position + 1, dueAt }]);
}
