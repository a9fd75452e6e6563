import { type Expression, type Kysely, type SqlBool, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import type { Viewer } from '../../http/access.ts';
import { viewerScope } from '../../platform/permissions/data-scope.ts';

/** Whose opportunities a report covers, besides the viewer's data scope. */
export interface OwnerFilter {
  ownerId?: number | undefined;
  /** A department and every department below it. */
  departmentId?: number | undefined;
}

/**
 * The predicates on an owner column that every sales report applies: the viewer's read scope on
 * opportunities (a rep: their own; a manager: their department tree) as SQL, then the report's own owner
 * and department filters, which can only narrow it. A department that does not exist is a 400.
 */
export async function ownerPredicates(
  db: Kysely<DB>,
  viewer: Viewer,
  ownerColumn: string,
  filter: OwnerFilter,
): Promise<Array<Expression<SqlBool>>> {
  const owner = sql.ref(ownerColumn);
  const predicates: Array<Expression<SqlBool>> = [];
  const scope = viewerScope(viewer, 'opportunity', 'read', ownerColumn);
  if (scope) predicates.push(scope);
  if (filter.ownerId !== undefined) predicates.push(sql<SqlBool>`${owner} = ${filter.ownerId}`);
  if (filter.departmentId !== undefined) {
    const department = await db
      .selectFrom('departments')
      .select('path')
      .where('id', '=', filter.departmentId)
      .executeTakeFirst();
    if (!department) {
      throw new AppError(400, 'report.unknown_department', {}, [
        { field: 'departmentId', code: 'report.unknown_department' },
      ]);
    }
    predicates.push(
      sql<SqlBool>`${owner} in (select report_u.id from users report_u inner join departments report_d on report_d.id = report_u.department_id where report_d.path like ${`${department.path}%`})`,
    );
  }
  return predicates;
}
