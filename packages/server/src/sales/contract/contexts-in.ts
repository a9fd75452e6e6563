import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Viewer } from '../../http/access.ts';
import { now } from '../../platform/clock.ts';
import { readSettings } from '../../platform/settings/settings.repository.ts';
import { todayIn } from '../../records/formulas/computed-field.ts';
import { type RecordContext, recordContext } from '../../records/record-context.ts';
import { systemRecordContext } from '../../records/system-context.ts';

/**
 * Records contexts of other objects inside an open transaction (a behaviour, an action): read through the
 * transaction (`recordContext`'s `trx`), so SQLite's one connection never waits for itself.
 */

/** The context of `object` for `viewer` (default: the base context's), on the open transaction. */
export async function contextIn(
  trx: Transaction<DB>,
  base: RecordContext,
  object: string,
  viewer: Viewer = base.viewer,
): Promise<RecordContext> {
  if (object === base.object.apiName && viewer === base.viewer) return base;
  return recordContext(base.database, object, viewer, trx);
}

/**
 * The system's context of `object` acting for `actingFor` (default: the base context's viewer): writes are
 * attributed to them but not limited by their permissions (see `systemRecordContext`).
 */
export async function systemContextIn(
  trx: Transaction<DB>,
  base: RecordContext,
  object: string,
  actingFor: Viewer = base.viewer,
): Promise<RecordContext> {
  return systemRecordContext(base.database, object, actingFor, trx);
}

/**
 * Today (YYYY-MM-DD) in the company's time zone, read from the settings on `db` (the open transaction, if
 * any): the day due dates are compared with.
 */
export async function companyToday(db: Kysely<DB> | Transaction<DB>, at: Date = now()): Promise<string> {
  const { locale } = await readSettings(db);
  return todayIn(at, locale.timezone);
}
