import { columnTypes } from '../../db/column-types.ts';
import type { Database } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import type { Viewer } from '../../http/access.ts';
import type { JsonValue } from '../../metadata/field-types/index.ts';
import { metadataRegistryOf } from '../../metadata/metadata-registry.ts';
import { type AuditActor, recordAudit } from '../../platform/audit/record-audit.ts';
import { emitEvent } from '../../platform/events/emit-event.ts';
import { deleteRecordIn } from '../../records/delete-record.command.ts';
import { presentRecord, type RecordOutput } from '../../records/record.presenter.ts';
import { selectRecord } from '../../records/record.repository.ts';
import { runAfterMerge } from '../../records/record-behaviour.ts';
import { type RecordContext, recordContext } from '../../records/record-context.ts';
import { recordNotFound, scopeWhere } from '../../records/record-scope.ts';
import { inRecordTransaction } from '../../records/record-write.ts';
import { updateRecordIn } from '../../records/update-record.command.ts';
import type { DedupObject } from './duplicate-objects.ts';
import { defaultSource, isChoosable, mergeValues } from './merge-fields.ts';
import { loadMergeSet, type MergeSet } from './merge-set.ts';
import { moveRecordAttachments, moveReferences, referencesTo } from './record-references.repository.ts';

export interface MergeRequest {
  survivorId: number;
  duplicateIds: number[];
  /** Field → the record (survivor or duplicate) whose value the survivor gets; others take the default. */
  values?: Record<string, number> | undefined;
}

export interface MergeResult {
  survivor: RecordOutput;
  mergedIds: number[];
  /** Records moved from the duplicates to the survivor, per object and lookup field. */
  moved: Array<{ object: string; field: string; count: number }>;
  attachments: number;
}

/**
 * Merges duplicates of an account, contact or lead into a survivor (C-5), in one transaction: the survivor
 * takes the chosen value of each field (by default its own, else the first non-empty one), every record of
 * any object pointing at a duplicate through a lookup (custom objects included) points at the survivor
 * (set-based, with field history), the duplicates' attachments move, the duplicates go to the recycle bin,
 * the object's `afterMerge` behaviours re-anchor what features keep about them, and one audit entry and
 * one `record.merged` event record the whole. Update on the survivor and delete on the duplicates, within
 * the viewer's scope, are required.
 */
export async function mergeRecords(
  database: Database,
  viewer: Viewer,
  actor: AuditActor,
  object: DedupObject,
  request: MergeRequest,
): Promise<MergeResult> {
  const context = await recordContext(database, object, viewer);
  const snapshot = await metadataRegistryOf(database).snapshot();
  const { survivorId, duplicateIds } = request;
  return inRecordTransaction(database, async (trx) => {
    const set = await loadMergeSet(trx, context, survivorId, duplicateIds);
    const changes = chosenChanges(context, set, request.values ?? {});
    if (Object.keys(changes).length > 0)
      await updateRecordIn(trx, context, survivorId, Number(set.survivor.row.version), changes, {
        managed: true,
      });

    const at = new Date().toISOString();
    const types = columnTypes(database.dialect);
    const moved: MergeResult['moved'] = [];
    for (const reference of referencesTo(snapshot, object)) {
      const move = { fromIds: duplicateIds, actorUserId: viewer.userId, at };
      const selfReference = reference.object === object;
      let count = await moveReferences(
        trx,
        reference,
        { ...move, toId: survivorId, ...(selfReference ? { exceptId: survivorId } : {}) },
        types,
      );
      // The survivor pointing at a duplicate would point at itself: it points at nothing instead.
      if (selfReference) count += await moveReferences(trx, reference, { ...move, toId: null }, types);
      if (count > 0) moved.push({ object: reference.object, field: reference.field, count });
    }
    const attachments = await moveRecordAttachments(trx, object, duplicateIds, survivorId);
    for (const id of duplicateIds) await deleteRecordIn(trx, context, id);
    await runAfterMerge(trx, context, { survivorId, mergedIds: duplicateIds, at });

    await recordAudit(trx, actor, {
      action: 'merge',
      entityType: object,
      entityId: survivorId,
      changes: {
        mergedIds: [null, duplicateIds],
        chosenFields: [null, Object.keys(changes)],
        moved: [null, Object.fromEntries(moved.map((m) => [`${m.object}.${m.field}`, m.count]))],
      },
    });
    await emitEvent(trx, {
      type: 'record.merged',
      aggregateType: object,
      aggregateId: survivorId,
      payload: { object, id: survivorId, mergedIds: duplicateIds, moved },
      actorUserId: viewer.userId,
    });
    const survivor = await selectRecord(
      trx,
      context.object.tableName,
      survivorId,
      scopeWhere(context, 'update', 'live'),
    );
    if (!survivor) throw recordNotFound();
    return { survivor: presentRecord(context, survivor), mergedIds: duplicateIds, moved, attachments };
  });
}

/**
 * The survivor's new values: for each field it may choose, the value of the chosen record (by default its
 * own, else the first non-empty one), where it differs from the survivor's. A choice of a field that cannot
 * be chosen, or of a record outside the merge, is a 422 naming `values.<field>`.
 */
function chosenChanges(
  context: RecordContext,
  set: MergeSet,
  choices: Record<string, number>,
): Record<string, JsonValue> {
  const members = mergeValues(context, [set.survivor, ...set.duplicates]);
  const survivor = members[0]!;
  const problems: Array<{ field: string; code: string; params?: Record<string, unknown> }> = [];
  const choosable = context.object.fields.filter((field) => isChoosable(context, field));
  for (const [field, recordId] of Object.entries(choices)) {
    if (!choosable.some((f) => f.apiName === field))
      problems.push({ field: `values.${field}`, code: 'merge.unknown_field', params: { field } });
    else if (!members.some((member) => member.id === recordId))
      problems.push({ field: `values.${field}`, code: 'merge.not_merged_record' });
  }
  if (problems.length > 0) throw new AppError(422, 'common.invalid_fields', {}, problems);
  const changes: Record<string, JsonValue> = {};
  for (const { apiName } of choosable) {
    const sourceId = choices[apiName] ?? defaultSource(apiName, members);
    const value = members.find((member) => member.id === sourceId)!.values[apiName] ?? null;
    if (JSON.stringify(value) !== JSON.stringify(survivor.values[apiName] ?? null)) changes[apiName] = value;
  }
  return changes;
}
