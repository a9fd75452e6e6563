import { PLATFORM_OBJECTS, SALES_OBJECTS } from '@lodestar/shared';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

/** One object a role can grant permissions on, as the role editor shows it. */
export interface CatalogObject {
  name: string;
  group: 'sales' | 'platform';
  /** Fields whose access a role can set. Empty while the object's fields are not known to the server. */
  fields: Array<{ name: string }>;
}

/**
 * Fields of platform objects that field access can hide or make read-only. The names are the keys of the
 * object's API output, so the presenter can redact them directly.
 */
const PLATFORM_FIELDS: Partial<Record<(typeof PLATFORM_OBJECTS)[number], string[]>> = {
  user: [
    'username',
    'name',
    'email',
    'phone',
    'department',
    'manager',
    'status',
    'locale',
    'roles',
    'lastLoginAt',
  ],
};

/**
 * Every object permissions can be granted on: the built-in sales objects and the platform objects. The
 * metadata registry will add custom objects and the fields of sales objects; callers already await this so
 * that it can read them from the database.
 */
export async function listPermissionObjects(_db: Kysely<DB>): Promise<CatalogObject[]> {
  return [
    ...SALES_OBJECTS.map((name): CatalogObject => ({ name, group: 'sales', fields: [] })),
    ...PLATFORM_OBJECTS.map(
      (name): CatalogObject => ({
        name,
        group: 'platform',
        fields: (PLATFORM_FIELDS[name] ?? []).map((field) => ({ name: field })),
      }),
    ),
  ];
}
