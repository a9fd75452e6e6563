import type { Department } from '../api/departments.api.ts';

/** A department with its sub-departments, in display order. */
export interface DepartmentNode extends Department {
  children: DepartmentNode[];
}

/** Builds the tree from the flat list; a department whose parent is missing becomes a root. */
export function buildDepartmentTree(departments: Department[]): DepartmentNode[] {
  const nodes = new Map<number, DepartmentNode>();
  for (const department of departments) nodes.set(department.id, { ...department, children: [] });
  const roots: DepartmentNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId === null ? undefined : nodes.get(node.parentId);
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const sort = (list: DepartmentNode[]) => {
    list.sort((a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, 'zh-CN'));
    for (const node of list) sort(node.children);
  };
  sort(roots);
  return roots;
}

/** Ids of a department and everything below it (it cannot be moved under any of them). */
export function subtreeIds(departments: Department[], id: number): Set<number> {
  const ids = new Set<number>([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const department of departments) {
      if (department.parentId !== null && ids.has(department.parentId) && !ids.has(department.id)) {
        ids.add(department.id);
        grew = true;
      }
    }
  }
  return ids;
}

/** Users in a department and all departments below it. */
export function totalUserCount(node: DepartmentNode): number {
  return node.userCount + node.children.reduce((sum, child) => sum + totalUserCount(child), 0);
}
