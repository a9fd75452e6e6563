import { PLATFORM_OBJECTS, SALES_OBJECTS } from '@lodestar/shared';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { loadAllObjects } from '../../metadata/metadata.repository.ts';
import type { Labels } from '../../metadata/metadata-model.ts';

/** One object a role can grant permissions on, as the role editor shows it. */
export interface CatalogObject {
  name: string;
  group: 'sales' | 'platform';
  /** Present on objects defined in metadata: their display name in both languages. */
  label?: Labels;
  /** True for objects created by an administrator rather than shipped with the product. */
  isCustom?: boolean;
  /** Fields whose access a role can set. Empty while the object's fields are not known to the server. */
  fields: Array<{ name: string; label?: Labels }>;
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
 * Every object permissions can be granted on: each object of the metadata (built-in sales objects and
 * custom objects, with their fields) and the platform objects. Built-in sales objects not yet in the
 * metadata are still listed, without fields. Read from the database rather than the cached registry so a
 * permission change never validates against metadata another instance has since changed.
 */
export async function listPermissionObjects(db: Kysely<DB>): Promise<CatalogObject[]> {
  const metadata = await loadAllObjects(db);
  const byApiName = new Map(metadata.map((object) => [object.apiName, object]));
  const builtIn = SALES_OBJECTS.map((name): CatalogObject => {
    const object = byApiName.get(name);
    if (!object) return { name, group: 'sales', fields: [] };
    return {
      name,
      group: 'sales',
      label: object.labels,
      fields: object.fields.map((field) => ({ name: field.apiName, label: field.labels })),
    };
  });
  const builtInNames = new Set<string>(SALES_OBJECTS);
  const custom = metadata
    .filter((object) => !builtInNames.has(object.apiName))
    .map(
      (object): CatalogObject => ({
        name: object.apiName,
        group: 'sales',
        label: object.labels,
        isCustom: true,
        fields: object.fields.map((field) => ({ name: field.apiName, label: field.labels })),
      }),
    );
  return [
    ...builtIn,
    ...custom,
    ...PLATFORM_OBJECTS.map(
      (name): CatalogObject => ({
        name,
        group: 'platform',
        fields: (PLATFORM_FIELDS[name] ?? []).map((field) => ({ name: field })),
      }),
    ),
  ];
}
