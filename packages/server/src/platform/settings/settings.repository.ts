import type { Kysely } from 'kysely';
import { cachedQuery } from '../../db/cached-query.ts';
import type { DB } from '../../db/schema.ts';
import { parsedOnce } from './parsed-once.ts';
import {
  DEFAULT_SETTINGS,
  SETTING_KEYS,
  SETTING_SCHEMAS,
  type SettingKey,
  type Settings,
} from './settings.schemas.ts';

/** Each setting's parser, run once per distinct stored text (see `parsedOnce`). */
const parsers = new Map(
  SETTING_KEYS.map((key) => [key, parsedOnce((json: string | undefined) => withDefaults(key, json))]),
);

/** Reads every setting, filling what is absent or invalid with its default; frozen (shared between callers). */
export async function readSettings(db: Kysely<DB>): Promise<Settings> {
  const rows = await cachedQuery(db, 'settings.all', SETTING_KEYS, (keys) =>
    db.selectFrom('settings').select(['key', 'value']).where('key', 'in', keys),
  );
  const stored = new Map(rows.map((r) => [r.key, r.value]));
  return {
    company: parsers.get('company')!(stored.get('company')) as Settings['company'],
    locale: parsers.get('locale')!(stored.get('locale')) as Settings['locale'],
  };
}

/** Stores one setting's JSON value (insert or replace). */
export async function writeSetting(
  db: Kysely<DB>,
  key: SettingKey,
  value: object,
  updatedBy: number | null,
): Promise<void> {
  const row = { value: JSON.stringify(value), updated_at: new Date().toISOString(), updated_by: updatedBy };
  await db
    .insertInto('settings')
    .values({ key, ...row })
    .onConflict((oc) => oc.column('key').doUpdateSet(row))
    .execute();
}

function withDefaults<K extends SettingKey>(key: K, json: string | undefined): Settings[K] {
  const defaults = DEFAULT_SETTINGS[key];
  if (json === undefined) return { ...defaults };
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return { ...defaults };
  }
  if (!parsed || typeof parsed !== 'object') return { ...defaults };
  const shape = SETTING_SCHEMAS[key].shape as Record<string, { safeParse(v: unknown): { success: boolean } }>;
  const result: Record<string, unknown> = { ...defaults };
  for (const [field, value] of Object.entries(parsed as Record<string, unknown>)) {
    if (shape[field]?.safeParse(value).success) result[field] = value;
  }
  return result as Settings[K];
}
