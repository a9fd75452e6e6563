import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { generatePassword, hashPassword } from '../auth/secrets.ts';
import type { DemoContext } from './demo-context.ts';
import { DEMO_USERS, loadDemoOrganisation } from './demo-organisation.ts';

/** Setting written when the demo data was loaded; its presence makes loading a no-op. */
export const DEMO_LOADED_SETTING = 'demo.loadedAt';

/**
 * The demo domains in load order; each adds its records through the shared context. A later domain (customers,
 * opportunities, …) appends its loader here and may use the ids the earlier ones recorded.
 */
const DEMO_DOMAINS: Array<(ctx: DemoContext) => Promise<void>> = [loadDemoOrganisation];

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
 * Loads the demo company (organisation today; CRM records as they arrive) in one transaction, once per
 * database: when the `demo.loadedAt` setting exists it does nothing. The records are the same on every load;
 * only the password differs when none is given.
 */
export async function loadDemoData(
  db: Kysely<DB>,
  options: { password?: string | undefined } = {},
): Promise<DemoLoadResult> {
  if (await isDemoLoaded(db)) return { loaded: false };
  const password = options.password ?? generatePassword();
  const passwordHash = await hashPassword(password);
  const now = new Date().toISOString();
  const actor = { userId: null };
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
        departmentIds: new Map(),
        departmentPaths: new Map(),
        userIds: new Map(),
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
