import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';
import { metadataRegistryOf } from '../../metadata/metadata-registry.ts';
import { loadTagGroupIndex } from '../../platform/tag-groups/tag-group-index.ts';
import type { LeadRecipient } from './lead-recipient.ts';
import { leadMergeFields, type SenderFields } from './merge-data.ts';
import { type RenderedEmail, renderEmail, type TemplateSource } from './render-email.ts';
import { signingKey, unsubscribeUrl } from './unsubscribe-token.ts';

/** A lead's email, rendered, with the unsubscribe address it carries. */
export interface ComposedEmail extends RenderedEmail {
  unsubscribeUrl: string;
}

/**
 * Renders `template` for a lead: its fields (as people read them, in the template's language), the sender,
 * and the lead's signed unsubscribe address on `publicUrl`.
 */
export async function composeLeadEmail(
  database: Database,
  db: Kysely<DB>,
  props: {
    template: TemplateSource;
    lead: LeadRecipient;
    sender: SenderFields;
    publicUrl: string;
    /** Fail on variables that do not exist (previews) instead of leaving them empty (sends). */
    strict?: boolean;
  },
): Promise<ComposedEmail> {
  const snapshot = await metadataRegistryOf(database).snapshot(db);
  const language = props.template.language;
  const url = unsubscribeUrl(props.publicUrl, await signingKey(db), props.lead.id, language);
  const lead = await leadMergeFields(snapshot, props.lead.values, language, await loadTagGroupIndex(db));
  const rendered = await renderEmail(
    props.template,
    { lead, sender: props.sender, unsubscribe_url: url },
    { strict: props.strict ?? false },
  );
  return { ...rendered, unsubscribeUrl: url };
}
