import type { Database } from '../../db/database.ts';
import type { AuditActor } from '../../platform/audit/record-audit.ts';
import { presentSmtpSettings } from './smtp-settings.presenter.ts';
import { smtpSettings } from './smtp-settings.repository.ts';
import type { SmtpSettings, SmtpSettingsOutput, UpdateSmtpSettingsInput } from './smtp-settings.schemas.ts';

/**
 * Changes some SMTP settings. The password is replaced only when one is given (null or "" removes it,
 * leaving it out keeps it), so a form that never saw it cannot erase it. Audited with the password shown as
 * `***`.
 */
export async function updateSmtpSettings(
  database: Database,
  actor: AuditActor & { userId: number },
  input: UpdateSmtpSettingsInput,
): Promise<SmtpSettingsOutput> {
  const { password, ...rest } = input;
  const changes: Partial<SmtpSettings> = Object.fromEntries(
    Object.entries(rest).filter(([, value]) => value !== undefined),
  );
  if (password !== undefined) changes.password = password ?? '';
  return presentSmtpSettings(await smtpSettings.update(database, actor, changes));
}
