import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { insertTimelineEntries } from './timeline.repository.ts';

const TITLE_LENGTH = 200;

/** Something that happened to a record without writing it: an email sent, a lead handed back to a rep. */
export interface TimelineEvent {
  /** The record it happened to; its timeline shows it, to whoever may read the record. */
  object: string;
  id: number;
  /** What the entry links as its title (an email's subject, the record's name). */
  title: string | null;
  /** Stable code the web app words, e.g. `email.sent`. */
  code: string;
  params: Record<string, string | number | boolean | null>;
  actorUserId: number | null;
  at: string;
}

/**
 * Appends an event entry (kind `event`) to a record's own timeline, on the caller's transaction.
 * @example await insertTimelineEvent(trx, { object: 'lead', id, title: subject, code: 'email.sent', params: { to }, actorUserId: null, at })
 */
export async function insertTimelineEvent(trx: Transaction<DB>, event: TimelineEvent): Promise<void> {
  await insertTimelineEntries(trx, [
    {
      anchor_object: event.object,
      anchor_id: event.id,
      source_object: event.object,
      source_id: event.id,
      kind: 'event',
      title: event.title === null ? null : event.title.slice(0, TITLE_LENGTH),
      changes: '[]',
      detail: JSON.stringify({ code: event.code, params: event.params }),
      actor_user_id: event.actorUserId,
      at: event.at,
    },
  ]);
}
