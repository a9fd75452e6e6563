import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { generatePassword, hashPassword } from '../auth/secrets.ts';
import type { DemoContext } from './demo-context.ts';
import { DEMO_DEPARTMENTS, DEMO_USERS, loadDemoOrganisation } from './demo-organisation.ts';

/** Setting written when the demo data was loaded; its presence makes loading a no-op. */
export const DEMO_LOADED_SETTING = 'demo.loadedAt';

/**
 * The demo domains written in the organisation's transaction, in load order; each adds its rows through the
 * shared context and may use the ids the earlier ones recorded.
 */
const DEMO_DOMAINS: Array<(ctx: DemoContext) => Promise<void>> = [loadDemoOrganisation];

/** The demo organisation as the steps after it see it: who is who, and the moment the load started. */
export interface DemoOrganisation {
  /** The load's "now": steps write their history in the months before it. */
  now: Date;
  /** User ids by username. */
  userIds: ReadonlyMap<string, number>;
  /** Department ids by demo key. */
  departmentIds: ReadonlyMap<string, number>;
}

/**
 * A demo step that runs once the organisation is committed — the CRM records of the sales features, which
 * are written through the same commands the API uses, each in its own transaction. Features register their
 * steps (see `SALES_DEMO_STEPS`) and whoever loads the demo passes them in.
 */
export type DemoStep = (database: Database, organisation: DemoOrganisation) => Promise<void>;

export type DemoLoadResult =
  | { loaded: false }
  | {
      loaded: true;
      usernames: string[];
      password: string;
      /** True when the password was generated (and must be shown once). */
      passwordGenerated: boolean;
    };

/**
 * Loads the demo company once per database: the organisation (departments, users, roles) in one transaction
 * that also writes the `demo.loadedAt` setting — when that setting exists it does nothing — then each of
 * `steps` in turn (the CRM records). The records are the same on every load, relative to its moment; only the
 * password differs when none is given. A step that fails leaves the organisation and the steps before it.
 */
export async function loadDemoData(
  database: Database,
  options: { password?: string | undefined; steps?: readonly DemoStep[] } = {},
): Promise<DemoLoadResult> {
  const db = database.db;
  if (await isDemoLoaded(db)) return { loaded: false };
  const password = options.password ?? generatePassword();
  const passwordHash = await hashPassword(password);
  const moment = new Date();
  const now = moment.toISOString();
  const actor = { userId: null };
  const userIds = new Map<string, number>();
  const departmentIds = new Map<string, number>();
  try {
    await db.transaction().execute(async (trx) => {
      // Written first: a concurrent loader collides on the key and rolls back whole.
      await trx
        .insertInto('settings')
        .values({ key: DEMO_LOADED_SETTING, value: JSON.stringify(now), updated_at: now, updated_by: null })
        .execute();
      const ctx: DemoContext = {
        trx,
        now,
        actor,
        passwordHash,
        departmentIds,
        departmentPaths: new Map(),
        userIds,
      };
      for (const load of DEMO_DOMAINS) await load(ctx);
      await recordAudit(trx, actor, {
        action: 'create',
        entityType: 'setting',
        entityId: DEMO_LOADED_SETTING,
        changes: { value: [null, now] },
      });
    });
  } catch (err) {
    if (await isDemoLoaded(db)) return { loaded: false };
    throw err;
  }
  const organisation = { now: moment, userIds, departmentIds };
  for (const step of options.steps ?? []) await step(database, organisation);
  return {
    loaded: true,
    usernames: DEMO_USERS.map((u) => u.username),
    password,
    passwordGenerated: options.password === undefined,
  };
}

async function isDemoLoaded(db: Kysely<DB>): Promise<boolean> {
  const row = await db
    .selectFrom('settings')
    .select('key')
    .where('key', '=', DEMO_LOADED_SETTING)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * The demo organisation as a database holds it (for work on top of a loaded demo, such as scale data), or
 * null when the demo was not loaded there.
 */
export async function readDemoOrganisation(db: Kysely<DB>): Promise<DemoOrganisation | null> {
  const loaded = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', DEMO_LOADED_SETTING)
    .executeTakeFirst();
  if (!loaded) return null;
  const users = await db
    .selectFrom('users')
    .select(['id', 'username'])
    .where(
      'username',
      'in',
      DEMO_USERS.map((u) => u.username),
    )
    .execute();
  const heads = new Map(users.map((u) => [u.username, u.id]));
  const departments = await db.selectFrom('departments').select(['id', 'name']).execute();
  const departmentIds = new Map<string, number>();
  for (const dept of DEMO_DEPARTMENTS) {
    const found = departments.find((d) => d.name === dept.name);
    if (found) departmentIds.set(dept.key, found.id);
  }
  return { now: new Date(JSON.parse(loaded.value) as string), userIds: heads, departmentIds };
}
