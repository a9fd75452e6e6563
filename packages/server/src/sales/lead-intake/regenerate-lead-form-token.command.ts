import type { Database } from '../../db/database.ts';
import { takeWriteLock } from '../../db/locking.ts';
import { notFound } from '../../errors.ts';
import { type AuditActor, recordAudit } from '../../platform/audit/record-audit.ts';
import { now } from '../../platform/clock.ts';
import { emitEvent } from '../../platform/events/emit-event.ts';
import { findLeadForm, type LeadForm, updateLeadFormRow } from './lead-form.repository.ts';
import { newLeadFormToken } from './lead-form-token.ts';
import './lead-intake.messages.ts';

/**
 * Gives a form a new public token: from now on the old one is answered 404, so pages embedding the old
 * snippet stop submitting until they get the new one. Audited (the tokens are not written to the log).
 */
export async function regenerateLeadFormToken(
  database: Database,
  actor: AuditActor,
  id: number,
): Promise<LeadForm> {
  return database.db.transaction().execute(async (trx) => {
    await takeWriteLock(trx, database.caps);
    const current = await findLeadForm(trx, id);
    if (!current) throw notFound('lead_form.not_found');
    const { id: _id, version, createdAt: _c, updatedAt: _u, ...values } = current;
    await updateLeadFormRow(
      trx,
      id,
      version,
      { ...values, token: newLeadFormToken() },
      actor.userId,
      now().toISOString(),
    );
    await recordAudit(trx, actor, {
      action: 'regenerate_token',
      entityType: 'leadForm',
      entityId: id,
      changes: { token: ['***', '***'] },
    });
    await emitEvent(trx, {
      type: 'leadForm.tokenRegenerated',
      aggregateType: 'leadForm',
      aggregateId: id,
      payload: {},
      actorUserId: actor.userId,
    });
    return (await findLeadForm(trx, id))!;
  });
}
