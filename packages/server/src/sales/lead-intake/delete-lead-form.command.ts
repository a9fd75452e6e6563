import type { Database } from '../../db/database.ts';
import { takeWriteLock } from '../../db/locking.ts';
import { notFound } from '../../errors.ts';
import { type AuditActor, recordAudit } from '../../platform/audit/record-audit.ts';
import { emitEvent } from '../../platform/events/emit-event.ts';
import { deleteLeadFormRow, findLeadForm } from './lead-form.repository.ts';
import './lead-intake.messages.ts';

/** Deletes a form; its token is answered 404 from then on. Leads it brought in stay. Audited. */
export async function deleteLeadForm(database: Database, actor: AuditActor, id: number): Promise<void> {
  await database.db.transaction().execute(async (trx) => {
    await takeWriteLock(trx, database.caps);
    const current = await findLeadForm(trx, id);
    if (!current || !(await deleteLeadFormRow(trx, id))) throw notFound('lead_form.not_found');
    await recordAudit(trx, actor, {
      action: 'delete',
      entityType: 'leadForm',
      entityId: id,
      changes: { name: [current.name, null] },
    });
    await emitEvent(trx, {
      type: 'leadForm.deleted',
      aggregateType: 'leadForm',
      aggregateId: id,
      payload: { name: current.name },
      actorUserId: actor.userId,
    });
  });
}
