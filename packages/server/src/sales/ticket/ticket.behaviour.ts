import { AppError } from '../../errors.ts';
import type { JsonValue } from '../../metadata/field-types/index.ts';
import { now } from '../../platform/clock.ts';
import { notify } from '../../platform/notifications/notify.ts';
import {
  type CompletedWrite,
  type PendingWrite,
  type RecordValues,
  registerRecordBehaviour,
} from '../../records/record-behaviour.ts';
import { readLiveRecord } from '../task/record-values.repository.ts';
import { TICKET_ASSIGNED, TICKET_COMPLAINT, TICKET_URGENT } from './ticket.messages.ts';
import { canMoveTicket, NEEDS_RESOLUTION } from './ticket-status.ts';

const text = (value: JsonValue | undefined) => (typeof value === 'string' ? value.trim() : '');

/**
 * A ticket starts open and moves only along its status flow (422 otherwise); it is resolved only with a
 * resolution; `resolvedAt` is set when it is resolved and cleared when it is reopened.
 */
async function checkTicketFlow(write: PendingWrite): Promise<void> {
  if (write.kind !== 'create' && write.kind !== 'update') return;
  if (write.kind === 'create') {
    if (write.values.status == null) write.set('status', 'open');
    if (write.values.priority == null) write.set('priority', 'normal');
  }
  const from = write.kind === 'create' ? null : ((write.before?.status as string | null) ?? 'open');
  const to = (write.values.status as string | null) ?? null;
  if (!canMoveTicket(from, to)) {
    throw new AppError(422, 'ticket.invalid_transition', { from: from ?? '—', to: to ?? '—' }, [
      { field: 'status', code: 'ticket.invalid_transition', params: { from: from ?? '—', to: to ?? '—' } },
    ]);
  }
  if (to !== null && NEEDS_RESOLUTION.has(to) && text(write.values.resolution) === '') {
    throw new AppError(422, 'ticket.resolution_required', {}, [
      { field: 'resolution', code: 'ticket.resolution_required' },
    ]);
  }
  if (to === 'resolved' && from !== 'resolved') write.set('resolvedAt', now().toISOString());
  if (to === 'inProgress' && from !== null && NEEDS_RESOLUTION.has(from)) write.set('resolvedAt', null);
}

/** Whether a ticket calls for the account owner's attention, and why. */
const attentionKind = (values: RecordValues | null) =>
  values?.type === 'complaint' ? TICKET_COMPLAINT : values?.priority === 'urgent' ? TICKET_URGENT : null;

/**
 * Tells people what concerns them: the account's owner when a ticket is (or becomes) a complaint or urgent,
 * the ticket's owner when someone else assigns it to them. Nobody is told of what they did themselves.
 */
async function notifyAboutTicket(write: CompletedWrite): Promise<void> {
  if (write.kind !== 'created' && write.kind !== 'updated') return;
  const actor = write.context.viewer.userId;
  const subject = String(write.after.subject ?? '');
  const link = { object: 'ticket', recordId: write.id, actorUserId: actor };
  const kind = attentionKind(write.after);
  const accountId = write.after.account;
  if (kind && kind !== attentionKind(write.before) && typeof accountId === 'number') {
    const account = await readLiveRecord(write.trx, 'account', accountId);
    if (account?.ownerId != null && account.ownerId !== actor) {
      const params = { subject, account: String(account.values.name ?? '') };
      await notify(write.trx, { userIds: [account.ownerId], kind, params, ...link });
    }
  }
  const owner = write.after.ownerId;
  if (typeof owner === 'number' && owner !== actor && owner !== (write.before?.ownerId ?? null)) {
    await notify(write.trx, { userIds: [owner], kind: TICKET_ASSIGNED, params: { subject }, ...link });
  }
}

registerRecordBehaviour('ticket', { beforeWrite: checkTicketFlow, afterWrite: notifyAboutTicket });
