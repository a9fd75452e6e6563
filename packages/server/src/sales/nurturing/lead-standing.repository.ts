import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { NurturedLeadTable } from './nurtured-leads.ts';

type AnyDb = Kysely<DB> | Transaction<DB>;
// biome-ignore lint/suspicious/noExplicitAny: record tables are known only from metadata
const dynamic = (db: AnyDb) => db as unknown as Kysely<any>;

/** Where a live lead stands for nurturing: its owner or pool, status, address and whether it opted out. */
export interface LeadStanding {
  id: number;
  name: string;
  ownerId: number | null;
  status: string | null;
  email: string | null;
  /** The pool it waits in (no owner), or null. */
  poolId: number | null;
  optedOut: boolean;
  enrolledIn: number | null;
}

/** The standing of the live leads among `ids` (missing or deleted ones are absent). */
export async function leadStandings(
  db: AnyDb,
  leads: NurturedLeadTable,
  ids: number[],
): Promise<Map<number, LeadStanding>> {
  if (ids.length === 0) return new Map();
  const rows = (await dynamic(db)
    .selectFrom(`${leads.table} as r`)
    .leftJoin('lead_custody as c', 'c.lead_id', 'r.id')
    .leftJoin('nurture_enrolments as e', (join) =>
      join.onRef('e.lead_id', '=', 'r.id').on('e.status', '=', 'active'),
    )
    .select([
      'r.id',
      `r.${leads.name} as name`,
      'r.owner_id',
      `r.${leads.status} as status`,
      `r.${leads.email} as email`,
      'c.pool_id',
      'e.sequence_id',
      (eb) =>
        eb
          .exists(
            eb
              .selectFrom('email_opt_outs as o')
              .select('o.id')
              .where((w) =>
                w.or([
                  w('o.lead_id', '=', w.ref('r.id')),
                  w('o.email', '=', w.fn('lower', [`r.${leads.email}`])),
                ]),
              ),
          )
          .as('opted_out'),
    ])
    .where('r.id', 'in', ids)
    .where('r.deleted_at', 'is', null)
    .execute()) as Array<{
    id: number;
    name: string | null;
    owner_id: number | null;
    status: string | null;
    email: string | null;
    pool_id: number | null;
    sequence_id: number | null;
    opted_out: unknown;
  }>;
  return new Map(
    rows.map((row) => {
      const ownerId = row.owner_id == null ? null : Number(row.owner_id);
      return [
        Number(row.id),
        {
          id: Number(row.id),
          name: row.name ?? `#${row.id}`,
          ownerId,
          status: row.status,
          email: row.email ? row.email : null,
          poolId: ownerId === null && row.pool_id != null ? Number(row.pool_id) : null,
          optedOut: Boolean(Number(row.opted_out)),
          enrolledIn: row.sequence_id == null ? null : Number(row.sequence_id),
        },
      ];
    }),
  );
}

/** The viewer's role in a pool: `manager`, `member`, or null. */
export async function poolRoleOf(
  db: AnyDb,
  poolId: number,
  userId: number,
): Promise<'manager' | 'member' | null> {
  const row = await db
    .selectFrom('lead_pool_members')
    .select('is_manager')
    .where('pool_id', '=', poolId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (!row) return null;
  return row.is_manager === true || Number(row.is_manager) === 1 ? 'manager' : 'member';
}

/** The live leads at an address (given in lower case; matched without regard to case), oldest first. */
export async function leadIdsAtAddress(
  db: AnyDb,
  leads: NurturedLeadTable,
  address: string,
): Promise<number[]> {
  const rows = (await dynamic(db)
    .selectFrom(`${leads.table} as r`)
    .select('r.id')
    .where((eb) => eb(eb.fn('lower', [`r.${leads.email}`]), '=', address))
    .where('r.deleted_at', 'is', null)
    .orderBy('r.id')
    .execute()) as Array<{ id: number | string }>;
  return rows.map((row) => Number(row.id));
}
