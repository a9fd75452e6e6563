import { smtpConfigured } from './smtp-settings.repository.ts';
import type { SmtpSettings, SmtpSettingsOutput } from './smtp-settings.schemas.ts';

/** The SMTP settings as the API shows them: never the password, only whether there is one. */
export function presentSmtpSettings(settings: SmtpSettings): SmtpSettingsOutput {
  return {
    host: settings.host,
    port: settings.port,
    security: settings.security,
    user: settings.user,
    passwordSet: settings.password !== '',
    fromAddress: settings.fromAddress,
    fromName: settings.fromName,
    publicUrl: settings.publicUrl,
    configured: smtpConfigured(settings),
  };
}
