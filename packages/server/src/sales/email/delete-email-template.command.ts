import type { Database } from '../../db/database.ts';
import { conflict, notFound } from '../../errors.ts';
import { type AuditActor, recordAudit } from '../../platform/audit/record-audit.ts';
import { deleteEmailTemplateRow, findEmailTemplate } from './email-template.repository.ts';

/** Deletes a template no sequence step sends (409 while one does); emails sent with it keep their log. */
export async function deleteEmailTemplate(database: Database, actor: AuditActor, id: number): Promise<void> {
  await database.transactWrite(async (trx) => {
    const template = await findEmailTemplate(trx, id);
    if (!template) throw notFound('email_template.not_found');
    if (template.usedBySteps > 0) throw conflict('email_template.in_use', { steps: template.usedBySteps });
    await deleteEmailTemplateRow(trx, id);
    await recordAudit(trx, actor, {
      action: 'delete',
      entityType: 'emailTemplate',
      entityId: id,
      changes: { name: [template.name, null] },
    });
  });
}
