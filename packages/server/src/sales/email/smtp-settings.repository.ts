import { settingsSection } from '../../platform/settings/settings-section.ts';
import { DEFAULT_SMTP_SETTINGS, type SmtpSettings, SmtpSettingsStored } from './smtp-settings.schemas.ts';

/** The SMTP account, in the `settings` row `smtp`; the password never reaches the audit log. */
export const smtpSettings = settingsSection('smtp', SmtpSettingsStored, DEFAULT_SMTP_SETTINGS, {
  redact: ['password'],
});

/** Whether emails can be sent: a server, a sender and the public address of unsubscribe links. */
export function smtpConfigured(settings: SmtpSettings): boolean {
  return settings.host !== '' && settings.fromAddress !== '' && settings.publicUrl !== '';
}
