import type { Kysely, Transaction } from 'kysely';
import type { z } from 'zod';
import { cachedQuery } from '../../db/cached-query.ts';
import type { Database } from '../../db/database.ts';
import { takeWriteLock } from '../../db/locking.ts';
import type { DB } from '../../db/schema.ts';
import { type AuditActor, diffChanges, recordAudit } from '../audit/record-audit.ts';
import { now } from '../clock.ts';
import { emitEvent } from '../events/emit-event.ts';
import { parsedOnce } from './parsed-once.ts';

type AnyDb = Kysely<DB> | Transaction<DB>;

/** A feature's own settings: one JSON object in one `settings` row, each field with its default. */
export interface SettingsSection<T extends Record<string, unknown>> {
  key: string;
  /** The stored settings, each field falling back to its default when absent or invalid; frozen (shared). */
  read(db: AnyDb): Promise<T>;
  /** Merges a change in; an actual change is audited and announced with a `setting.updated` event. */
  update(database: Database, actor: AuditActor & { userId: number }, changes: Partial<T>): Promise<T>;
}

/**
 * Declares a settings section (quote rules, follow-up rules …) stored under `key`; fields listed in
 * `options.redact` show as `"***"` in the audit log and the `setting.updated` event.
 *
 * @example const quoteSettings = settingsSection('quotes', QuoteSettingsSchema, DEFAULT_QUOTE_SETTINGS);
 *          const { defaultValidityDays } = await quoteSettings.read(trx);
 */
export function settingsSection<T extends Record<string, unknown>>(
  key: string,
  schema: z.ZodObject<{ [K in keyof T]: z.ZodType<T[K]> }>,
  defaults: T,
  options: { redact?: Array<keyof T & string> } = {},
): SettingsSection<T> {
  const parse = parsedOnce((value: string | undefined): T => {
    const result: T = { ...defaults };
    let stored: unknown;
    try {
      stored = value === undefined ? null : JSON.parse(value);
    } catch {
      stored = null;
    }
    if (!stored || typeof stored !== 'object') return result;
    for (const field of Object.keys(result) as Array<keyof T & string>) {
      const parsed = schema.shape[field].safeParse((stored as Record<string, unknown>)[field]);
      if (parsed.success) result[field] = parsed.data as T[typeof field];
    }
    return result;
  });
  const read = async (db: AnyDb): Promise<T> => {
    const [row] = await cachedQuery(db, 'settings.section', [key], ([k]) =>
      db.selectFrom('settings').select('value').where('key', '=', k),
    );
    return parse(row?.value);
  };

  const update = (database: Database, actor: AuditActor & { userId: number }, changes: Partial<T>) =>
    database.db.transaction().execute(async (trx) => {
      await takeWriteLock(trx, database.caps);
      const current = await read(trx);
      const next = { ...current, ...changes };
      // Secrets (a password) are compared, but their values never reach the audit log or the event.
      const diff = diffChanges(current, next, options.redact);
      if (Object.keys(diff).length === 0) return current;
      const row = { value: JSON.stringify(next), updated_at: now().toISOString(), updated_by: actor.userId };
      await trx
        .insertInto('settings')
        .values({ key, ...row })
        .onConflict((oc) => oc.column('key').doUpdateSet(row))
        .execute();
      await recordAudit(trx, actor, {
        action: 'update',
        entityType: 'setting',
        entityId: key,
        changes: diff,
      });
      await emitEvent(trx, {
        type: 'setting.updated',
        aggregateType: 'setting',
        aggregateId: key,
        payload: { key, changes: diff },
        actorUserId: actor.userId,
      });
      return next;
    });

  return { key, read, update };
}
