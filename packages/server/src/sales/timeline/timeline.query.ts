import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import type { Viewer } from '../../http/access.ts';
import { decodeCursor, encodeCursor } from '../../http/pagination.ts';
import { metadataRegistryOf } from '../../metadata/metadata-registry.ts';
import { selectRecord } from '../../records/record.repository.ts';
import { recordContext } from '../../records/record-context.ts';
import { recordNotFound, scopeWhere } from '../../records/record-scope.ts';
import { presentTimelineEntry } from './timeline.presenter.ts';
import { selectTimelinePage } from './timeline.repository.ts';
import type { TimelinePageOutput } from './timeline.schemas.ts';
import type { AnchorObject } from './timeline-anchors.ts';
import { resolveTimelineRefs } from './timeline-refs.ts';
import { timelineVisibility } from './timeline-visibility.ts';

const TimelineCursor = z.tuple([z.number().int().positive()]);

export interface TimelineRequest {
  object: AnchorObject;
  id: number;
  limit: number;
  cursor?: string | undefined;
}

/**
 * One page of an anchor record's timeline, newest first: 404 when the viewer may not read the anchor, and
 * only entries about records the viewer may read (filtered in the query, so pages stay full and fast).
 */
export async function readTimeline(
  database: Database,
  viewer: Viewer,
  request: TimelineRequest,
): Promise<TimelinePageOutput> {
  const context = await recordContext(database, request.object, viewer);
  const anchor = await selectRecord(
    database.db,
    context.object.tableName,
    request.id,
    scopeWhere(context, 'read', 'live'),
  );
  if (!anchor) throw recordNotFound();
  const snapshot = await metadataRegistryOf(database).snapshot();
  const rows = await selectTimelinePage(database.db, {
    anchorObject: request.object,
    anchorId: request.id,
    beforeId: request.cursor ? decodeCursor(request.cursor, TimelineCursor)[0] : undefined,
    limit: request.limit,
    visible: timelineVisibility(viewer, snapshot),
  });
  const page = rows.slice(0, request.limit);
  const items = page.map((row) => presentTimelineEntry(row, viewer, snapshot));
  const refs = await resolveTimelineRefs(
    database.db,
    viewer,
    snapshot,
    page.map((row, index) => ({
      sourceObject: row.source_object,
      actorUserId: row.actor_user_id,
      changes: items[index]?.changes ?? [],
    })),
  );
  page.forEach((row, index) => {
    const item = items[index];
    const name = row.actor_user_id === null ? undefined : refs.users[String(row.actor_user_id)];
    if (item && row.actor_user_id !== null && name !== undefined)
      item.actor = { id: row.actor_user_id, name };
  });
  const last = page[page.length - 1];
  return {
    items,
    refs,
    nextCursor: rows.length > request.limit && last ? encodeCursor([last.id]) : null,
  };
}
