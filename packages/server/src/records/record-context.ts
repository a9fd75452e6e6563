import type { Database } from '../db/database.ts';
import { notFound } from '../errors.ts';
import type { Viewer } from '../http/access.ts';
import { conditionSchemaFor } from '../metadata/condition-schema-for.ts';
import { fieldTypeModule } from '../metadata/field-types/index.ts';
import type { FieldMeta, ObjectMeta } from '../metadata/metadata-model.ts';
import { metadataRegistryOf } from '../metadata/metadata-registry.ts';
import type { ConditionSchema } from './conditions/condition-schema.ts';
import './records.messages.ts';

/** Everything a records operation needs: the database, the object's metadata and who acts. */
export interface RecordContext {
  database: Database;
  object: ObjectMeta;
  viewer: Viewer;
  /** The condition language's view of the metadata: only fields the viewer may see, with value encoders. */
  conditionSchema: ConditionSchema;
}

/** The context for `objectApiName`, or a 404 when no such object exists. */
export async function recordContext(
  database: Database,
  objectApiName: string,
  viewer: Viewer,
): Promise<RecordContext> {
  const snapshot = await metadataRegistryOf(database).snapshot();
  const object = snapshot.object(objectApiName);
  if (!object) throw notFound('object.not_found', { object: objectApiName });
  const full = conditionSchemaFor(snapshot);
  const conditionSchema: ConditionSchema = (apiName) => {
    const target = full(apiName);
    if (!target) return undefined;
    const metaFields = snapshot.object(apiName)?.fields ?? [];
    const fields = Object.fromEntries(
      Object.entries(target.fields)
        .filter(([field]) => viewer.permissions.fieldAccess(apiName, field) !== 'hidden')
        .map(([name, field]) => {
          const meta = metaFields.find((f) => f.apiName === name);
          const encode = meta && fieldTypeModule(meta.type)?.encodeConditionValue;
          return [
            name,
            encode ? { ...field, encodeValue: (value: unknown) => encode(value, meta.options) } : field,
          ];
        }),
    );
    return { ...target, fields };
  };
  return { database, object, viewer, conditionSchema };
}

/** The fields of the context's object that the viewer may see. */
export function visibleFields(context: RecordContext): FieldMeta[] {
  return context.object.fields.filter(
    (field) => context.viewer.permissions.fieldAccess(context.object.apiName, field.apiName) !== 'hidden',
  );
}
