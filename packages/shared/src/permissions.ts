/**
 * The permission vocabulary shared by server and web.
 *
 * A role grants, per object and action, a data scope; and per object and field, an access level.
 * Union rule for a user holding several roles: for each (object, action) the widest scope wins;
 * for each field the most permissive access wins among the roles that can read the object.
 */
/**
 * `approve` decides on a record awaiting approval (a contract pending approval, a quote's discount); the
 * approval engine will route it, and until then whoever holds it may approve or reject.
 */
export const ACTIONS = [
  'read',
  'create',
  'update',
  'delete',
  'export',
  'import',
  'assign',
  'approve',
] as const;
export type Action = (typeof ACTIONS)[number];

/** Ordered from narrowest to widest. */
export const DATA_SCOPES = ['own', 'department', 'departmentAndBelow', 'all'] as const;
export type DataScope = (typeof DATA_SCOPES)[number];

/** Ordered from least to most permissive. */
export const FIELD_ACCESS = ['hidden', 'read', 'write'] as const;
export type FieldAccess = (typeof FIELD_ACCESS)[number];

export function widerScope(a: DataScope | null, b: DataScope | null): DataScope | null {
  if (a === null) return b;
  if (b === null) return a;
  return DATA_SCOPES.indexOf(a) >= DATA_SCOPES.indexOf(b) ? a : b;
}

export function widerAccess(a: FieldAccess, b: FieldAccess): FieldAccess {
  return FIELD_ACCESS.indexOf(a) >= FIELD_ACCESS.indexOf(b) ? a : b;
}

/** Platform objects: administered through settings, guarded by the same model. */
export const PLATFORM_OBJECTS = ['user', 'department', 'role', 'apiKey', 'auditLog', 'setting'] as const;

/** Business objects (built-in metadata objects; custom objects join them at runtime). */
export const SALES_OBJECTS = [
  'lead',
  'account',
  'contact',
  'opportunity',
  'product',
  'priceList',
  'quote',
  'contract',
  'paymentPlan',
  'payment',
  'ticket',
  'task',
  'followUp',
  'pipeline',
  'pipelineStage',
] as const;

/** Business objects every user reads and administrators maintain: the catalogue and the sales process. */
export const CATALOGUE_OBJECTS = ['product', 'priceList', 'pipeline', 'pipelineStage'] as const;

export const KNOWN_OBJECTS = [...SALES_OBJECTS, ...PLATFORM_OBJECTS] as const;

/** Built-in role keys. */
export const BUILT_IN_ROLES = ['admin', 'salesManager', 'salesRep'] as const;
export type BuiltInRole = (typeof BUILT_IN_ROLES)[number];
