import type { Database } from '../../db/database.ts';
import { takeWriteLock } from '../../db/locking.ts';
import { metadataRegistryOf } from '../../metadata/metadata-registry.ts';
import { type AuditActor, recordAudit } from '../../platform/audit/record-audit.ts';
import { now } from '../../platform/clock.ts';
import { emitEvent } from '../../platform/events/emit-event.ts';
import { findLeadForm, insertLeadForm, type LeadForm } from './lead-form.repository.ts';
import type { CreateLeadFormInput } from './lead-form.schemas.ts';
import { resolveFormDefinition } from './lead-form-definition.ts';
import { newLeadFormToken } from './lead-form-token.ts';

const DEFAULT_SUBMIT_LABEL = { 'zh-CN': '提交', en: 'Submit' };
const DEFAULT_THANK_YOU = {
  'zh-CN': '感谢您的留言，我们会尽快与您联系。',
  en: 'Thank you! We will be in touch shortly.',
};

/**
 * Creates a web-to-lead form with a new random public token. Its fields are checked against the lead's
 * metadata (`resolveFormDefinition`); texts left out get defaults. Audited, with a `leadForm.created` event.
 */
export async function createLeadForm(
  database: Database,
  actor: AuditActor,
  input: CreateLeadFormInput,
): Promise<LeadForm> {
  return database.db.transaction().execute(async (trx) => {
    await takeWriteLock(trx, database.caps);
    const lead = (await metadataRegistryOf(database).snapshot(trx)).object('lead')!;
    const definition = resolveFormDefinition(lead, input);
    const id = await insertLeadForm(
      trx,
      {
        name: input.name,
        token: newLeadFormToken(),
        language: input.language,
        fields: definition.fields!,
        submitLabel: input.submitLabel ?? DEFAULT_SUBMIT_LABEL,
        thankYou: input.thankYou ?? DEFAULT_THANK_YOU,
        allowedOrigins: definition.allowedOrigins!,
        source: definition.source ?? null,
        campaign: input.campaign || null,
        ruleSetId: input.ruleSetId,
        active: input.active,
      },
      actor.userId,
      now().toISOString(),
    );
    await recordAudit(trx, actor, {
      action: 'create',
      entityType: 'leadForm',
      entityId: id,
      changes: { name: [null, input.name] },
    });
    await emitEvent(trx, {
      type: 'leadForm.created',
      aggregateType: 'leadForm',
      aggregateId: id,
      payload: { name: input.name },
      actorUserId: actor.userId,
    });
    return (await findLeadForm(trx, id))!;
  });
}
