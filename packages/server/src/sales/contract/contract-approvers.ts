import { type DataScope, widerScope } from '@lodestar/shared';
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { toBool } from '../../db/schema.ts';
import type { Viewer } from '../../http/access.ts';
import { scopeCovers } from '../../platform/permissions/data-scope.ts';

interface Candidate {
  userId: number;
  departmentId: number | null;
  departmentPath: string | null;
  admin: boolean;
  scope: DataScope | null;
}

/**
 * Who may approve a contract owned by `ownerId`: active users holding `approve` on contracts with a data scope
 * covering the owner. Those granted it by a role are preferred; administrators are asked only when nobody
 * else can decide, so that every approval request reaches someone without flooding administrators.
 */
export async function contractApprovers(
  trx: Transaction<DB>,
  ownerId: number | null,
  exceptUserId: number | null,
): Promise<number[]> {
  const owner =
    ownerId === null
      ? undefined
      : await trx
          .selectFrom('users as u')
          .leftJoin('departments as d', 'd.id', 'u.department_id')
          .select(['u.department_id', 'd.path'])
          .where('u.id', '=', ownerId)
          .executeTakeFirst();
  const rows = await trx
    .selectFrom('users as u')
    .innerJoin('user_roles as ur', 'ur.user_id', 'u.id')
    .innerJoin('roles as r', 'r.id', 'ur.role_id')
    .leftJoin('role_permissions as rp', (join) =>
      join.onRef('rp.role_id', '=', 'r.id').on('rp.object', '=', 'contract').on('rp.action', '=', 'approve'),
    )
    .leftJoin('departments as d', 'd.id', 'u.department_id')
    .select(['u.id', 'u.department_id', 'd.path', 'r.is_admin', 'rp.scope'])
    .where('u.status', '=', 'active')
    .execute();
  const candidates = new Map<number, Candidate>();
  for (const row of rows) {
    const userId = Number(row.id);
    const current = candidates.get(userId) ?? {
      userId,
      departmentId: row.department_id == null ? null : Number(row.department_id),
      departmentPath: row.path ?? null,
      admin: false,
      scope: null,
    };
    current.admin ||= toBool(row.is_admin);
    current.scope = widerScope(current.scope, (row.scope as DataScope | null) ?? null);
    candidates.set(userId, current);
  }
  const ownerFacts = {
    userId: ownerId,
    departmentId: owner?.department_id == null ? null : Number(owner.department_id),
    departmentPath: owner?.path ?? null,
  };
  const covers = (candidate: Candidate) =>
    candidate.scope !== null &&
    // scopeCovers reads only the deciding user's id and department.
    scopeCovers(candidate as unknown as Viewer, candidate.scope, ownerFacts);
  const others = [...candidates.values()].filter((c) => c.userId !== exceptUserId);
  const granted = others.filter((c) => !c.admin && covers(c));
  const chosen = granted.length > 0 ? granted : others.filter((c) => c.admin);
  return chosen.map((c) => c.userId).sort((a, b) => a - b);
}
