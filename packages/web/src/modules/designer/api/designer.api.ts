import { api } from '../../../api/client.ts';
import type { FieldDefinition, FieldType, Labels, ObjectDefinition } from '../../records/api/objects.api.ts';

/** What creating an object takes. */
export interface NewObject {
  apiName: string;
  label: Labels;
  /** The name of several records where it differs from the label (English only: Chinese has no plural). */
  pluralLabel?: Partial<Labels>;
  icon?: string | null;
}

/** The properties of a field that can be set when creating or changing it. */
export interface FieldProperties {
  label: Labels;
  required: boolean;
  unique: boolean;
  defaultValue: unknown;
  helpText: Labels | null;
  options: Record<string, unknown>;
}

const objectPath = (object: string) => `/objects/${encodeURIComponent(object)}`;
const fieldPath = (object: string, field: string) =>
  `${objectPath(object)}/fields/${encodeURIComponent(field)}`;

/** The metadata API: objects and fields. */
export const designerApi = {
  createObject: (body: NewObject) => api.post<ObjectDefinition>('/objects', body),
  updateObject: (object: string, body: { nameField?: string | null }) =>
    api.patch<ObjectDefinition>(objectPath(object), body),
  deleteObject: (object: string) => api.delete(objectPath(object)),
  createField: (object: string, body: FieldProperties & { apiName: string; type: FieldType }) =>
    api.post<FieldDefinition>(`${objectPath(object)}/fields`, body),
  updateField: (object: string, field: string, body: Partial<FieldProperties>) =>
    api.patch<FieldDefinition>(fieldPath(object, field), body),
  deleteField: (object: string, field: string) => api.delete(fieldPath(object, field)),
};
