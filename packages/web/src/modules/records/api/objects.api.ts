import type { Locale } from '@lodestar/shared';
import { api } from '../../../api/client.ts';

export type FieldType =
  | 'text'
  | 'longText'
  | 'number'
  | 'currency'
  | 'percent'
  | 'date'
  | 'datetime'
  | 'boolean'
  | 'select'
  | 'multiSelect'
  | 'lookup'
  | 'user'
  | 'phone'
  | 'email'
  | 'url'
  | 'region'
  | 'autoNumber'
  | 'formula'
  | 'attachment'
  | 'tags';

export type Labels = Record<Locale, string>;

/** One choice of a select field. */
export interface FieldChoice {
  value: string;
  label: Labels;
  /** Colour of the choice's tag (`#1677ff`). */
  color?: string;
}

/** A field of an object as the metadata API presents it. */
export interface FieldDefinition {
  apiName: string;
  type: FieldType;
  label: Labels;
  required: boolean;
  unique: boolean;
  defaultValue: unknown;
  helpText: Labels | null;
  options: Record<string, unknown>;
  position: number;
  isCustom: boolean;
  /** Kept by the object's own actions (status, totals, links): shown, never written by forms. */
  managed: boolean;
}

/** An object (built-in or custom) with its fields. */
export interface ObjectDefinition {
  apiName: string;
  label: Labels;
  /** The name of several records (Leads), for lists; the label where the object has no plural. */
  pluralLabel: Labels;
  icon: string | null;
  nameField: string | null;
  isCustom: boolean;
  fields: FieldDefinition[];
}

export const objectsApi = {
  list: () => api.get<{ items: ObjectDefinition[] }>('/objects'),
};

export const OBJECTS_QUERY_KEY = ['objects'] as const;
