import type { Kysely, Transaction } from 'kysely';
import { cachedQuery } from '../../db/cached-query.ts';
import type { DB } from '../../db/schema.ts';
import {
  DEFAULT_LEAD_INTAKE_SETTINGS,
  type LeadIntakeSettings,
  LeadIntakeSettingsSchema,
} from './lead-form.schemas.ts';

/** The `settings` row holding how intake treats duplicates. */
export const LEAD_INTAKE_SETTINGS_KEY = 'leadIntake';

/** The intake settings, each falling back to its default when absent or invalid. */
export async function readLeadIntakeSettings(db: Kysely<DB> | Transaction<DB>): Promise<LeadIntakeSettings> {
  const [row] = await cachedQuery(db, 'settings.value', [LEAD_INTAKE_SETTINGS_KEY], ([key]) =>
    db.selectFrom('settings').select('value').where('key', '=', key),
  );
  const result: LeadIntakeSettings = { ...DEFAULT_LEAD_INTAKE_SETTINGS };
  if (!row) return result;
  let stored: unknown;
  try {
    stored = JSON.parse(row.value);
  } catch {
    return result;
  }
  if (!stored || typeof stored !== 'object') return result;
  const mode = LeadIntakeSettingsSchema.shape.duplicateMode.safeParse(
    (stored as Record<string, unknown>).duplicateMode,
  );
  if (mode.success) result.duplicateMode = mode.data;
  return result;
}

export async function writeLeadIntakeSettings(
  trx: Transaction<DB>,
  settings: LeadIntakeSettings,
  userId: number | null,
): Promise<void> {
  const row = { value: JSON.stringify(settings), updated_at: new Date().toISOString(), updated_by: userId };
  await trx
    .insertInto('settings')
    .values({ key: LEAD_INTAKE_SETTINGS_KEY, ...row })
    .onConflict((oc) => oc.column('key').doUpdateSet(row))
    .execute();
}
