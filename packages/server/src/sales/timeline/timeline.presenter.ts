import type { Viewer } from '../../http/access.ts';
import type { MetadataSnapshot } from '../../metadata/metadata-registry.ts';
import { fieldHiddenFrom } from '../../records/record-context.ts';
import type { TimelineEntryRow } from './timeline.repository.ts';
import type { TimelineChange, TimelineEntryOutput } from './timeline.schemas.ts';
import { titleFieldOf } from './timeline-anchors.ts';

/** The changes of an entry the viewer may see: fields hidden from them, and fields since removed, left out. */
function visibleChanges(
  viewer: Viewer,
  snapshot: MetadataSnapshot,
  sourceObject: string,
  json: string,
): { changes: TimelineChange[]; titleHidden: boolean } {
  const object = snapshot.object(sourceObject);
  let stored: TimelineChange[];
  try {
    stored = JSON.parse(json) as TimelineChange[];
  } catch {
    stored = [];
  }
  if (!object) return { changes: [], titleHidden: true };
  const hidden = (name: string) => {
    const field = object.fields.find((f) => f.apiName === name);
    return !field || fieldHiddenFrom(viewer, object, field);
  };
  const titleField = titleFieldOf(object);
  return {
    changes: stored.filter((change) => change.field === 'ownerId' || !hidden(change.field)),
    titleHidden: titleField !== null && hidden(titleField),
  };
}

/** The `{ code, params }` of an event entry (see `TimelineEntryTable.detail`). */
function eventOf(detail: string | null | undefined): TimelineEntryOutput['event'] {
  try {
    const parsed = JSON.parse(detail ?? '') as { code?: unknown; params?: unknown };
    if (typeof parsed.code !== 'string') return null;
    const params = parsed.params && typeof parsed.params === 'object' ? parsed.params : {};
    return { code: parsed.code, params: params as NonNullable<TimelineEntryOutput['event']>['params'] };
  } catch {
    return null;
  }
}

/** A timeline entry as the API writes it, without what the viewer may not see. */
export function presentTimelineEntry(
  row: TimelineEntryRow,
  viewer: Viewer,
  snapshot: MetadataSnapshot,
): TimelineEntryOutput {
  const { changes, titleHidden } = visibleChanges(viewer, snapshot, row.source_object, row.changes);
  return {
    id: row.id,
    kind: row.kind as TimelineEntryOutput['kind'],
    at: new Date(row.at).toISOString(),
    source: { object: row.source_object, id: row.source_id, title: titleHidden ? null : row.title },
    actor: null,
    changes,
    event: row.kind === 'event' ? eventOf(row.detail) : null,
  };
}
