import type { Layout, LayoutSection } from '../../records/api/layout.api.ts';
import type { FieldDefinition, FieldType, Labels, ObjectDefinition } from '../../records/api/objects.api.ts';
import type { FieldProperties } from '../api/designer.api.ts';
import { fieldTypeInfo } from './field-type-catalog.tsx';
import { previewField } from './preview-field.ts';

/** A field on the designer's canvas: an existing one (maybe changed) or a new one. */
export interface DraftField extends FieldProperties {
  /** Stable id on the canvas: `f:<apiName>` for existing fields, `n:<counter>` for new ones. */
  id: string;
  apiName: string;
  type: FieldType;
  /** The field as saved; absent for a new field. */
  saved?: FieldDefinition;
}

/** A section on the canvas: its placements refer to draft field ids. */
export interface DraftSection extends Omit<LayoutSection, 'fields'> {
  items: Array<{ id: string; span: 1 | 2 }>;
}

/** Everything the designer edits before saving. */
export interface DesignerDraft {
  fields: Record<string, DraftField>;
  sections: DraftSection[];
  /** Saved fields taken off the canvas: deleted (with their data) on save. */
  removed: FieldDefinition[];
}

let counter = 0;
/** A fresh id for something new on the canvas. */
export const newId = (prefix: string) => `${prefix}${Date.now().toString(36)}${(counter++).toString(36)}`;

function draftOf(field: FieldDefinition): DraftField {
  return {
    id: `f:${field.apiName}`,
    apiName: field.apiName,
    type: field.type,
    label: field.label,
    required: field.required,
    unique: field.unique,
    defaultValue: field.defaultValue,
    helpText: field.helpText,
    options: field.options,
    saved: field,
  };
}

/** Whether a field may be taken off the object: new ones and custom ones; built-in fields stay. */
export function isRemovable(field: DraftField): boolean {
  return !field.saved || field.saved.isCustom;
}

/** The draft of an object as saved: its fields and its layout (every section). */
export function draftFromObject(object: ObjectDefinition, layout: Layout): DesignerDraft {
  const fields = Object.fromEntries(object.fields.map((field) => [`f:${field.apiName}`, draftOf(field)]));
  const sections = layout.sections.map(({ fields: placements, ...section }) => ({
    ...section,
    items: placements
      .filter((placement) => `f:${placement.field}` in fields)
      .map((placement) => ({ id: `f:${placement.field}`, span: placement.span })),
  }));
  return { fields, sections, removed: [] };
}

/** A new field of `type` with empty labels and the type's starting options. */
export function newDraftField(type: FieldType, labels: Labels): DraftField {
  return {
    id: newId('n:'),
    apiName: '',
    type,
    label: labels,
    required: false,
    unique: false,
    defaultValue: null,
    helpText: null,
    options: fieldTypeInfo(type).initialOptions(),
  };
}

/** A new empty section. */
export function newDraftSection(label: Labels): DraftSection {
  return { key: newId('s'), label, columns: 2, roleIds: null, items: [] };
}

/** The section holding a canvas item (field id) or named by a `section:<key>` drop target. */
export function sectionKeyOf(draft: DesignerDraft, id: string): string | undefined {
  if (id.startsWith('section:')) return id.slice('section:'.length);
  return draft.sections.find((section) => section.items.some((item) => item.id === id))?.key;
}

/** Replaces one section. */
export function updateSection(
  draft: DesignerDraft,
  key: string,
  change: (section: DraftSection) => DraftSection,
): DesignerDraft {
  return {
    ...draft,
    sections: draft.sections.map((section) => (section.key === key ? change(section) : section)),
  };
}

/** Puts `field` into section `key` before the item `beforeId` (at the end without it). */
export function insertField(
  draft: DesignerDraft,
  field: DraftField,
  key: string,
  beforeId?: string,
): DesignerDraft {
  const withField = { ...draft, fields: { ...draft.fields, [field.id]: field } };
  const span: 1 | 2 = field.type === 'longText' || field.type === 'attachment' ? 2 : 1;
  return updateSection(withField, key, (section) => {
    const items = [...section.items];
    const at = beforeId ? items.findIndex((item) => item.id === beforeId) : -1;
    items.splice(at < 0 ? items.length : at, 0, { id: field.id, span });
    return { ...section, items };
  });
}

/** Moves a field on the canvas to section `key`, at `index` of that section. */
export function moveField(draft: DesignerDraft, id: string, key: string, index: number): DesignerDraft {
  const item = draft.sections.flatMap((section) => section.items).find((entry) => entry.id === id);
  if (!item) return draft;
  const sections = draft.sections.map((section) => ({
    ...section,
    items: section.items.filter((entry) => entry.id !== id),
  }));
  return {
    ...draft,
    sections: sections.map((section) => {
      if (section.key !== key) return section;
      const items = [...section.items];
      items.splice(Math.max(0, Math.min(index, items.length)), 0, item);
      return { ...section, items };
    }),
  };
}

/** Takes a field off the canvas; a saved one is remembered for deletion. */
export function removeField(draft: DesignerDraft, id: string): DesignerDraft {
  const field = draft.fields[id];
  const { [id]: _gone, ...fields } = draft.fields;
  return {
    fields,
    sections: draft.sections.map((section) => ({
      ...section,
      items: section.items.filter((item) => item.id !== id),
    })),
    removed: field?.saved ? [...draft.removed, field.saved] : draft.removed,
  };
}

/** Removes a section; its fields move to the first remaining section. */
export function removeSection(draft: DesignerDraft, key: string): DesignerDraft {
  const gone = draft.sections.find((section) => section.key === key);
  const rest = draft.sections.filter((section) => section.key !== key);
  if (!gone || rest.length === 0) return draft;
  const [first, ...others] = rest;
  return { ...draft, sections: [{ ...first!, items: [...first!.items, ...gone.items] }, ...others] };
}

/** The layout the draft describes, by api name. */
export function layoutOfDraft(draft: DesignerDraft): Layout {
  return {
    sections: draft.sections.map(({ items, ...section }) => ({
      ...section,
      fields: items.map((item) => ({ field: draft.fields[item.id]?.apiName || item.id, span: item.span })),
    })),
  };
}

/** The object as it will be once the draft is saved (for the preview). */
export function previewObject(object: ObjectDefinition, draft: DesignerDraft): ObjectDefinition {
  const order = draft.sections.flatMap((section) => section.items.map((item) => item.id));
  return {
    ...object,
    fields: order.flatMap((id, position) => {
      const field = draft.fields[id];
      if (!field) return [];
      return [previewField(field, position)];
    }),
  };
}

const PROPERTY_KEYS = ['label', 'required', 'unique', 'defaultValue', 'helpText', 'options'] as const;

/** The properties of a saved field that the draft changed (empty when none). */
export function changedProperties(field: DraftField): Partial<FieldProperties> {
  if (!field.saved) return {};
  const saved: FieldProperties = {
    label: field.saved.label,
    required: field.saved.required,
    unique: field.saved.unique,
    defaultValue: field.saved.defaultValue,
    helpText: field.saved.helpText,
    options: field.saved.options,
  };
  const changes: Partial<FieldProperties> = {};
  for (const key of PROPERTY_KEYS) {
    if (JSON.stringify(saved[key] ?? null) !== JSON.stringify(field[key] ?? null)) {
      (changes as Record<string, unknown>)[key] = field[key];
    }
  }
  return changes;
}

/** Whether the draft differs from what is saved. */
export function isDirty(draft: DesignerDraft, saved: DesignerDraft): boolean {
  if (draft.removed.length) return true;
  const fields = Object.values(draft.fields);
  if (fields.some((field) => !field.saved || Object.keys(changedProperties(field)).length > 0)) return true;
  return JSON.stringify(layoutOfDraft(draft)) !== JSON.stringify(layoutOfDraft(saved));
}
