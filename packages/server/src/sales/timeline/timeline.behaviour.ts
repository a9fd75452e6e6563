import { type CompletedWrite, registerRecordBehaviour } from '../../records/record-behaviour.ts';
import {
  insertTimelineEntries,
  type NewTimelineEntry,
  reanchorMergedEntries,
} from './timeline.repository.ts';
import { anchorLinksOf, titleFieldOf } from './timeline-anchors.ts';

/** Longest record name kept on an entry (the record page has the rest). */
const TITLE_LENGTH = 200;

/**
 * The anchors (`object:id`) one write is shown on: the record itself when it is an anchor, and every anchor
 * a lookup names — before and after the write, so moving a follow-up to another account shows on both.
 */
function anchorsOfWrite(write: CompletedWrite): Array<[object: string, id: number]> {
  const anchors = new Map<string, [string, number]>();
  const add = (object: string, id: unknown) => {
    if (typeof id === 'number') anchors.set(`${object}:${id}`, [object, id]);
  };
  for (const link of anchorLinksOf(write.context.object)) {
    if (link.field === null) {
      add(link.anchor, write.id);
      continue;
    }
    add(link.anchor, write.after[link.field]);
    if (write.before) add(link.anchor, write.before[link.field]);
  }
  return [...anchors.values()];
}

/** Appends one timeline entry per anchor of a write: one insert statement, no metadata reads. */
async function appendTimelineEntries(write: CompletedWrite): Promise<void> {
  if (write.kind === 'updated' && write.changes.length === 0) return;
  const anchors = anchorsOfWrite(write);
  if (anchors.length === 0) return;
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
