import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';
import { invalidInput } from '../../errors.ts';
import { metadataRegistryOf } from '../../metadata/metadata-registry.ts';
import { TemplateError } from './liquid-engine.ts';
import { sampleLeadFields } from './merge-data.ts';
import { renderEmail, type TemplateSource } from './render-email.ts';

const SAMPLE_SENDER = { name: 'sender', email: 'sender@example.com', phone: '' };

/**
 * Checks a template before it is stored: it must parse, use only filters that exist, and name only
 * variables that exist (any lead field, `sender.*`, `unsubscribe_url`) — it is rendered strictly against a
 * sample lead with every field. A 400 names the part at fault with Liquid's message (line and column).
 */
export async function validateTemplate(database: Database, source: TemplateSource, trx?: Kysely<DB>) {
  const snapshot = await metadataRegistryOf(database).snapshot(trx);
  try {
    await renderEmail(
      source,
      {
        lead: sampleLeadFields(snapshot, source.language),
        sender: SAMPLE_SENDER,
        unsubscribe_url: 'https://example.com/unsubscribe',
      },
      { strict: true },
    );
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error;
    throw invalidInput([
      { field: error.part, code: 'email_template.invalid_liquid', params: { error: error.message } },
    ]);
  }
}
