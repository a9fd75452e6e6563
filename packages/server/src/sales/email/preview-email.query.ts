import type { Database } from '../../db/database.ts';
import { invalidInput } from '../../errors.ts';
import type { Viewer } from '../../http/access.ts';
import { metadataRegistryOf } from '../../metadata/metadata-registry.ts';
import { recordContext } from '../../records/record-context.ts';
import { recordNotFound } from '../../records/record-scope.ts';
import { composeLeadEmail } from './compose-email.ts';
import type { PreviewOutput } from './email-template.schemas.ts';
import { loadLeadRecipient } from './lead-recipient.ts';
import { TemplateError } from './liquid-engine.ts';
import { sampleLeadFields } from './merge-data.ts';
import { renderEmail, type TemplateSource } from './render-email.ts';
import { smtpSettings } from './smtp-settings.repository.ts';

const SAMPLE_URL = 'https://crm.example.com/unsubscribe';

/**
 * A template (saved or being written) rendered as it would be sent: with a lead the viewer may read, or with
 * sample data; the viewer is the sender. Nothing is stored or sent. A template that does not render is a
 * 400 with Liquid's message, as on save.
 */
export async function previewEmail(
  database: Database,
  viewer: Viewer,
  request: TemplateSource & { leadId?: number | undefined },
): Promise<PreviewOutput> {
  const sender = { name: viewer.name, email: viewer.email, phone: viewer.phone };
  try {
    if (request.leadId === undefined) {
      const snapshot = await metadataRegistryOf(database).snapshot();
      const lead = sampleLeadFields(snapshot, request.language);
      const email = await renderEmail(
        request,
        { lead, sender, unsubscribe_url: SAMPLE_URL },
        { strict: true },
      );
      return { ...email, lead: null };
    }
    const context = await recordContext(database, 'lead', viewer);
    const lead = await loadLeadRecipient(database.db, context, request.leadId, 'read');
    if (!lead) throw recordNotFound();
    const settings = await smtpSettings.read(database.db);
    const email = await composeLeadEmail(database, database.db, {
      template: request,
      lead,
      sender,
      publicUrl: settings.publicUrl || SAMPLE_URL,
      strict: true,
    });
    return {
      subject: email.subject,
      html: email.html,
      text: email.text,
      lead: { id: lead.id, name: lead.name },
    };
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error;
    throw invalidInput([
      { field: error.part, code: 'email_template.invalid_liquid', params: { error: error.message } },
    ]);
  }
}
