import type { Transaction } from 'kysely';
import type { DB } from '../db/schema.ts';
import { AppError, conflict } from '../errors.ts';
import { now } from '../platform/clock.ts';
import { linkAttachedFiles } from './attachment-values.ts';
import { checkRecordInput, parseRecordInput, type WriteOptions } from './parse-record-input.ts';
import { apiValuesOf, presentRecord, type RecordOutput } from './record.presenter.ts';
import { selectRecord, updateRecordRow } from './record.repository.ts';
import { runAfterWrite, runBeforeWrite } from './record-behaviour.ts';
import type { RecordContext } from './record-context.ts';
import { recordNotFound, scopeWhere } from './record-scope.ts';
import { changedFields, inRecordTransaction, recordWrite } from './record-write.ts';

/** The version a write expects: from the body's `version` or the `If-Match` header; 400 when neither. */
export function expectedVersion(bodyVersion: unknown, ifMatch: string | undefined): number {
  const fromHeader = ifMatch?.replace(/^W\//, '').replace(/"/g, '').trim();
  const raw = bodyVersion ?? (fromHeader ? Number(fromHeader) : undefined);
  if (typeof raw !== 'number' || !Number.isSafeInteger(raw) || raw < 1) {
    throw new AppError(400, 'record.version_required', {}, [
      { field: 'version', code: 'record.version_required' },
    ]);
  }
  return raw;
}

/** Changes the given fields of a record at `version` (409 when someone changed it since). */
export async function updateRecord(
  context: RecordContext,
  id: number,
  version: number,
  input: Record<string, unknown>,
): Promise<RecordOutput> {
  return inRecordTransaction(context.database, (trx) => updateRecordIn(trx, context, id, version, input));
}

/**
 * The update on an open transaction (used by bulk writes and by business actions, which pass
 * `{ managed: true }` to set the fields their object's behaviour keeps).
 */
export async function updateRecordIn(
  trx: Transaction<DB>,
  context: RecordContext,
  id: number,
  version: number,
  input: Record<string, unknown>,
  options: WriteOptions = {},
): Promise<RecordOutput> {
  const parsed = await parseRecordInput(context, input, 'update', ['version', 'id'], options);
  const before = await selectRecord(trx, context.object.tableName, id, scopeWhere(context, 'update', 'live'));
  if (!before) throw recordNotFound();
  if (Number(before.version) !== version) throw conflict('common.stale_version');
  await checkRecordInput(trx, context, parsed, id, before.owner_id);
  const notes = options.notes ?? new Map();
  const derived = await runBeforeWrite(trx, context, {
    kind: 'update',
    id,
    beforeRow: before,
    columns: parsed.columns,
    ownerId: parsed.ownerId ?? (before.owner_id == null ? null : Number(before.owner_id)),
    given: Object.keys(input).filter((key) => key !== 'version' && key !== 'id'),
    notes,
  });
  const at = now().toISOString();
  const after = await updateRecordRow(trx, context.object.tableName, id, version, {
    ...parsed.columns,
    ...derived,
    ...(parsed.ownerId !== undefined ? { owner_id: parsed.ownerId } : {}),
    updated_by: context.viewer.userId,
    updated_at: at,
  });
  if (!after) throw conflict('common.stale_version');
  const beforeValues = apiValuesOf(context, before);
  const afterValues = apiValuesOf(context, after);
  const changes = changedFields(beforeValues, afterValues);
  await linkAttachedFiles(trx, context, id, parsed.filesToLink ?? []);
  await recordWrite(trx, context, 'updated', id, changes);
  const changed = await runAfterWrite(trx, context, {
    kind: 'updated',
    id,
    before: beforeValues,
    after: afterValues,
    changes,
    notes,
    at,
  });
  const current = changed ? await selectRecord(trx, context.object.tableName, id, []) : after;
  return presentRecord(context, current ?? after);
}
