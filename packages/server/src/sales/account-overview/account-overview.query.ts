import { Decimal } from '@lodestar/shared';
import { type SqlBool, sql } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { Viewer } from '../../http/access.ts';
import { metadataRegistryOf } from '../../metadata/metadata-registry.ts';
import { scopePredicate } from '../../platform/permissions/data-scope.ts';
import { selectRecord } from '../../records/record.repository.ts';
import { recordContext } from '../../records/record-context.ts';
import { recordNotFound, scopeWhere } from '../../records/record-scope.ts';
import { aggregateOfAccount, fieldColumn, latestOfAccount } from './account-overview.repository.ts';
import type { AccountOverview } from './account-overview.schemas.ts';

/** Contracts whose amounts count as business with the account. */
const CONTRACTS_IN_FORCE = ['approved', 'signed', 'completed'];

const yuan = (fen: bigint) => Decimal.fromUnits(fen, 2).toString();

/**
 * The key figures of an account's 360° view, each over the records the viewer may read (a rep's figures
 * cover their own opportunities and contracts): open and won opportunities (count, amount), contracts in
 * force (amount, received, receivable, from the contract's own fields), open tickets, contacts, the latest
 * follow-up. 404 when the viewer may not read the account.
 */
export async function readAccountOverview(
  database: Database,
  viewer: Viewer,
  accountId: number,
): Promise<AccountOverview> {
  const accounts = await recordContext(database, 'account', viewer);
  const account = await selectRecord(
    database.db,
    accounts.object.tableName,
    accountId,
    scopeWhere(accounts, 'read', 'live'),
  );
  if (!account) throw recordNotFound();
  const snapshot = await metadataRegistryOf(database).snapshot();
  const readable = (object: string) => {
    const meta = snapshot.object(object);
    const scope = viewer.permissions.scope(object, 'read');
    return meta && scope ? { object: meta, scope: scopePredicate(viewer, scope, 'x.owner_id') } : null;
  };
  const base = { accountId };
  const db = database.db;

  const contacts = readable('contact');
  const opportunities = readable('opportunity');
  const contracts = readable('contract');
  const tickets = readable('ticket');
  const followUps = readable('followUp');

  const statusIs = (meta: NonNullable<typeof opportunities>['object'], values: string[]) =>
    sql<SqlBool>`${fieldColumn(meta, 'status')} in (${sql.join(values)})`;
  const open = opportunities
    ? await aggregateOfAccount(db, {
        ...opportunities,
        ...base,
        where: sql<SqlBool>`(${fieldColumn(opportunities.object, 'status')} is null or ${statusIs(opportunities.object, ['open'])})`,
        sums: ['amount'],
      })
    : null;
  const won = opportunities
    ? await aggregateOfAccount(db, {
        ...opportunities,
        ...base,
        where: statusIs(opportunities.object, ['won']),
        sums: ['amount'],
      })
    : null;
  const inForce = contracts
    ? await aggregateOfAccount(db, {
        ...contracts,
        ...base,
        where: statusIs(contracts.object, CONTRACTS_IN_FORCE),
        sums: ['amount', 'receivedAmount', 'receivableAmount'],
      })
    : null;
  const openTickets = tickets
    ? await aggregateOfAccount(db, {
        ...tickets,
        ...base,
        where: sql<SqlBool>`(${fieldColumn(tickets.object, 'status')} is null or ${fieldColumn(tickets.object, 'status')} in ('open', 'inProgress'))`,
        sums: [],
      })
    : null;
  const contactCount = contacts ? await aggregateOfAccount(db, { ...contacts, ...base, sums: [] }) : null;
  const ownerId = account.owner_id == null ? null : Number(account.owner_id);
  const owner =
    ownerId === null
      ? undefined
      : await db.selectFrom('users').select(['id', 'name']).where('id', '=', ownerId).executeTakeFirst();
  return {
    accountId,
    owner: owner ? { id: Number(owner.id), name: owner.name } : null,
    contacts: contactCount ? { count: contactCount.count } : null,
    openOpportunities: open ? { count: open.count, amount: yuan(open.sums[0] ?? 0n) } : null,
    wonOpportunities: won ? { count: won.count, amount: yuan(won.sums[0] ?? 0n) } : null,
    contracts: inForce
      ? {
          count: inForce.count,
          amount: yuan(inForce.sums[0] ?? 0n),
          received: yuan(inForce.sums[1] ?? 0n),
          receivable: yuan(inForce.sums[2] ?? 0n),
        }
      : null,
    openTickets: openTickets ? { count: openTickets.count } : null,
    lastFollowUpAt: followUps
      ? await latestOfAccount(db, { ...followUps, ...base, field: 'occurredAt' })
      : null,
  };
}
