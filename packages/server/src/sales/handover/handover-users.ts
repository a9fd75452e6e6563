import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import { findUserState } from './handover.repository.ts';
import './handover.messages.ts';

type Person = { id: number; name: string };

/**
 * The users of a handover: both must exist, differ, and the receiver be active (the one handing over may
 * be disabled already: that is the usual case). 422 naming the field otherwise.
 */
export async function handoverUsersOrThrow(
  db: Kysely<DB> | Transaction<DB>,
  fromUserId: number,
  toUserId: number | undefined,
): Promise<{ from: Person; to: Person | null }> {
  const problems: Array<{ field: string; code: string }> = [];
  const from = await findUserState(db, fromUserId);
  if (!from) problems.push({ field: 'fromUserId', code: 'value.unknown_reference' });
  const to = toUserId === undefined ? undefined : await findUserState(db, toUserId);
  if (toUserId !== undefined) {
    if (!to) problems.push({ field: 'toUserId', code: 'value.unknown_reference' });
    else if (to.id === fromUserId) problems.push({ field: 'toUserId', code: 'handover.same_user' });
    else if (to.status !== 'active') problems.push({ field: 'toUserId', code: 'handover.inactive_user' });
  }
  if (problems.length > 0) throw new AppError(422, 'common.invalid_fields', {}, problems);
  return {
    from: { id: from!.id, name: from!.name },
    to: to ? { id: to.id, name: to.name } : null,
  };
}
