import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';

/**
 * Whom a missed target of `ownerId`'s is escalated to: their manager, else the head of their department;
 * with the owner's name for the message. Only active users.
 */
export async function selectEscalationManager(
  db: Kysely<DB> | Transaction<DB>,
  ownerId: number,
): Promise<{ id: number; ownerName: string } | undefined> {
  const owner = await db
    .selectFrom('users as u')
    .leftJoin('departments as d', 'd.id', 'u.department_id')
    .select(['u.name', 'u.manager_id', 'd.head_user_id'])
    .where('u.id', '=', ownerId)
    .executeTakeFirst();
  if (!owner) return undefined;
  for (const candidate of [owner.manager_id, owner.head_user_id]) {
    if (candidate == null) continue;
    const active = await db
      .selectFrom('users')
      .select('id')
      .where('id', '=', candidate)
      .where('status', '=', 'active')
      .executeTakeFirst();
    if (active) return { id: Number(active.id), ownerName: owner.name };
  }
  return undefined;
}
