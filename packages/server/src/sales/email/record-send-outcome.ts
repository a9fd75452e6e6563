import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { insertTimelineEvent } from '../timeline/timeline-event.ts';
import { updateSend } from './email-send.repository.ts';
import type { Delivery, SmtpFailure } from './mailer.ts';

/** What became of one attempt to send. */
export type SendOutcome =
  | { ok: true; delivery: Delivery }
  | { ok: false; failure: SmtpFailure /** Another attempt follows (the job retries). */; retry: boolean };

export interface SendContext {
  sendId: number;
  leadId: number;
  to: string;
  subject: string;
  attempts: number;
  /** Who sent it (one-off) — null for sequence steps. */
  actorUserId: number | null;
  /** Extra particulars for the timeline: the template, the sequence and step. */
  params: Record<string, string | number | null>;
  at: string;
}

/**
 * Writes the outcome of an attempt on the caller's transaction: the send's status, and — when it is final —
 * an entry on the lead's timeline: `email.sent`, or `email.failed` with the server's answer. An attempt that
 * will be retried only updates the send (`retrying`, with the error), so the timeline shows each email once.
 */
export async function recordSendOutcome(
  trx: Transaction<DB>,
  send: SendContext,
  outcome: SendOutcome,
): Promise<void> {
  const common = { attempts: send.attempts, updated_at: send.at };
  if (outcome.ok) {
    await updateSend(trx, send.sendId, {
      ...common,
      status: 'sent',
      error: null,
      message_id: outcome.delivery.messageId,
      sent_at: send.at,
    });
  } else {
    await updateSend(trx, send.sendId, {
      ...common,
      status: outcome.retry ? 'retrying' : 'failed',
      error: outcome.failure.detail.slice(0, 2000),
    });
    if (outcome.retry) return;
  }
  await insertTimelineEvent(trx, {
    object: 'lead',
    id: send.leadId,
    title: send.subject,
    code: outcome.ok ? 'email.sent' : 'email.failed',
    params: {
      to: send.to,
      ...send.params,
      ...(outcome.ok ? {} : { error: outcome.failure.detail.slice(0, 500) }),
    },
    actorUserId: send.actorUserId,
    at: send.at,
  });
}
