import type { DepartmentViewRow } from './department.repository.ts';
import type { DepartmentOutput } from './department.schemas.ts';

/** The API shape of a department. */
export function presentDepartment(row: DepartmentViewRow): DepartmentOutput {
  return {
    id: row.id,
    name: row.name,
    parentId: row.parent_id,
    path: row.path,
    sortOrder: row.sort_order,
    headUser: row.head_user_id != null ? { id: row.head_user_id, name: row.head_user_name ?? '' } : null,
    userCount: row.user_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/**
 * Orders departments depth-first: each parent before its children, siblings by sort order, then name,
 * then id — the order a tree view shows them in, so a client can build the tree in one pass.
 */
export function orderAsTree<
  T extends { id: number; parentId: number | null; sortOrder: number; name: string },
>(departments: T[]): T[] {
  const children = new Map<number | null, T[]>();
  const ids = new Set(departments.map((d) => d.id));
  for (const department of departments) {
    // A parent that is not in the list (it cannot happen with a consistent tree) makes a root, not a loss.
    const parent = department.parentId != null && ids.has(department.parentId) ? department.parentId : null;
    const list = children.get(parent) ?? [];
    list.push(department);
    children.set(parent, list);
  }
  const bySiblingOrder = (a: T, b: T) =>
    a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, 'zh-CN') || a.id - b.id;
  const ordered: T[] = [];
  const visit = (parent: number | null) => {
    for (const department of (children.get(parent) ?? []).sort(bySiblingOrder)) {
      ordered.push(department);
      visit(department.id);
    }
  };
  visit(null);
  return ordered;
}
