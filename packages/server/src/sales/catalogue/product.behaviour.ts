import { sql } from 'kysely';
import { invalidFields } from '../../errors.ts';
import { type PendingWrite, registerRecordBehaviour } from '../../records/record-behaviour.ts';
import './catalogue.messages.ts';
import { columnOf } from './record-columns.ts';

/**
 * A product code identifies one live product (price lists, imports and ERP sync refer to it): a create,
 * change or restore that would give two live products the same code is a 422 naming the holder. Codes are
 * compared trimmed and case-insensitively (`ls-pro` and `LS-PRO ` are the same code to a person).
 */
async function refuseTakenCode(write: PendingWrite): Promise<void> {
  if (write.kind === 'delete') return;
  const code = typeof write.values.code === 'string' ? write.values.code.trim() : '';
  if (!code) return;
  if (write.kind === 'update' && !write.given.has('code')) return;
  const { context } = write;
  const codeColumn = sql.ref(columnOf(context, 'code'));
  const holder = await write.trx
    .selectFrom(sql.table(context.object.tableName).as('p'))
    .select([sql<number>`p.id`.as('id'), sql<string>`${sql.ref(columnOf(context, 'name'))}`.as('name')])
    .where(sql<boolean>`lower(trim(${codeColumn})) = ${code.toLowerCase()}`)
    .where(sql<boolean>`p.deleted_at is null`)
    .where(sql<boolean>`p.id <> ${write.id ?? 0}`)
    .executeTakeFirst();
  if (holder) {
    throw invalidFields([
      { field: 'code', code: 'product.code_taken', params: { code, name: String(holder.name) } },
    ]);
  }
}

registerRecordBehaviour('product', { beforeWrite: refuseTakenCode });
