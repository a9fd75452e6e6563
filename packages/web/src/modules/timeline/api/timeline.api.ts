import { api } from '../../../api/client.ts';

/** The objects that have a timeline. */
export type AnchorObject = 'account' | 'contact' | 'opportunity' | 'lead';

/** One field of a write: set on create, old → new on update. */
export interface TimelineChange {
  field: string;
  oldValue: unknown;
  newValue: unknown;
}

/** One write of a record, as shown on the timeline of a record it concerns. */
export interface TimelineEntry {
  id: number;
  kind: 'created' | 'updated' | 'deleted' | 'restored';
  at: string;
  source: { object: string; id: number; title: string | null };
  actor: { id: number; name: string } | null;
  changes: TimelineChange[];
}

/** Names of the records (by object, then id) and users a page mentions. */
export interface TimelineRefs {
  records: Record<string, Record<string, string>>;
  users: Record<string, string>;
}

export interface TimelinePage {
  items: TimelineEntry[];
  refs: TimelineRefs;
  nextCursor: string | null;
}

export const TIMELINE_QUERY_KEY = ['timeline'] as const;

export const timelineApi = {
  page: (object: AnchorObject, id: number, cursor?: string) =>
    api.get<TimelinePage>('/timeline', { query: { object, id, cursor, limit: 30 } }),
};
