import type { Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';

/** The id of a field row, within the transaction applying the actions. */
export async function fieldIdOf(trx: Transaction<DB>, objectId: number, apiName: string): Promise<number> {
  const row = await trx
    .selectFrom('meta_fields')
    .select('id')
    .where('object_id', '=', objectId)
    .where('api_name', '=', apiName)
    .executeTakeFirstOrThrow();
  return row.id;
}
