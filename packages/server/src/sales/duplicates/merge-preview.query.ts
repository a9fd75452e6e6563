import type { Database } from '../../db/database.ts';
import type { Viewer } from '../../http/access.ts';
import { metadataRegistryOf } from '../../metadata/metadata-registry.ts';
import { presentRecord, type RecordOutput } from '../../records/record.presenter.ts';
import { recordContext, visibleFields } from '../../records/record-context.ts';
import type { DedupObject } from './duplicate-objects.ts';
import { defaultSource, isChoosable, mergeValues } from './merge-fields.ts';
import { loadMergeSet } from './merge-set.ts';
import { countRecordAttachments, countReferences, referencesTo } from './record-references.repository.ts';

/** A field of a merge preview: whether its value may be chosen, where it comes from by default. */
export interface MergeFieldPreview {
  field: string;
  choosable: boolean;
  /** The record whose value the survivor gets unless another is chosen. */
  defaultRecordId: number;
  /** Whether the records hold different values. */
  differs: boolean;
}

export interface MergePreview {
  object: DedupObject;
  /** The survivor first, then the duplicates. */
  records: RecordOutput[];
  fields: MergeFieldPreview[];
  /** Records of any object pointing at the duplicates, which the merge moves to the survivor. */
  references: Array<{ object: string; field: string; count: number }>;
  /** Attachments of the duplicates, which move too. */
  attachments: number;
}

/** What merging `duplicateIds` into `survivorId` would do, with the same checks as the merge itself. */
export async function mergePreview(
  database: Database,
  viewer: Viewer,
  object: DedupObject,
  survivorId: number,
  duplicateIds: number[],
): Promise<MergePreview> {
  const context = await recordContext(database, object, viewer);
  const set = await loadMergeSet(database.db, context, survivorId, duplicateIds);
  const members = mergeValues(context, [set.survivor, ...set.duplicates]);
  const fields = visibleFields(context).map((field) => ({
    field: field.apiName,
    choosable: isChoosable(context, field),
    defaultRecordId: isChoosable(context, field) ? defaultSource(field.apiName, members) : survivorId,
    differs: new Set(members.map((m) => JSON.stringify(m.values[field.apiName] ?? null))).size > 1,
  }));
  const snapshot = await metadataRegistryOf(database).snapshot();
  const references = [];
  for (const reference of referencesTo(snapshot, object)) {
    const count = await countReferences(database.db, reference, duplicateIds);
    if (count > 0) references.push({ object: reference.object, field: reference.field, count });
  }
  return {
    object,
    records: members.map((member) => presentRecord(context, member.row)),
    fields,
    references,
    attachments: await countRecordAttachments(database.db, object, duplicateIds),
  };
}
