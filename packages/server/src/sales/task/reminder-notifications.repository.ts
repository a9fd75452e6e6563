import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';

/**
 * Whether the user was already reminded of this record's moment (a job may run twice after a crash): the
 * reminder notification carries the moment in its params as `at`.
 */
export async function alreadyReminded(
  trx: Transaction<DB>,
  props: { userId: number; kind: string; object: string; recordId: number; at: string },
): Promise<boolean> {
  const rows = await trx
    .selectFrom('notifications')
    .select('params')
    .where('user_id', '=', props.userId)
    .where('kind', '=', props.kind)
    .where('object', '=', props.object)
    .where('record_id', '=', props.recordId)
    .execute();
  return rows.some((row) => {
    try {
      return (JSON.parse(row.params) as { at?: unknown }).at === props.at;
    } catch {
      return false;
    }
  });
}
