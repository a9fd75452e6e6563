import type { TestApp } from '../../../test/support/test-app.ts';
import { loadViewer } from '../../platform/auth/load-viewer.ts';
import { selectRecord } from '../../records/record.repository.ts';
import { inRecordTransaction } from '../../records/record-write.ts';
import { systemRecordContext } from '../../records/system-context.ts';
import { updateRecordIn } from '../../records/update-record.command.ts';

/**
 * Sets a managed field of a record the way its owning feature's action would (through the records path),
 * for tests of features that depend on a status another feature drives (a contract's, for one).
 */
export async function setManagedValues(
  t: TestApp,
  object: string,
  id: number,
  values: Record<string, string | number | null>,
): Promise<void> {
  const admin = await t.database.db
    .selectFrom('users')
    .select('id')
    .where('username', '=', 'admin')
    .executeTakeFirstOrThrow();
  const viewer = await loadViewer(t.database.db, Number(admin.id), null, null);
  const context = await systemRecordContext(t.database, object, viewer!, t.database.db);
  await inRecordTransaction(t.database, async (trx) => {
    const row = await selectRecord(trx, context.object.tableName, id, []);
    await updateRecordIn(trx, context, id, Number(row!.version), values, { managed: true });
  });
}
