import type { Database } from '../../db/database.ts';
import { takeWriteLock } from '../../db/locking.ts';
import { conflict, notFound } from '../../errors.ts';
import { metadataRegistryOf } from '../../metadata/metadata-registry.ts';
import { type AuditActor, diffChanges, recordAudit } from '../../platform/audit/record-audit.ts';
import { now } from '../../platform/clock.ts';
import { emitEvent } from '../../platform/events/emit-event.ts';
import {
  findLeadForm,
  type LeadForm,
  type LeadFormValues,
  updateLeadFormRow,
} from './lead-form.repository.ts';
import type { UpdateLeadFormInput } from './lead-form.schemas.ts';
import { resolveFormDefinition } from './lead-form-definition.ts';
import './lead-intake.messages.ts';

/** What a change of a form compares and audits (the token has its own action). */
function editable(form: LeadForm) {
  const { id: _id, token: _token, version: _version, createdAt: _c, updatedAt: _u, ...rest } = form;
  return rest;
}

/**
 * Changes a form's settings on the version it was read at (409 `common.stale_version` otherwise). The public
 * token stays as it is. Audited, with a `leadForm.updated` event; an unchanged form is returned as it was.
 */
export async function updateLeadForm(
  database: Database,
  actor: AuditActor,
  id: number,
  input: UpdateLeadFormInput,
): Promise<LeadForm> {
  return database.db.transaction().execute(async (trx) => {
    await takeWriteLock(trx, database.caps);
    const current = await findLeadForm(trx, id);
    if (!current) throw notFound('lead_form.not_found');
    if (current.version !== input.version) throw conflict('common.stale_version');
    const lead = (await metadataRegistryOf(database).snapshot(trx)).object('lead')!;
    const definition = resolveFormDefinition(lead, input);
    const { version: _version, ...changes } = input;
    const next: LeadFormValues = {
      ...editable(current),
      ...Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)),
      ...definition,
      token: current.token,
    };
    if (changes.campaign !== undefined) next.campaign = changes.campaign || null;
    const diff = diffChanges(editable(current), editable({ ...current, ...next }));
    if (Object.keys(diff).length === 0) return current;
    if (!(await updateLeadFormRow(trx, id, current.version, next, actor.userId, now().toISOString())))
      throw conflict('common.stale_version');
    await recordAudit(trx, actor, { action: 'update', entityType: 'leadForm', entityId: id, changes: diff });
    await emitEvent(trx, {
      type: 'leadForm.updated',
      aggregateType: 'leadForm',
      aggregateId: id,
      payload: { changed: Object.keys(diff) },
      actorUserId: actor.userId,
    });
    return (await findLeadForm(trx, id))!;
  });
}
