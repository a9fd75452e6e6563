import { sql, type Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';
import type { Viewer } from '../../http/access.ts';
import { metadataRegistryOf } from '../../metadata/metadata-registry.ts';
import { loadViewer } from '../../platform/auth/load-viewer.ts';
import { defineJobHandler } from '../../platform/jobs/job-handler.ts';
import { defineSchedule } from '../../platform/jobs/schedule.ts';
import { notify } from '../../platform/notifications/notify.ts';
import { readSettings } from '../../platform/settings/settings.repository.ts';
import { todayIn } from '../../records/formulas/computed-field.ts';
import { RECORD_ALIAS, selectRecords } from '../../records/record.repository.ts';
import { inRecordTransaction } from '../../records/record-write.ts';
import { systemRecordContext } from '../../records/system-context.ts';
import { updateRecordIn } from '../../records/update-record.command.ts';
import { QUOTE_EXPIRED } from './quote.messages.ts';

/** How many quotes one transaction expires (a backlog after downtime is worked through in batches). */
const BATCH = 100;

/**
 * Marks every sent quote whose validity ended before today (company time zone) as expired, through the
 * records path on its owner's behalf (the scheduler has no user of its own; a quote whose owner is gone is
 * expired on the admin's), and tells the owner. A quote answered or revised meanwhile is left alone, and a
 * second run changes nothing more. Returns how many quotes expired.
 */
export async function expireQuotes(database: Database, now: Date = new Date()): Promise<number> {
  const { locale } = await readSettings(database.db);
  const today = todayIn(now, locale.timezone);
  const quote = (await metadataRegistryOf(database).snapshot()).object('quote');
  if (!quote) return 0;
  const column = (field: string) => {
    const meta = quote.fields.find((candidate) => candidate.apiName === field);
    if (!meta) throw new Error(`quote has no field ${field}`);
    return sql.ref(`${RECORD_ALIAS}.${meta.columnName}`);
  };
  let expired = 0;
  for (;;) {
    const count = await inRecordTransaction(database, async (trx) => {
      const rows = await selectRecords(trx, {
        table: quote.tableName,
        where: [
          sql<boolean>`${column('status')} = 'sent'`,
          sql<boolean>`${column('validUntil')} < ${today}`,
          sql<boolean>`${sql.ref(`${RECORD_ALIAS}.deleted_at`)} is null`,
        ],
        limit: BATCH,
      });
      let updated = 0;
      for (const row of rows) {
        const ownerId = row.owner_id == null ? null : Number(row.owner_id);
        const actor = await actingViewer(trx, ownerId);
        if (!actor) continue;
        const context = await systemRecordContext(database, 'quote', actor);
        const id = Number(row.id);
        const record = await updateRecordIn(
          trx,
          context,
          id,
          Number(row.version),
          { status: 'expired' },
          { managed: true },
        );
        updated += 1;
        if (ownerId !== null) {
          await notify(trx, {
            userIds: [ownerId],
            kind: QUOTE_EXPIRED,
            params: { number: String(record.number ?? `#${id}`) },
            object: 'quote',
            recordId: id,
          });
        }
      }
      return { found: rows.length, updated };
    });
    expired += count.updated;
    if (count.found < BATCH || count.updated === 0) return expired;
  }
}

async function actingViewer(trx: Transaction<DB>, ownerId: number | null): Promise<Viewer | null> {
  const owner = ownerId === null ? null : await loadViewer(trx, ownerId, null, null);
  if (owner) return owner;
  const admin = await trx.selectFrom('users').select('id').where('username', '=', 'admin').executeTakeFirst();
  return admin ? loadViewer(trx, Number(admin.id), null, null) : null;
}

export const expireQuotesJob = defineJobHandler('quotes.expire', async (_payload, ctx) => {
  const expired = await expireQuotes(ctx.database);
  ctx.log.info({ expired }, 'quotes past their validity marked expired');
});

/** Daily, ten minutes past midnight in China: a quote valid until yesterday expires first thing today. */
export const expireQuotesSchedule = defineSchedule({
  name: 'quotes.expire',
  cron: '10 0 * * *',
  jobName: 'quotes.expire',
});
