import type { Labels, ObjectMeta } from '../metadata-model.ts';

/** One field placed in a section; `span: 2` takes the full width of a two-column section. */
export interface LayoutFieldPlacement {
  field: string;
  span: 1 | 2;
}

/** A titled group of fields on the record page and form. `roleIds: null` shows it to everyone. */
export interface LayoutSection {
  key: string;
  label: Labels;
  columns: 1 | 2;
  roleIds: number[] | null;
  fields: LayoutFieldPlacement[];
}

/** The record layout of an object: its sections in order. */
export interface Layout {
  sections: LayoutSection[];
}

/** Key and labels of the section a default layout consists of. */
export const DEFAULT_SECTION: Omit<LayoutSection, 'fields'> = {
  key: 'main',
  label: { 'zh-CN': '基本信息', en: 'Details' },
  columns: 2,
  roleIds: null,
};

/** Key and labels of the section that collects fields missing from a restricted last section. */
export const MORE_SECTION: Omit<LayoutSection, 'fields'> = {
  key: 'more',
  label: { 'zh-CN': '其他信息', en: 'More' },
  columns: 2,
  roleIds: null,
};

/** Long text reads better across the full width. */
function defaultSpan(type: string): 1 | 2 {
  return type === 'longText' || type === 'attachment' ? 2 : 1;
}

/**
 * The layout to show for `object`: the saved sections without fields that no longer exist, and every field
 * missing from them appended to the last section (when everyone sees it; else to a trailing section), in
 * position order. Without a saved layout: one section with every field in position order.
 */
export function resolveLayout(object: ObjectMeta, saved: LayoutSection[] | undefined): Layout {
  const existing = new Map(object.fields.map((field) => [field.apiName, field]));
  const sections: LayoutSection[] = (saved ?? []).map((section) => ({
    ...section,
    fields: section.fields.filter((placement) => existing.has(placement.field)),
  }));
  const placed = new Set(sections.flatMap((section) => section.fields.map((placement) => placement.field)));
  const missing = object.fields
    .filter((field) => !placed.has(field.apiName))
    .map((field) => ({ field: field.apiName, span: defaultSpan(field.type) }));
  if (sections.length === 0) return { sections: [{ ...DEFAULT_SECTION, fields: missing }] };
  if (missing.length === 0) return { sections };
  const last = sections.at(-1);
  if (last && last.roleIds === null) {
    last.fields = [...last.fields, ...missing];
  } else {
    sections.push({ ...MORE_SECTION, fields: missing });
  }
  return { sections };
}

/** The sections a viewer with `roleIds` may see (every section when `all`). */
export function visibleSections(layout: Layout, roleIds: number[], all: boolean): Layout {
  if (all) return layout;
  const mine = new Set(roleIds);
  return {
    sections: layout.sections.filter((s) => s.roleIds === null || s.roleIds.some((id) => mine.has(id))),
  };
}
