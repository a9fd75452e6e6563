import type { Database } from '../../db/database.ts';
import { AppError, conflict, invalidFields } from '../../errors.ts';
import type { Viewer } from '../../http/access.ts';
import { now } from '../../platform/clock.ts';
import { recordContext } from '../../records/record-context.ts';
import { recordNotFound } from '../../records/record-scope.ts';
import { composeLeadEmail } from './compose-email.ts';
import { presentEmailSend } from './email-send.presenter.ts';
import { insertSend, selectSendWithNames } from './email-send.repository.ts';
import type { EmailSendOutput } from './email-send.schemas.ts';
import { findEmailTemplate } from './email-template.repository.ts';
import { loadLeadRecipient } from './lead-recipient.ts';
import { SmtpFailure, sendEmail } from './mailer.ts';
import { findOptOut } from './opt-out.repository.ts';
import { recordSendOutcome } from './record-send-outcome.ts';
import { smtpConfigured, smtpSettings } from './smtp-settings.repository.ts';
import './email.messages.ts';

/**
 * Sends one email to a lead now, from a template: for whoever may update the lead; the viewer is the
 * sender (`{{ sender.* }}`, and Reply-To). Refused before anything is written: an unknown template (422), a
 * lead without an address (422), a lead that opted out (409), email not set up (409). The send is logged
 * (`email_sends`) and on the lead's timeline, sent or failed; a failure answers 502 with the server's words.
 */
export async function sendLeadEmail(
  database: Database,
  viewer: Viewer,
  leadId: number,
  request: { templateId: number },
): Promise<EmailSendOutput> {
  const context = await recordContext(database, 'lead', viewer);
  const lead = await loadLeadRecipient(database.db, context, leadId, 'update');
  if (!lead) throw recordNotFound();
  const template = await findEmailTemplate(database.db, request.templateId);
  if (!template) throw invalidFields([{ field: 'templateId', code: 'email_template.not_found' }]);
  if (!lead.email) throw invalidFields([{ field: 'email', code: 'email.lead_has_no_email' }]);
  if (await findOptOut(database.db, lead.id, lead.email)) throw conflict('email.opted_out');
  const settings = await smtpSettings.read(database.db);
  if (!smtpConfigured(settings)) throw conflict('email.smtp_not_configured');
  const email = await composeLeadEmail(database, database.db, {
    template,
    lead,
    sender: { name: viewer.name, email: viewer.email, phone: viewer.phone },
    publicUrl: settings.publicUrl,
  });
  const to = lead.email;
  const sendId = await database.transactWrite(async (trx) => {
    const at = now().toISOString();
    return insertSend(trx, {
      lead_id: lead.id,
      enrolment_id: null,
      step_position: null,
      template_id: template.id,
      sent_by: viewer.userId,
      to_address: to,
      subject: email.subject,
      status: 'sending',
      attempts: 1,
      error: null,
      message_id: null,
      created_at: at,
      updated_at: at,
      sent_at: null,
    });
  });
  let failure: SmtpFailure | null = null;
  let delivery = null;
  try {
    delivery = await sendEmail(settings, { ...email, to, replyTo: viewer.email });
  } catch (error) {
    if (!(error instanceof SmtpFailure)) throw error;
    failure = error;
  }
  await database.transactWrite((trx) =>
    recordSendOutcome(
      trx,
      {
        sendId,
        leadId: lead.id,
        to,
        subject: email.subject,
        attempts: 1,
        actorUserId: viewer.userId,
        params: { template: template.name },
        at: now().toISOString(),
      },
      delivery ? { ok: true, delivery } : { ok: false, failure: failure!, retry: false },
    ),
  );
  if (failure) throw new AppError(502, 'email.smtp_failed', { error: failure.detail });
  return presentEmailSend(await selectSendWithNames(database.db, sendId));
}
