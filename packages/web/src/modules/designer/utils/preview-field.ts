import type { FieldDefinition } from '../../records/api/objects.api.ts';
import type { DraftField } from './designer-draft.ts';

/** A draft field as a field definition, for the record widgets (preview, default value). */
export function previewField(field: DraftField, position = 0): FieldDefinition {
  return {
    apiName: field.apiName || field.id,
    type: field.type,
    label: field.label,
    required: field.required,
    unique: field.unique,
    defaultValue: field.defaultValue,
    helpText: field.helpText,
    options: field.options,
    position,
    isCustom: true,
    managed: false,
  };
}
