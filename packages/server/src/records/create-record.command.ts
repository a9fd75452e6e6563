import type { Transaction } from 'kysely';
import type { DB } from '../db/schema.ts';
import { linkAttachedFiles } from './attachment-values.ts';
import { assignAutoNumbers } from './auto-number/assign-auto-numbers.ts';
import { checkRecordInput, parseRecordInput } from './parse-record-input.ts';
import { apiValuesOf, presentRecord, type RecordOutput } from './record.presenter.ts';
import { insertRecordRow } from './record.repository.ts';
import type { RecordContext } from './record-context.ts';
import { changedFields, inRecordTransaction, recordWrite } from './record-write.ts';

/** Creates a record from API field values; the creator owns it unless `ownerId` says otherwise. */
export async function createRecord(
  context: RecordContext,
  input: Record<string, unknown>,
): Promise<RecordOutput> {
  return inRecordTransaction(context.database, (trx) => createRecordIn(trx, context, input));
}

/** The create on an open transaction (used by bulk writes too). */
export async function createRecordIn(
  trx: Transaction<DB>,
  context: RecordContext,
  input: Record<string, unknown>,
): Promise<RecordOutput> {
  const parsed = await parseRecordInput(context, input, 'create');
  await checkRecordInput(trx, context, parsed, null, context.viewer.userId);
  const moment = new Date();
  const now = moment.toISOString();
  const row = await insertRecordRow(trx, context.object.tableName, {
    ...parsed.columns,
    ...(await assignAutoNumbers(trx, context, moment)),
    version: 1,
    owner_id: parsed.ownerId ?? context.viewer.userId,
    created_by: context.viewer.userId,
    updated_by: context.viewer.userId,
    created_at: now,
    updated_at: now,
  });
  const changes = changedFields({}, apiValuesOf(context, row)).filter(
    (c) => c.newValue !== null && !(Array.isArray(c.newValue) && c.newValue.length === 0),
  );
  await linkAttachedFiles(trx, context, Number(row.id), parsed.filesToLink ?? []);
  await recordWrite(trx, context, 'created', row.id, changes);
  return presentRecord(context, row);
}
