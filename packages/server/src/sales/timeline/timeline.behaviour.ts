import { type CompletedWrite, registerRecordBehaviour } from '../../records/record-behaviour.ts';
import {
  copyRecordEntries,
  insertTimelineEntries,
  type NewTimelineEntry,
  reanchorMergedEntries,
} from './timeline.repository.ts';
import { anchorLinksOf, titleFieldOf } from './timeline-anchors.ts';

/** Longest record name kept on an entry (the record page has the rest). */
const TITLE_LENGTH = 200;

type Anchor = [object: string, id: number];

/** The anchors (`object:id`) a record's values put it on: itself if an anchor, and those its lookups name. */
function anchorsOf(write: CompletedWrite, values: CompletedWrite['after']): Map<string, Anchor> {
  const anchors = new Map<string, Anchor>();
  for (const link of anchorLinksOf(write.context.object)) {
    const id = link.field === null ? write.id : values[link.field];
    if (typeof id === 'number') anchors.set(`${link.anchor}:${id}`, [link.anchor, id]);
  }
  return anchors;
}

/**
 * Appends one timeline entry per anchor of a write — the anchors of the record before and after it, so
 * moving a follow-up to another account shows on both — in one insert statement, no metadata reads. An
 * anchor the record was not on before first receives the record's earlier entries, so its history comes
 * along: a lead's follow-up linked to the account it became shows there as written.
 */
async function appendTimelineEntries(write: CompletedWrite): Promise<void> {
  if (write.kind === 'updated' && write.changes.length === 0) return;
  const after = anchorsOf(write, write.after);
  const before = write.before ? anchorsOf(write, write.before) : new Map<string, Anchor>();
  const anchors = [...new Map([...before, ...after]).values()];
  if (anchors.length === 0) return;
  const earlier = before.values().next().value;
  const added = [...after].filter(([key]) => !before.has(key)).map(([, anchor]) => anchor);
  if (write.kind === 'updated' && earlier && added.length > 0) {
    await copyRecordEntries(
      write.trx,
      { object: write.context.object.apiName, id: write.id },
      earlier,
      added,
    );
  }
  const nameField = titleFieldOf(write.context.object);
  const name = nameField ? write.after[nameField] : null;
  const title = name == null || name === '' ? null : String(name).slice(0, TITLE_LENGTH);
  const changes = JSON.stringify(write.kind === 'created' || write.kind === 'updated' ? write.changes : []);
  const source = { object: write.context.object.apiName, id: write.id };
  const actor = write.context.viewer.userId;
  const rows: NewTimelineEntry[] = anchors.map(([object, id]) => ({
    anchor_object: object,
    anchor_id: id,
    source_object: source.object,
    source_id: source.id,
    kind: write.kind,
    title,
    changes,
    actor_user_id: actor,
    at: write.at,
  }));
  await insertTimelineEntries(write.trx, rows);
}

// Every object: the timeline is fed by the writes of all records linked to an anchor, custom objects included.
registerRecordBehaviour('*', {
  afterWrite: appendTimelineEntries,
  afterMerge: (merge) =>
    reanchorMergedEntries(merge.trx, merge.context.object.apiName, merge.survivorId, merge.mergedIds),
});
