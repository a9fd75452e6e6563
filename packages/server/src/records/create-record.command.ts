import type { Transaction } from 'kysely';
import type { DB } from '../db/schema.ts';
import { now } from '../platform/clock.ts';
import { linkAttachedFiles } from './attachment-values.ts';
import { assignAutoNumbers } from './auto-number/assign-auto-numbers.ts';
import { checkRecordInput, parseRecordInput, type WriteOptions } from './parse-record-input.ts';
import { apiValuesOf, presentRecord, type RecordOutput } from './record.presenter.ts';
import { insertRecordRow, selectRecord } from './record.repository.ts';
import { runAfterWrite, runBeforeWrite } from './record-behaviour.ts';
import type { RecordContext } from './record-context.ts';
import { changedFields, inRecordTransaction, recordWrite } from './record-write.ts';

/** Creates a record from API field values; the creator owns it unless `ownerId` says otherwise. */
export async function createRecord(
  context: RecordContext,
  input: Record<string, unknown>,
): Promise<RecordOutput> {
  return inRecordTransaction(context.database, (trx) => createRecordIn(trx, context, input));
}

/**
 * The create on an open transaction (used by bulk writes and by business actions, which pass
 * `{ managed: true }` to set the fields their object's behaviour keeps).
 */
export async function createRecordIn(
  trx: Transaction<DB>,
  context: RecordContext,
  input: Record<string, unknown>,
  options: WriteOptions = {},
): Promise<RecordOutput> {
  const parsed = options.parsed ?? (await parseRecordInput(context, input, 'create', [], options));
  await checkRecordInput(trx, context, parsed, null, context.viewer.userId);
  const ownerId = parsed.ownerId ?? context.viewer.userId;
  const notes = options.notes ?? new Map();
  const derived = await runBeforeWrite(trx, context, {
    kind: 'create',
    id: null,
    beforeRow: null,
    columns: parsed.columns,
    ownerId,
    given: Object.keys(input),
    notes,
  });
  const moment = now();
  const at = moment.toISOString();
  const row = await insertRecordRow(trx, context.object.tableName, {
    ...parsed.columns,
    ...(await assignAutoNumbers(trx, context, moment)),
    version: 1,
    owner_id: ownerId,
    // A behaviour may have given the new record another owner (`setOwner`).
    ...derived,
    created_by: context.viewer.userId,
    updated_by: context.viewer.userId,
    created_at: at,
    updated_at: at,
  });
  const after = apiValuesOf(context, row);
  const changes = changedFields({}, after).filter(
    (c) => c.newValue !== null && !(Array.isArray(c.newValue) && c.newValue.length === 0),
  );
  const id = Number(row.id);
  await linkAttachedFiles(trx, context, id, parsed.filesToLink ?? []);
  await recordWrite(trx, context, 'created', id, changes);
  const changed = await runAfterWrite(trx, context, {
    kind: 'created',
    id,
    before: null,
    after,
    changes,
    at,
    notes,
  });
  const current = changed ? await selectRecord(trx, context.object.tableName, id, []) : row;
  return presentRecord(context, current ?? row);
}
