import { ACTIONS, type Action, type DataScope } from '@lodestar/shared';
import type { CatalogObject } from '../permissions/permission-catalog.ts';
import { unknownMatrixEntries } from './role.errors.ts';
import type { RoleMatrix } from './role.repository.ts';

/**
 * Checks a matrix against the permission catalog: every object must be one the catalog lists, and every
 * field must be one of the object's fields when the catalog knows them (always for metadata objects). Throws a 400 naming each offender.
 */
export function assertMatrixKnown(matrix: RoleMatrix, catalog: CatalogObject[]): void {
  const objects = new Map(catalog.map((o) => [o.name, o]));
  const problems: Array<{ field: string; code: string; params: Record<string, unknown> }> = [];
  for (const object of Object.keys(matrix.scopes)) {
    if (!objects.has(object))
      problems.push({
        field: `permissions.${object}`,
        code: 'permission.unknown_object',
        params: { object },
      });
  }
  for (const [object, fields] of Object.entries(matrix.fields)) {
    const known = objects.get(object);
    if (!known) {
      problems.push({ field: `fields.${object}`, code: 'permission.unknown_object', params: { object } });
      continue;
    }
    // Objects defined in metadata (they carry a label) know all their fields, even when they have none.
    if (known.fields.length === 0 && !known.label) continue;
    const names = new Set(known.fields.map((f) => f.name));
    for (const field of Object.keys(fields)) {
      if (!names.has(field))
        problems.push({
          field: `fields.${object}.${field}`,
          code: 'permission.unknown_field',
          params: { object, field },
        });
    }
  }
  if (problems.length) throw unknownMatrixEntries(problems);
}

/** Every action on every object with scope `all`: what the admin role grants, written out. */
export function fullAccessMatrix(objects: readonly string[]): RoleMatrix {
  const all = Object.fromEntries(ACTIONS.map((a) => [a, 'all'])) as Record<Action, DataScope>;
  return { scopes: Object.fromEntries(objects.map((o) => [o, { ...all }])), fields: {} };
}

/**
 * The entries that differ between two matrices, for the audit log: `{ "permissions.lead.read": ["own",
 * "all"], "fields.user.email": [null, "hidden"] }` (null where an entry is absent).
 */
export function diffRoleMatrix(before: RoleMatrix, after: RoleMatrix): Record<string, [unknown, unknown]> {
  return {
    ...diffNested('permissions', before.scopes, after.scopes),
    ...diffNested('fields', before.fields, after.fields),
  };
}

function diffNested(
  prefix: string,
  before: Record<string, Record<string, string | undefined>>,
  after: Record<string, Record<string, string | undefined>>,
): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  const objects = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const object of [...objects].sort()) {
    const keys = new Set([...Object.keys(before[object] ?? {}), ...Object.keys(after[object] ?? {})]);
    for (const key of [...keys].sort()) {
      const old = before[object]?.[key] ?? null;
      const now = after[object]?.[key] ?? null;
      if (old !== now) changes[`${prefix}.${object}.${key}`] = [old, now];
    }
  }
  return changes;
}
