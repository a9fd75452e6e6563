import type { Database } from '../../db/database.ts';
import { AppError, conflict, notFound } from '../../errors.ts';
import { type AuditActor, recordAudit } from '../../platform/audit/record-audit.ts';
import { now } from '../../platform/clock.ts';
import {
  type EmailTemplate,
  findEmailTemplate,
  insertEmailTemplate,
  templateNamed,
  updateEmailTemplate,
} from './email-template.repository.ts';
import type { EmailTemplateInput } from './email-template.schemas.ts';
import { validateTemplate } from './validate-template.ts';

/**
 * Creates a template (`id` null) or replaces one's name, language and texts. The texts are checked first
 * (`validateTemplate`: a 400 with Liquid's message, nothing stored); a name another template has is a 422;
 * a `version` older than the stored one is a 409. Audited.
 */
export async function saveEmailTemplate(
  database: Database,
  actor: AuditActor,
  id: number | null,
  input: EmailTemplateInput,
): Promise<EmailTemplate> {
  await validateTemplate(database, input);
  const values = { name: input.name, language: input.language, subject: input.subject, body: input.body };
  return database.transactWrite(async (trx) => {
    const before = id === null ? null : await findEmailTemplate(trx, id);
    if (id !== null && !before) throw notFound('email_template.not_found');
    if ((await templateNamed(trx, input.name, id)) !== null)
      throw new AppError(422, 'common.invalid_fields', {}, [
        { field: 'name', code: 'email_template.name_taken' },
      ]);
    const at = now().toISOString();
    let savedId = id;
    if (savedId === null) {
      savedId = await insertEmailTemplate(trx, values, actor.userId, at);
    } else if (!(await updateEmailTemplate(trx, savedId, values, input.version, actor.userId, at))) {
      throw conflict('common.stale_version');
    }
    await recordAudit(trx, actor, {
      action: id === null ? 'create' : 'update',
      entityType: 'emailTemplate',
      entityId: savedId,
      changes: { name: [before?.name ?? null, input.name] },
    });
    return (await findEmailTemplate(trx, savedId))!;
  });
}
