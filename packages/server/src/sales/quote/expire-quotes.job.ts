import { sql } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { Viewer } from '../../http/access.ts';
import { metadataRegistryOf } from '../../metadata/metadata-registry.ts';
import { loadViewer } from '../../platform/auth/load-viewer.ts';
import { defineJobHandler } from '../../platform/jobs/job-handler.ts';
import { defineSchedule } from '../../platform/jobs/schedule.ts';
import { notify } from '../../platform/notifications/notify.ts';
import { readSettings } from '../../platform/settings/settings.repository.ts';
import { todayIn } from '../../records/formulas/computed-field.ts';
import { RECORD_ALIAS, selectRecord, selectRecords } from '../../records/record.repository.ts';
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
  let afterId = 0;
  for (;;) {
    // Candidates are read outside any transaction; each is then expired in its own, checked again there.
    const rows = await selectRecords(database.db, {
      table: quote.tableName,
      where: [
        sql<boolean>`${column('status')} = 'sent'`,
        sql<boolean>`${column('validUntil')} < ${today}`,
        sql<boolean>`${sql.ref(`${RECORD_ALIAS}.deleted_at`)} is null`,
        sql<boolean>`${sql.ref(`${RECORD_ALIAS}.id`)} > ${afterId}`,
      ],
      orderBy: [sql.ref(`${RECORD_ALIAS}.id`)],
      limit: BATCH,
    });
    for (const row of rows) {
      const id = Number(row.id);
      afterId = id;
      const ownerId = row.owner_id == null ? null : Number(row.owner_id);
      const actor = await actingViewer(database, ownerId);
      if (!actor) continue;
      // Built before the transaction: building a context reads on the database's own connection.
      const context = await systemRecordContext(database, 'quote', actor, database.db);
      const done = await inRecordTransaction(database, async (trx) => {
        const current = await selectRecord(trx, quote.tableName, id, [
          sql<boolean>`${column('status')} = 'sent'`,
        ]);
        if (!current) return false;
        const record = await updateRecordIn(
          trx,
          context,
          id,
          Number(current.version),
          { status: 'expired' },
          { managed: true },
        );
        if (ownerId !== null) {
          await notify(trx, {
            userIds: [ownerId],
            kind: QUOTE_EXPIRED,
            params: { number: String(record.number ?? `#${id}`) },
            object: 'quote',
            recordId: id,
          });
        }
        return true;
      });
      if (done) expired += 1;
    }
    if (rows.length < BATCH) return expired;
  }
}

async function actingViewer(database: Database, ownerId: number | null): Promise<Viewer | null> {
  const db = database.db;
  const owner = ownerId === null ? null : await loadViewer(db, ownerId, null, null);
  if (owner) return owner;
  const admin = await db.selectFrom('users').select('id').where('username', '=', 'admin').executeTakeFirst();
  return admin ? loadViewer(db, Number(admin.id), null, null) : null;
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
