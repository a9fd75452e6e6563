import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { DEFAULT_QUOTE_SETTINGS, type QuoteSettings, QuoteSettingsSchema } from './quote-settings.schemas.ts';

/** The `settings` row holding the quote rules (one JSON object, like the platform's settings). */
export const QUOTE_SETTINGS_KEY = 'quotes';

/** The quote rules, each field falling back to its default when absent or invalid. */
export async function readQuoteSettings(db: Kysely<DB> | Transaction<DB>): Promise<QuoteSettings> {
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', QUOTE_SETTINGS_KEY)
    .executeTakeFirst();
  const result: QuoteSettings = { ...DEFAULT_QUOTE_SETTINGS };
  if (!row) return result;
  let stored: unknown;
  try {
    stored = JSON.parse(row.value);
  } catch {
    return result;
  }
  if (!stored || typeof stored !== 'object') return result;
  for (const key of Object.keys(result) as Array<keyof QuoteSettings>) {
    const parsed = QuoteSettingsSchema.shape[key].safeParse((stored as Record<string, unknown>)[key]);
    if (parsed.success) (result as Record<string, unknown>)[key] = parsed.data;
  }
  return result;
}

/** Stores the quote rules. */
export async function writeQuoteSettings(
  trx: Transaction<DB>,
  settings: QuoteSettings,
  userId: number,
): Promise<void> {
  const row = { value: JSON.stringify(settings), updated_at: new Date().toISOString(), updated_by: userId };
  await trx
    .insertInto('settings')
    .values({ key: QUOTE_SETTINGS_KEY, ...row })
    .onConflict((oc) => oc.column('key').doUpdateSet(row))
    .execute();
}
