import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { announceViewerChange } from '../auth/viewer-version.ts';
import { loadRoleGrants } from '../permissions/load-permissions.ts';
import type { RoleGrants } from '../permissions/permission-set.ts';

type Db = Kysely<DB> | Transaction<DB>;

/** A role row with the number of users holding it. */
export interface RoleRow {
  id: number;
  key: string | null;
  name: string;
  description: string | null;
  is_admin: boolean | number;
  created_at: string;
  updated_at: string;
  user_count: number;
}

/** The permission matrix of one role: what `role_permissions` and `role_field_permissions` hold. */
export type RoleMatrix = Pick<RoleGrants, 'scopes' | 'fields'>;

function selectRoles(db: Db) {
  return db
    .selectFrom('roles')
    .select((eb) => [
      'roles.id',
      'roles.key',
      'roles.name',
      'roles.description',
      'roles.is_admin',
      'roles.created_at',
      'roles.updated_at',
      eb
        .selectFrom('user_roles')
        .select(eb.fn.countAll().as('n'))
        .whereRef('user_roles.role_id', '=', 'roles.id')
        .as('user_count'),
    ]);
}

function toRoleRow(row: Omit<RoleRow, 'user_count'> & { user_count: unknown }): RoleRow {
  return { ...row, user_count: Number(row.user_count ?? 0) };
}

/** Every role, built-in ones first, then in creation order. */
export async function listRoles(db: Db): Promise<RoleRow[]> {
  const rows = await selectRoles(db).orderBy('roles.id').execute();
  return rows.map(toRoleRow);
}

/**
 * Locks a role's row for the rest of the transaction (a no-op update: every dialect takes a write lock for
 * it), so that concurrent replacements of its matrix run one after the other instead of interleaving their
 * deletes and inserts. Returns false when the role does not exist.
 */
export async function lockRole(trx: Transaction<DB>, id: number): Promise<boolean> {
  const result = await trx
    .updateTable('roles')
    .set((eb) => ({ updated_at: eb.ref('updated_at') }))
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function findRoleById(db: Db, id: number): Promise<RoleRow | undefined> {
  const row = await selectRoles(db).where('roles.id', '=', id).executeTakeFirst();
  return row && toRoleRow(row);
}

/** Whether another role already carries this name. */
export async function isRoleNameTaken(db: Db, name: string, exceptId?: number): Promise<boolean> {
  let query = db.selectFrom('roles').select('id').where('name', '=', name);
  if (exceptId !== undefined) query = query.where('id', '!=', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

/** The stored matrix of a role (empty for the admin role, which grants through its flag). */
export async function loadRoleMatrix(db: Db, roleId: number): Promise<RoleMatrix> {
  const [grants] = await loadRoleGrants(db, [roleId]);
  return { scopes: grants?.scopes ?? {}, fields: grants?.fields ?? {} };
}

export async function insertRole(
  trx: Transaction<DB>,
  values: { name: string; description: string | null; now: string },
): Promise<number> {
  const { id } = await trx
    .insertInto('roles')
    .values({
      key: null,
      name: values.name,
      description: values.description,
      is_admin: false,
      created_at: values.now,
      updated_at: values.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function updateRoleRow(
  trx: Transaction<DB>,
  id: number,
  patch: { name?: string; description?: string | null; updated_at: string },
): Promise<void> {
  await trx.updateTable('roles').set(patch).where('id', '=', id).execute();
  await announceViewerChange(trx);
}

/** Replaces every permission row of a role with the given matrix. */
export async function replaceRoleMatrix(trx: Transaction<DB>, roleId: number, matrix: RoleMatrix) {
  await trx.deleteFrom('role_permissions').where('role_id', '=', roleId).execute();
  await trx.deleteFrom('role_field_permissions').where('role_id', '=', roleId).execute();
  const scopeRows = Object.entries(matrix.scopes).flatMap(([object, actions]) =>
    Object.entries(actions).map(([action, scope]) => ({ role_id: roleId, object, action, scope })),
  );
  const fieldRows = Object.entries(matrix.fields).flatMap(([object, fields]) =>
    Object.entries(fields).map(([field, access]) => ({ role_id: roleId, object, field, access })),
  );
  for (const chunk of chunks(scopeRows)) await trx.insertInto('role_permissions').values(chunk).execute();
  for (const chunk of chunks(fieldRows))
    await trx.insertInto('role_field_permissions').values(chunk).execute();
  await announceViewerChange(trx);
}

export async function countRoleHolders(db: Db, roleId: number): Promise<number> {
  const row = await db
    .selectFrom('user_roles')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('role_id', '=', roleId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Deletes a role; its permission rows go with it (foreign keys cascade). */
export async function deleteRoleRow(trx: Transaction<DB>, id: number): Promise<void> {
  await trx.deleteFrom('roles').where('id', '=', id).execute();
  await announceViewerChange(trx);
}

/** SQLite caps bound parameters per statement; 200 rows of 4 columns stays well below every limit. */
function chunks<T>(rows: T[], size = 200): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < rows.length; i += size) result.push(rows.slice(i, i + size));
  return result;
}
