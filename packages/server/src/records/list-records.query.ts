import { formulaSelects } from './formulas/formula-selects.ts';
import { presentRecord, type RecordOutput } from './record.presenter.ts';
import type { RecordContext } from './record-context.ts';
import { encodeCursor } from './record-cursor.ts';
import { applyFieldSelection, parseFieldSelection } from './record-fields.ts';
import { filterPredicate } from './record-filter.ts';
import { selectSortedPage } from './record-page.ts';
import { scopeWhere } from './record-scope.ts';
import { searchPredicate } from './record-search.ts';
import { parseSort } from './record-sort.ts';

export interface ListRecordsInput {
  filter?: string;
  sort?: string;
  q?: string;
  limit: number;
  cursor?: string;
  /** `?fields=`: the fields (and related paths such as `account.name`) to return; all visible when absent. */
  fields?: string;
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
  const selection = await parseFieldSelection(context, input.fields);
  const rows = await selectSortedPage(
    context.database.db,
    {
      joins: selection.joins,
      selects: [...formulaSelects(context), ...selection.selects],
      table: context.object.tableName,
      where,
    },
    keys,
    input.cursor,
    input.limit + 1,
  );
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    data: page.map((row) => applyFieldSelection(selection, presentRecord(context, row), row)),
    nextCursor: rows.length > input.limit && last ? encodeCursor(keys, last) : null,
  };
}
