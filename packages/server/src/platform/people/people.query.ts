import { type Kysely, type SqlBool, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { escapeLike } from '../users/user.repository.ts';
import type { Person } from './people.schemas.ts';

/**
 * Colleagues as any signed-in user may know them — name, username, department, whether active — to name a
 * record's owner and to pick a user for a field. No contact details: those stay behind `user` read.
 * Active people first, by name; `ids` narrows to those people (active or not).
 */
export async function findPeople(
  db: Kysely<DB>,
  criteria: { q?: string | undefined; ids?: number[] | undefined; limit: number },
): Promise<Person[]> {
  let query = db
    .selectFrom('users')
    .leftJoin('departments', 'departments.id', 'users.department_id')
    .select([
      'users.id as id',
      'users.name as name',
      'users.username as username',
      'departments.name as departmentName',
      'users.status as status',
    ]);
  if (criteria.ids) query = query.where('users.id', 'in', criteria.ids);
  else query = query.where('users.status', '=', 'active');
  if (criteria.q) {
    const pattern = `%${escapeLike(criteria.q.toLowerCase())}%`;
    query = query.where(
      sql<SqlBool>`(lower(users.name) like ${pattern} escape '\\' or lower(users.username) like ${pattern} escape '\\')`,
    );
  }
  const rows = await query.orderBy('users.name').orderBy('users.id').limit(criteria.limit).execute();
  return rows.map((row) => ({
    id: Number(row.id),
    name: row.name,
    username: row.username,
    departmentName: row.departmentName ?? null,
    active: row.status === 'active',
  }));
}
