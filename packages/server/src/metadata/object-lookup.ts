import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { notFound } from '../errors.ts';
import { findObject } from './metadata.repository.ts';
import type { FieldMeta, ObjectMeta } from './metadata-model.ts';

/** The object named by the path, or a 404. */
export async function requireObject(db: Kysely<DB>, apiName: string): Promise<ObjectMeta> {
  const object = await findObject(db, apiName);
  if (!object) throw notFound('object.not_found', { object: apiName });
  return object;
}

/** The field of `object` named by the path, or a 404. */
export function requireField(object: ObjectMeta, apiName: string): FieldMeta {
  const field = object.fields.find((f) => f.apiName === apiName);
  if (!field) throw notFound('field.not_found', { field: apiName });
  return field;
}
