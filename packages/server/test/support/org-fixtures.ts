import type { Kysely } from 'kysely';
import type { DB } from '../../src/db/schema.ts';
import { generateToken, hashPassword, sha256 } from '../../src/platform/auth/secrets.ts';
import { insertUser as insertUserRow, newUserValues } from '../../src/platform/users/user.repository.ts';

/**
 * Organisation fixtures written straight to the database (departments, users, role assignments, API
 * keys), for tests that need people in place before they exercise an endpoint.
 */

export const FIXTURE_PASSWORD = 'fixture-Password-1';

let fixtureHash: Promise<string> | undefined;

/** Inserts a department under `parentId` (or at the root) and returns its id and materialised path. */
export async function insertDepartment(
  db: Kysely<DB>,
  name: string,
  parentId: number | null = null,
): Promise<{ id: number; path: string }> {
  const now = new Date().toISOString();
  const parent =
    parentId == null
      ? null
      : await db
          .selectFrom('departments')
          .select('path')
          .where('id', '=', parentId)
          .executeTakeFirstOrThrow();
  const { id } = await db
    .insertInto('departments')
    .values({
      name,
      parent_id: parentId,
      path: '/',
      sort_order: 0,
      head_user_id: null,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const path = `${parent?.path ?? '/'}${id}/`;
  await db.updateTable('departments').set({ path }).where('id', '=', id).execute();
  return { id, path };
}

/** Inserts an active user holding the given roles (by key or id); the password is `FIXTURE_PASSWORD`. */
export async function insertUser(
  db: Kysely<DB>,
  props: {
    username: string;
    name?: string;
    email?: string | null;
    departmentId?: number | null;
    managerId?: number | null;
    roles?: Array<string | number>;
  },
): Promise<number> {
  fixtureHash ??= hashPassword(FIXTURE_PASSWORD);
  const id = await insertUserRow(
    db,
    newUserValues({
      username: props.username,
      name: props.name ?? props.username,
      email: props.email,
      departmentId: props.departmentId,
      managerId: props.managerId,
      passwordHash: await fixtureHash,
    }),
  );
  for (const role of props.roles ?? []) {
    const roleId = typeof role === 'number' ? role : await roleIdByKey(db, role);
    await db.insertInto('user_roles').values({ user_id: id, role_id: roleId }).execute();
  }
  return id;
}

export async function roleIdByKey(db: Kysely<DB>, key: string): Promise<number> {
  const row = await db.selectFrom('roles').select('id').where('key', '=', key).executeTakeFirstOrThrow();
  return row.id;
}

/** Inserts an API key for a user and returns the secret to send as `Authorization: Bearer …`. */
export async function insertApiKey(
  db: Kysely<DB>,
  userId: number,
  scopes: string[],
  extra: { expiresAt?: string | null; revokedAt?: string | null } = {},
): Promise<string> {
  const key = `ldk_${generateToken()}`;
  await db
    .insertInto('api_keys')
    .values({
      user_id: userId,
      name: `fixture ${scopes.join('+')}`,
      prefix: key.slice(0, 8),
      key_hash: sha256(key),
      scopes: JSON.stringify(scopes),
      expires_at: extra.expiresAt ?? null,
      revoked_at: extra.revokedAt ?? null,
      last_used_at: null,
      created_at: new Date().toISOString(),
      created_by: userId,
    })
    .execute();
  return key;
}
