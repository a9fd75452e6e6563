import type { Action } from '@lodestar/shared';
import { AppError, forbidden } from '../errors.ts';
import { createRecordIn } from './create-record.command.ts';
import { deleteRecordIn } from './delete-record.command.ts';
import type { RecordOutput } from './record.presenter.ts';
import type { RecordContext } from './record-context.ts';
import { inRecordTransaction } from './record-write.ts';
import { expectedVersion, updateRecordIn } from './update-record.command.ts';

/** Most items one bulk request may carry. */
export const MAX_BULK_ITEMS = 200;

export interface BulkRecordsInput {
  create?: Array<Record<string, unknown>>;
  update?: Array<Record<string, unknown> & { id: number; version?: number }>;
  delete?: number[];
}

export interface BulkRecordsResult {
  created: RecordOutput[];
  updated: RecordOutput[];
  deleted: number[];
}

type ItemProblem = { field: string; code: string; params?: Record<string, unknown> };

/**
 * Creates, updates and deletes records all or nothing, in one transaction. Every item is tried; when any
 * fails, nothing is kept and the answer lists each failure under `create.<index>.<field>` and the like.
 */
export async function bulkRecords(
  context: RecordContext,
  input: BulkRecordsInput,
): Promise<BulkRecordsResult> {
  const total = (input.create?.length ?? 0) + (input.update?.length ?? 0) + (input.delete?.length ?? 0);
  if (total > MAX_BULK_ITEMS) throw new AppError(400, 'record.bulk_too_large', { max: MAX_BULK_ITEMS });
  const needed: Action[] = [
    ...(input.create?.length ? (['create'] as const) : []),
    ...(input.update?.length ? (['update'] as const) : []),
    ...(input.delete?.length ? (['delete'] as const) : []),
  ];
  for (const action of needed)
    if (!context.viewer.permissions.can(context.object.apiName, action)) throw forbidden();

  return inRecordTransaction(context.database, async (trx) => {
    const problems: ItemProblem[] = [];
    let onlyMalformedInput = true;
    const result: BulkRecordsResult = { created: [], updated: [], deleted: [] };
    const attempt = async (prefix: string, work: () => Promise<void>) => {
      try {
        await work();
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        if (error.status !== 400) onlyMalformedInput = false;
        if (error.fieldErrors.length === 0)
          problems.push({ field: prefix, code: error.code, params: error.params });
        for (const fieldError of error.fieldErrors) {
          problems.push({ ...fieldError, field: `${prefix}.${fieldError.field}` });
        }
      }
    };
    for (const [index, item] of (input.create ?? []).entries()) {
      await attempt(`create.${index}`, async () => {
        result.created.push(await createRecordIn(trx, context, item));
      });
    }
    for (const [index, item] of (input.update ?? []).entries()) {
      await attempt(`update.${index}`, async () => {
        const { id, version, ...fields } = item;
        result.updated.push(
          await updateRecordIn(trx, context, id, expectedVersion(version, undefined), fields),
        );
      });
    }
    for (const [index, id] of (input.delete ?? []).entries()) {
      await attempt(`delete.${index}`, async () => {
        await deleteRecordIn(trx, context, id);
        result.deleted.push(id);
      });
    }
    // 400 when every item failed on its input alone; 422 when a rule, a version or a record stood in the way.
    if (problems.length > 0)
      throw new AppError(onlyMalformedInput ? 400 : 422, 'record.bulk_failed', {}, problems);
    return result;
  });
}
