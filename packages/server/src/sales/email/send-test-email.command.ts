import { AppError, conflict } from '../../errors.ts';
import type { Viewer } from '../../http/access.ts';
import { now } from '../../platform/clock.ts';
import { translate } from '../../platform/i18n.ts';
import { formatDateTime } from '../../records/export/human-value.ts';
import { type Delivery, SmtpFailure, sendEmail } from './mailer.ts';
import { htmlToText } from './render-email.ts';
import type { SmtpSettings } from './smtp-settings.schemas.ts';
import './email.messages.ts';

const escapeHtml = (value: string) =>
  value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * Sends a short test email with the saved SMTP settings to `to`, in the viewer's language, and tells what
 * the server answered. Nothing is stored. Not set up (no server or sender): 409; the server refusing or not
 * answering: 502 with its words (`EAUTH: 535 Authentication failed`, `ECONNREFUSED …`).
 */
export async function sendTestEmail(settings: SmtpSettings, viewer: Viewer, to: string): Promise<Delivery> {
  if (settings.host === '' || settings.fromAddress === '') throw conflict('email.smtp_not_configured');
  const locale = viewer.locale;
  const body = translate(locale, 'email.test_body', {
    user: viewer.name,
    at: formatDateTime(now().toISOString()),
  });
  const html = `<!doctype html>\n<html lang="${locale}"><body><p>${escapeHtml(body)}</p></body></html>`;
  try {
    return await sendEmail(settings, {
      to,
      subject: translate(locale, 'email.test_subject'),
      html,
      text: htmlToText(html),
    });
  } catch (error) {
    if (error instanceof SmtpFailure) throw new AppError(502, 'email.smtp_failed', { error: error.detail });
    throw error;
  }
}
