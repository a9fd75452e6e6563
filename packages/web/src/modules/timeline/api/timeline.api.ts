import type { NurtureStopReason } from '@lodestar/shared';
import { api } from '../../../api/client.ts';

/** The objects that have a timeline. */
export type AnchorObject = 'account' | 'contact' | 'opportunity' | 'lead';

/** One field of a write: set on create, old → new on update. */
export interface TimelineChange {
  field: string;
  oldValue: unknown;
  newValue: unknown;
}

/** What an event entry says happened (its message key is the code with `_` for `.`). */
export type TimelineEventKey =
  | 'email_sent'
  | 'email_failed'
  | 'email_unsubscribed'
  | 'nurture_enrolled'
  | 'nurture_stopped'
  | 'nurture_completed'
  | 'nurture_handedBack'
  | 'nurture_handedBackNobody';

/** Why nurturing stopped or a lead was handed back, as event entries name it. */
export type TimelineEventReason = NurtureStopReason;

/** One write of a record, as shown on the timeline of a record it concerns. */
export interface TimelineEntry {
  id: number;
  /** A write of the source record, or `event`: something else that happened to it. */
  kind: 'created' | 'updated' | 'deleted' | 'restored' | 'event';
  at: string;
  source: { object: string; id: number; title: string | null };
  actor: { id: number; name: string } | null;
  changes: TimelineChange[];
  /** Of kind `event`: what happened (`email.sent`, `nurture.stopped` …) and its particulars. */
  event: { code: string; params: Record<string, string | number | boolean | null> } | null;
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
