import type { Kysely } from 'kysely';
import type { DialectName } from '../../db/database.ts';
import type { ConditionSchema } from './condition-schema.ts';
import type { RecordValues } from './evaluate-condition.ts';

/**
 * Two related objects for tests of the condition language: deals with a lookup to accounts, and accounts
 * with a lookup to their parent account (so paths of any depth can be tried). Tables are created with the
 * storage conventions of each dialect (dates as text or date, datetimes as text or timestamptz, booleans
 * as 0/1 or boolean).
 */

export interface AccountRow {
  id: number;
  name: string | null;
  region: string | null;
  revenue: number | null;
  founded_on: string | null;
  parent_id: number | null;
}

export interface DealRow {
  id: number;
  title: string | null;
  amount: number | null;
  stage: string | null;
  close_date: string | null;
  closed_at: string | null;
  is_won: boolean | null;
  account_id: number | null;
  owner_id: number | null;
  /** JSON array text, as multi-valued fields are stored. */
  labels: string | null;
  /** A region code (province, city or district). */
  place: string | null;
}

export interface ConditionTestTables {
  cond_accounts: AccountRow;
  cond_deals: DealRow;
}

export const testSchema: ConditionSchema = (object) => TEST_OBJECTS[object];

const TEST_OBJECTS: Record<string, ReturnType<ConditionSchema>> = {
  deal: {
    table: 'cond_deals',
    fields: {
      title: { column: 'title', type: 'text' },
      amount: { column: 'amount', type: 'number' },
      stage: { column: 'stage', type: 'select' },
      closeDate: { column: 'close_date', type: 'date' },
      closedAt: { column: 'closed_at', type: 'datetime' },
      won: { column: 'is_won', type: 'boolean' },
      account: { column: 'account_id', type: 'lookup', target: 'account' },
      owner: { column: 'owner_id', type: 'user' },
      labels: { column: 'labels', type: 'multiSelect' },
      place: { column: 'place', type: 'region' },
    },
  },
  account: {
    table: 'cond_accounts',
    fields: {
      name: { column: 'name', type: 'text' },
      region: { column: 'region', type: 'select' },
      revenue: { column: 'revenue', type: 'number' },
      foundedOn: { column: 'founded_on', type: 'date' },
      parent: { column: 'parent_id', type: 'lookup', target: 'account' },
    },
  },
};

/** Creates the two tables (without foreign keys: a lookup may point at a record that is gone). */
export async function createConditionTestTables(db: Kysely<ConditionTestTables>, dialect: DialectName) {
  const isPg = dialect === 'postgres';
  await db.schema
    .createTable('cond_accounts')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('name', 'text')
    .addColumn('region', 'text')
    .addColumn('revenue', 'numeric')
    .addColumn('founded_on', isPg ? 'date' : 'text')
    .addColumn('parent_id', 'integer')
    .execute();
  await db.schema
    .createTable('cond_deals')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('title', 'text')
    .addColumn('amount', 'numeric')
    .addColumn('stage', 'text')
    .addColumn('close_date', isPg ? 'date' : 'text')
    .addColumn('closed_at', isPg ? 'timestamptz' : 'text')
    .addColumn('is_won', isPg ? 'boolean' : 'integer')
    .addColumn('account_id', 'integer')
    .addColumn('owner_id', 'integer')
    .addColumn('labels', 'text')
    .addColumn('place', 'text')
    .execute();
}

/** Replaces the rows of both tables. */
export async function replaceConditionTestRows(
  db: Kysely<ConditionTestTables>,
  accounts: AccountRow[],
  deals: DealRow[],
) {
  await db.deleteFrom('cond_deals').execute();
  await db.deleteFrom('cond_accounts').execute();
  if (accounts.length > 0) await db.insertInto('cond_accounts').values(accounts).execute();
  if (deals.length > 0) await db.insertInto('cond_deals').values(deals).execute();
}

/** A deal row as the records API presents it (field values by api name). */
export function dealRecord(row: DealRow): RecordValues {
  return {
    title: row.title,
    amount: row.amount,
    stage: row.stage,
    closeDate: row.close_date,
    closedAt: row.closed_at,
    won: row.is_won,
    account: row.account_id,
    owner: row.owner_id,
    labels: row.labels ? (JSON.parse(row.labels) as string[]) : [],
    place: row.place,
  };
}

/** An account row as the records API presents it. */
export function accountRecord(row: AccountRow): RecordValues {
  return {
    name: row.name,
    region: row.region,
    revenue: row.revenue,
    foundedOn: row.founded_on,
    parent: row.parent_id,
  };
}

/** A `resolveLookup` over in-memory accounts. */
export function accountResolver(accounts: AccountRow[]) {
  const byId = new Map(accounts.map((row) => [row.id, accountRecord(row)]));
  return (_object: string, id: number) => byId.get(id);
}
