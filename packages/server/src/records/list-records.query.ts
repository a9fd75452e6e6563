import { presentRecord, type RecordOutput } from './record.presenter.ts';
import { selectRecords } from './record.repository.ts';
import type { RecordContext } from './record-context.ts';
import { afterCursor, encodeCursor } from './record-cursor.ts';
import { filterPredicate } from './record-filter.ts';
import { scopeWhere } from './record-scope.ts';
import { searchPredicate } from './record-search.ts';
import { orderTerms, parseSort } from './record-sort.ts';

export interface ListRecordsInput {
  filter?: string;
  sort?: string;
  q?: string;
  limit: number;
  cursor?: string;
  /** `deleted`: the recycle bin. */
  state?: 'live' | 'deleted';
}

/** One page of records the viewer may read, filtered, searched and sorted, with the cursor of the next page. */
export async function listRecords(
  context: RecordContext,
  input: ListRecordsInput,
): Promise<{ data: RecordOutput[]; nextCursor: string | null }> {
  const keys = parseSort(context, input.sort);
  const where = scopeWhere(context, 'read', input.state ?? 'live');
  if (input.filter) where.push(filterPredicate(context, input.filter));
  if (input.q?.trim()) where.push(searchPredicate(context, input.q));
  if (input.cursor) where.push(afterCursor(keys, input.cursor));
  const rows = await selectRecords(context.database.db, {
    table: context.object.tableName,
    where,
    orderBy: orderTerms(keys),
    limit: input.limit + 1,
  });
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    data: page.map((row) => presentRecord(context, row)),
    nextCursor: rows.length > input.limit && last ? encodeCursor(keys, last) : null,
  };
}
