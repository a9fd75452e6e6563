import { sql } from 'kysely';
import { invalidFields } from '../../errors.ts';
import { type PendingWrite, registerRecordBehaviour } from '../../records/record-behaviour.ts';
import './catalogue.messages.ts';
import { columnOf } from './record-columns.ts';

/**
 * At most one live price list is the default (the one a new quote prices from): making a second one the
 * default, or restoring a deleted default while another is, is a 422 naming the current default.
 */
async function refuseSecondDefault(write: PendingWrite): Promise<void> {
  if (write.kind === 'delete' || write.values.isDefault !== true) return;
  if (write.kind === 'update' && !write.given.has('isDefault')) return;
  const { context } = write;
  const current = await write.trx
    .selectFrom(sql.table(context.object.tableName).as('l'))
    .select(sql<string>`${sql.ref(columnOf(context, 'name'))}`.as('name'))
    .where(sql<boolean>`${sql.ref(columnOf(context, 'isDefault'))} = ${true}`)
    .where(sql<boolean>`l.deleted_at is null`)
    .where(sql<boolean>`l.id <> ${write.id ?? 0}`)
    .executeTakeFirst();
  if (current) {
    throw invalidFields([
      { field: 'isDefault', code: 'priceList.default_taken', params: { name: String(current.name) } },
    ]);
  }
}

registerRecordBehaviour('priceList', { beforeWrite: refuseSecondDefault });
