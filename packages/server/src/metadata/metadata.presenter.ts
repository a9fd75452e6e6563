import type { z } from 'zod';
import type { FieldSchema, ObjectSchema } from './metadata.schemas.ts';
import type { FieldMeta, ObjectMeta } from './metadata-model.ts';

/** A field as the API shows it. */
export function presentField(field: FieldMeta): z.infer<typeof FieldSchema> {
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
  };
}

/** An object with its fields as the API shows it. */
export function presentObject(object: ObjectMeta): z.infer<typeof ObjectSchema> {
  return {
    apiName: object.apiName,
    label: object.labels,
    icon: object.icon,
    nameField: object.nameField,
    isCustom: object.isCustom,
    fields: object.fields.map(presentField),
  };
}
