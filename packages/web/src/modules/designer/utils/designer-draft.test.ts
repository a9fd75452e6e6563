import { describe, expect, it } from 'vitest';
import type { Layout } from '../../records/api/layout.api.ts';
import type { FieldDefinition, ObjectDefinition } from '../../records/api/objects.api.ts';
import {
  changedProperties,
  draftFromObject,
  insertField,
  isDirty,
  isRemovable,
  layoutOfDraft,
  moveField,
  newDraftField,
  removeField,
  removeSection,
} from './designer-draft.ts';

const field = (apiName: string, type: FieldDefinition['type'] = 'text'): FieldDefinition => ({
  apiName,
  type,
  label: { 'zh-CN': apiName, en: apiName },
  required: false,
  unique: false,
  defaultValue: null,
  helpText: null,
  options: {},
  position: 0,
  isCustom: true,
  managed: false,
});

const OBJECT: ObjectDefinition = {
  apiName: 'expense',
  label: { 'zh-CN': '费用报销', en: 'Expense claim' },
  pluralLabel: { 'zh-CN': '费用报销', en: 'Expense claims' },
  icon: null,
  nameField: null,
  isCustom: true,
  fields: [field('title'), field('amount', 'currency'), field('notes', 'longText')],
};

const LAYOUT: Layout = {
  sections: [
    {
      key: 'main',
      label: { 'zh-CN': '基本信息', en: 'Details' },
      columns: 2,
      roleIds: null,
      fields: [
        { field: 'title', span: 1 },
        { field: 'amount', span: 1 },
      ],
    },
    {
      key: 'more',
      label: { 'zh-CN': '其他', en: 'More' },
      columns: 1,
      roleIds: [2],
      fields: [{ field: 'notes', span: 2 }],
    },
  ],
};

describe('designer draft', () => {
  it('lets new and custom fields be removed, never built-in ones', () => {
    const builtIn = draftFromObject(
      { ...OBJECT, fields: [{ ...field('title'), isCustom: false }, field('amount', 'currency')] },
      LAYOUT,
    );
    expect(isRemovable(builtIn.fields['f:title']!)).toBe(false);
    expect(isRemovable(builtIn.fields['f:amount']!)).toBe(true);
    expect(isRemovable(newDraftField('text', { 'zh-CN': '新字段', en: 'New field' }))).toBe(true);
  });

  it('round-trips a saved layout unchanged and is not dirty', () => {
    const draft = draftFromObject(OBJECT, LAYOUT);
    expect(layoutOfDraft(draft)).toEqual(LAYOUT);
    expect(isDirty(draft, draftFromObject(OBJECT, LAYOUT))).toBe(false);
  });

  it('moves a field within a section and into another one', () => {
    const draft = draftFromObject(OBJECT, LAYOUT);
    const reordered = moveField(draft, 'f:amount', 'main', 0);
    expect(layoutOfDraft(reordered).sections[0]!.fields.map((p) => p.field)).toEqual(['amount', 'title']);
    const moved = moveField(draft, 'f:title', 'more', 99);
    expect(layoutOfDraft(moved).sections.map((s) => s.fields.map((p) => p.field))).toEqual([
      ['amount'],
      ['notes', 'title'],
    ]);
    expect(isDirty(moved, draft)).toBe(true);
  });

  it('adds a new field before another one, with its api name in the layout once named', () => {
    const draft = draftFromObject(OBJECT, LAYOUT);
    const added = newDraftField('select', { 'zh-CN': '单选', en: 'Select' });
    expect(added.options).toEqual({ choices: [] });
    const next = insertField(draft, { ...added, apiName: 'category' }, 'main', 'f:amount');
    expect(layoutOfDraft(next).sections[0]!.fields.map((p) => p.field)).toEqual([
      'title',
      'category',
      'amount',
    ]);
    expect(isDirty(next, draft)).toBe(true);
  });

  it('remembers a removed saved field for deletion, and forgets a removed new one', () => {
    const draft = draftFromObject(OBJECT, LAYOUT);
    const removed = removeField(draft, 'f:notes');
    expect(removed.removed.map((f) => f.apiName)).toEqual(['notes']);
    expect(layoutOfDraft(removed).sections[1]!.fields).toEqual([]);
    const added = insertField(draft, newDraftField('text', { 'zh-CN': '文本', en: 'Text' }), 'main');
    const newId = layoutOfDraft(added).sections[0]!.fields[2]!.field;
    expect(removeField(added, newId).removed).toEqual([]);
  });

  it('moves the fields of a deleted section to the first remaining one', () => {
    const draft = removeSection(draftFromObject(OBJECT, LAYOUT), 'more');
    expect(layoutOfDraft(draft).sections.map((s) => s.fields.map((p) => p.field))).toEqual([
      ['title', 'amount', 'notes'],
    ]);
  });

  it('lists only the properties that changed', () => {
    const draft = draftFromObject(OBJECT, LAYOUT);
    const title = draft.fields['f:title']!;
    expect(changedProperties(title)).toEqual({});
    expect(changedProperties({ ...title, required: true, label: { 'zh-CN': '事由', en: 'title' } })).toEqual({
      required: true,
      label: { 'zh-CN': '事由', en: 'title' },
    });
  });
});
