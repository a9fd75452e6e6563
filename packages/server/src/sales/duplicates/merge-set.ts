import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { AppError, conflict } from '../../errors.ts';
import { apiValuesOf } from '../../records/record.presenter.ts';
import { type RecordRow, selectRecord } from '../../records/record.repository.ts';
import type { RecordValues } from '../../records/record-behaviour.ts';
import type { RecordContext } from '../../records/record-context.ts';
import { recordNotFound, scopeWhere } from '../../records/record-scope.ts';
import { CONVERTED } from '../lead/lead-fields.ts';
import './merge.messages.ts';

/** One record of a merge, as loaded. */
export interface MergeMember {
  id: number;
  row: RecordRow;
  values: RecordValues;
}

/** The records of a merge: the survivor first, then the duplicates in the order given. */
export interface MergeSet {
  survivor: MergeMember;
  duplicates: MergeMember[];
}

/**
 * Loads the records of a merge within the viewer's scope: the survivor must be live and one they may
 * update, each duplicate live and one they may delete (404 otherwise, as for any record out of scope; 403
 * without the permission at all). A converted lead takes part in no merge (409): it is the record of what
 * it became.
 */
export async function loadMergeSet(
  db: Kysely<DB> | Transaction<DB>,
  context: RecordContext,
  survivorId: number,
  duplicateIds: number[],
): Promise<MergeSet> {
  if (duplicateIds.includes(survivorId)) {
    throw new AppError(422, 'merge.survivor_among_duplicates', {}, [
      { field: 'duplicateIds', code: 'merge.survivor_among_duplicates' },
    ]);
  }
  const table = context.object.tableName;
  const load = async (id: number, action: 'update' | 'delete'): Promise<MergeMember> => {
    const row = await selectRecord(db, table, id, scopeWhere(context, action, 'live'));
    if (!row) throw recordNotFound();
    return { id, row, values: apiValuesOf(context, row) };
  };
  const survivor = await load(survivorId, 'update');
  const duplicates: MergeMember[] = [];
  for (const id of duplicateIds) duplicates.push(await load(id, 'delete'));
  if (
    context.object.apiName === 'lead' &&
    [survivor, ...duplicates].some((m) => m.values.status === CONVERTED)
  )
    throw conflict('merge.converted_lead');
  return { survivor, duplicates };
}
