import type { DepartmentTable } from '../../db/schema.ts';

/** The audited fields of a department, named as in the API. */
export function departmentSnapshot(
  row: Pick<DepartmentTable, 'name' | 'parent_id' | 'path' | 'sort_order' | 'head_user_id'>,
) {
  return {
    name: row.name,
    parentId: row.parent_id,
    path: row.path,
    sortOrder: row.sort_order,
    headUserId: row.head_user_id,
  };
}
