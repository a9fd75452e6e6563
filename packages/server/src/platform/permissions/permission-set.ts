import {
  ACTIONS,
  type Action,
  type DataScope,
  type FieldAccess,
  widerAccess,
  widerScope,
} from '@lodestar/shared';

export interface RoleGrants {
  isAdmin: boolean;
  /** object → action → scope */
  scopes: Record<string, Partial<Record<Action, DataScope>>>;
  /** object → field → access (fields absent are `write` when the role may update the object, else `read`) */
  fields: Record<string, Record<string, FieldAccess>>;
}

/**
 * The effective permissions of a user: the union of their roles.
 * - Data scope per (object, action): the widest scope any role grants; none when no role grants it.
 * - Field access per (object, field): the most permissive access among roles that can read the object, so a
 *   field hidden by one role and shown by another is shown.
 */
export class PermissionSet {
  constructor(readonly roles: RoleGrants[]) {}

  get isAdmin(): boolean {
    return this.roles.some((r) => r.isAdmin);
  }

  /** The widest data scope granted for the action, or null when not granted. */
  scope(object: string, action: Action): DataScope | null {
    let result: DataScope | null = null;
    for (const role of this.roles) {
      if (role.isAdmin) return 'all';
      result = widerScope(result, role.scopes[object]?.[action] ?? null);
    }
    return result;
  }

  can(object: string, action: Action): boolean {
    return this.scope(object, action) !== null;
  }

  /** Effective access to one field of an object. */
  fieldAccess(object: string, field: string): FieldAccess {
    let result: FieldAccess = 'hidden';
    for (const role of this.roles) {
      if (role.isAdmin) return 'write';
      if (!role.scopes[object]?.read) continue;
      const explicit = role.fields[object]?.[field];
      const access: FieldAccess = explicit ?? (role.scopes[object]?.update ? 'write' : 'read');
      result = widerAccess(result, access);
      if (result === 'write') break;
    }
    return result;
  }

  /** object → action → scope for the given objects: what the UI may offer. */
  summarize(objects: readonly string[]): Record<string, Partial<Record<Action, DataScope>>> {
    const result: Record<string, Partial<Record<Action, DataScope>>> = {};
    for (const object of objects) {
      const granted: Partial<Record<Action, DataScope>> = {};
      for (const action of ACTIONS) {
        const scope = this.scope(object, action);
        if (scope) granted[action] = scope;
      }
      if (Object.keys(granted).length) result[object] = granted;
    }
    return result;
  }
}
