import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { AppError, forbidden } from '../../errors.ts';
import type { JsonValue } from '../../metadata/field-types/index.ts';
import { createRecordIn } from '../../records/create-record.command.ts';
import { apiValuesOf, presentRecord, type RecordOutput } from '../../records/record.presenter.ts';
import { selectRecord } from '../../records/record.repository.ts';
import type { RecordValues } from '../../records/record-behaviour.ts';
import type { RecordContext } from '../../records/record-context.ts';
import { recordNotFound, scopeWhere } from '../../records/record-scope.ts';
import { updateRecordIn } from '../../records/update-record.command.ts';

/**
 * The steps of a lead conversion, each on the conversion's transaction and in the viewer's own context, so
 * that their permissions, data scopes, field history, events and behaviours apply as to any write.
 */

const isEmpty = (value: JsonValue | undefined) =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

/**
 * `values` without empty values and without the fields the viewer may not write: what flows from the lead
 * is what the viewer could have typed themselves.
 */
function carried(
  context: RecordContext,
  values: Record<string, JsonValue | undefined>,
): Record<string, JsonValue> {
  const result: Record<string, JsonValue> = {};
  for (const [field, value] of Object.entries(values)) {
    if (isEmpty(value)) continue;
    if (context.viewer.permissions.fieldAccess(context.object.apiName, field) !== 'write') continue;
    result[field] = value as JsonValue;
  }
  return result;
}

/**
 * Runs a step and names the fields of its problems under `prefix` (`opportunity.amount`), so that a client
 * can tell which part of the conversion they belong to.
 */
export async function inPart<T>(prefix: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (!(error instanceof AppError) || error.fieldErrors.length === 0) throw error;
    throw new AppError(
      error.status,
      error.code,
      error.params,
      error.fieldErrors.map((problem) => ({ ...problem, field: `${prefix}.${problem.field}` })),
      error.headers,
    );
  }
}

/** Creates a record of the context's object from the lead, owned by `ownerId` when the viewer may assign. */
export async function createFromLead(
  trx: Transaction<DB>,
  context: RecordContext,
  values: Record<string, JsonValue | undefined>,
  leadOwnerId: number | null,
): Promise<RecordOutput> {
  const { viewer, object } = context;
  if (!viewer.permissions.can(object.apiName, 'create')) throw forbidden();
  const owner =
    leadOwnerId !== null && leadOwnerId !== viewer.userId && viewer.permissions.can(object.apiName, 'assign')
      ? { ownerId: leadOwnerId }
      : {};
  return createRecordIn(trx, context, { ...carried(context, values), ...owner }, { managed: true });
}

/** A live record the viewer may read, or a 404 (a record outside their scope looks like none). */
export async function visibleRecord(
  trx: Transaction<DB>,
  context: RecordContext,
  id: number,
): Promise<{ values: RecordValues; version: number; output: RecordOutput }> {
  const row = await selectRecord(trx, context.object.tableName, id, scopeWhere(context, 'read', 'live'));
  if (!row) throw recordNotFound();
  return {
    values: apiValuesOf(context, row),
    version: Number(row.version),
    output: presentRecord(context, row),
  };
}

/**
 * Fills the empty fields of an existing record with the lead's values, when the viewer may update that
 * record; otherwise the record is linked as it is. Returns the record as it is afterwards.
 */
export async function fillEmptyFields(
  trx: Transaction<DB>,
  context: RecordContext,
  record: { id: number; values: RecordValues; version: number; output: RecordOutput },
  fromLead: Record<string, JsonValue | undefined>,
): Promise<RecordOutput> {
  const { viewer, object } = context;
  if (!viewer.permissions.can(object.apiName, 'update')) return record.output;
  const updatable = await selectRecord(
    trx,
    object.tableName,
    record.id,
    scopeWhere(context, 'update', 'live'),
  );
  if (!updatable) return record.output;
  const missing = Object.fromEntries(
    Object.entries(fromLead).filter(([field]) => isEmpty(record.values[field])),
  );
  const changes = carried(context, missing);
  if (Object.keys(changes).length === 0) return record.output;
  return updateRecordIn(trx, context, record.id, record.version, changes, { managed: true });
}
