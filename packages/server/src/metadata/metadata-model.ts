import type { FieldType, JsonValue } from './field-types/index.ts';

/** A text in both product languages. */
export interface Labels {
  'zh-CN': string;
  en: string;
}

/** A field as the registry knows it. */
export interface FieldMeta {
  id: number;
  objectId: number;
  apiName: string;
  columnName: string;
  type: FieldType;
  labels: Labels;
  required: boolean;
  unique: boolean;
  defaultValue: JsonValue | null;
  helpText: Labels | null;
  /** Options validated by the type module. */
  options: Record<string, unknown>;
  position: number;
  isCustom: boolean;
}

/** An object with its fields in position order. */
export interface ObjectMeta {
  id: number;
  apiName: string;
  tableName: string;
  labels: Labels;
  /**
   * The name of several records (English "Leads") in the languages where it differs from `labels`; a
   * language without one uses the label (Chinese has no plural). See `pluralLabelsOf`.
   */
  pluralLabels: Partial<Labels>;
  icon: string | null;
  nameField: string | null;
  isCustom: boolean;
  fields: FieldMeta[];
}

/** The name of several records of `object` in every language, the label where no plural was given. */
export function pluralLabelsOf(object: Pick<ObjectMeta, 'labels' | 'pluralLabels'>): Labels {
  return {
    'zh-CN': object.pluralLabels['zh-CN'] ?? object.labels['zh-CN'],
    en: object.pluralLabels.en ?? object.labels.en,
  };
}

/** A field before it exists: what a create or an update asks for. */
export type FieldDraft = Omit<FieldMeta, 'id' | 'objectId'>;

/** An object before it exists. */
export type ObjectDraft = Omit<ObjectMeta, 'id' | 'fields'>;
