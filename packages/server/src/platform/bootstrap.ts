import type { Action, BuiltInRole, DataScope } from '@lodestar/shared';
import { CATALOGUE_OBJECTS, SALES_OBJECTS } from '@lodestar/shared';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { generatePassword, hashPassword } from './auth/secrets.ts';
import { insertUser, newUserValues } from './users/user.repository.ts';

type Grants = Array<[object: string, actions: Action[], scope: DataScope]>;
/** Fields a role may not see or only read, by default (every other field: read and write). */
type FieldAccessDefaults = Array<[object: string, field: string, access: 'hidden' | 'read']>;

const RECORD_OBJECTS = SALES_OBJECTS.filter((o) => !(CATALOGUE_OBJECTS as readonly string[]).includes(o));

/** The built-in roles and what they grant. The admin role grants everything through `is_admin`. */
export const DEFAULT_ROLES: Record<
  BuiltInRole,
  { name: string; description: string; isAdmin: boolean; grants: Grants; fields?: FieldAccessDefaults }
> = {
  admin: {
    name: '系统管理员',
    description: 'System administrator: every object, every action',
    isAdmin: true,
    grants: [],
  },
  salesManager: {
    name: '销售经理',
    description: 'Sales manager: records of their department and below',
    isAdmin: false,
    grants: [
      ...RECORD_OBJECTS.map((o): Grants[number] => [
        o,
        ['read', 'create', 'update', 'delete', 'export', 'import', 'assign'],
        'departmentAndBelow',
      ]),
      ['contract', ['approve'], 'departmentAndBelow'],
      ['quote', ['approve'], 'departmentAndBelow'],
      ...CATALOGUE_OBJECTS.map((o): Grants[number] => [o, ['read'], 'all']),
      ['user', ['read'], 'departmentAndBelow'],
      ['department', ['read'], 'all'],
    ],
  },
  salesRep: {
    name: '销售',
    description: 'Sales rep: own records',
    isAdmin: false,
    grants: [
      ...RECORD_OBJECTS.map((o): Grants[number] => [o, ['read', 'create', 'update', 'export'], 'own']),
      ['task', ['delete'], 'own'],
      ['followUp', ['delete'], 'own'],
      ...CATALOGUE_OBJECTS.map((o): Grants[number] => [o, ['read'], 'all']),
      ['department', ['read'], 'all'],
    ],
    // A rep quotes from list prices; the purchase cost (and so the margin) is for managers.
    fields: [['product', 'cost', 'hidden']],
  },
};

/** Creates any missing built-in role with its default grants; existing roles are left as admins edited them. */
export async function ensureDefaultRoles(db: Kysely<DB>): Promise<void> {
  const now = new Date().toISOString();
  for (const [key, role] of Object.entries(DEFAULT_ROLES)) {
    const existing = await db.selectFrom('roles').select('id').where('key', '=', key).executeTakeFirst();
    if (existing) continue;
    await db.transaction().execute(async (trx) => {
      const { id } = await trx
        .insertInto('roles')
        .values({
          key,
          name: role.name,
          description: role.description,
          is_admin: role.isAdmin,
          created_at: now,
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const rows = role.grants.flatMap(([object, actions, scope]) =>
        actions.map((action) => ({ role_id: id, object, action, scope })),
      );
      if (rows.length) await trx.insertInto('role_permissions').values(rows).execute();
      const fields = (role.fields ?? []).map(([object, field, access]) => ({
        role_id: id,
        object,
        field,
        access,
      }));
      if (fields.length) await trx.insertInto('role_field_permissions').values(fields).execute();
    });
  }
}

/**
 * Creates the `admin` user when no user named admin exists. Returns the generated password when none was
 * given (to be printed once), else null.
 */
export async function ensureAdminUser(
  db: Kysely<DB>,
  password: string | undefined,
): Promise<{ created: boolean; generatedPassword: string | null }> {
  const existing = await db
    .selectFrom('users')
    .select('id')
    .where('username', '=', 'admin')
    .executeTakeFirst();
  if (existing) return { created: false, generatedPassword: null };
  const generated = password ? null : generatePassword();
  const hash = await hashPassword(password ?? generated!);
  await db.transaction().execute(async (trx) => {
    const id = await insertUser(
      trx,
      newUserValues({ username: 'admin', name: '系统管理员', passwordHash: hash }),
    );
    const role = await trx
      .selectFrom('roles')
      .select('id')
      .where('key', '=', 'admin')
      .executeTakeFirstOrThrow();
    await trx.insertInto('user_roles').values({ user_id: id, role_id: role.id }).execute();
  });
  return { created: true, generatedPassword: generated };
}
