import type { z } from 'zod';
import { isManagedField } from './built-in/index.ts';
import type { FieldSchema, ObjectSchema } from './metadata.schemas.ts';
import { type FieldMeta, type ObjectMeta, pluralLabelsOf } from './metadata-model.ts';

/** A field of the object `objectApiName` as the API shows it. */
export function presentField(objectApiName: string, field: FieldMeta): z.infer<typeof FieldSchema> {
  return {
    apiName: field.apiName,
    type: field.type,
    label: field.labels,
    required: field.required,
    unique: field.unique,
    defaultValue: field.defaultValue,
    helpText: field.helpText,
    options: field.options,
    position: field.position,
    isCustom: field.isCustom,
    managed: !field.isCustom && isManagedField(objectApiName, field.apiName),
  };
}

/** An object with its fields as the API shows it. */
export function presentObject(object: ObjectMeta): z.infer<typeof ObjectSchema> {
  return {
    apiName: object.apiName,
    label: object.labels,
    pluralLabel: pluralLabelsOf(object),
    icon: object.icon,
    nameField: object.nameField,
    isCustom: object.isCustom,
    fields: object.fields.map((field) => presentField(object.apiName, field)),
  };
}
