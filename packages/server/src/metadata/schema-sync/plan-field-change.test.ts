import { describe, expect, it } from 'vitest';
import type { FieldType } from '../field-types/index.ts';
import type { FieldMeta } from '../metadata-model.ts';
import { planFieldChange } from './plan-field-change.ts';

const object = { id: 1, apiName: 'expense', tableName: 'obj_expense' };
const context = {
  dialect: 'sqlite' as const,
  tableOf: (name: string) => (name === 'account' ? 'obj_account' : undefined),
};
const title: FieldMeta = {
  id: 5,
  objectId: 1,
  apiName: 'title',
  columnName: 'cf_title',
  type: 'text',
  labels: { 'zh-CN': '标题', en: 'Title' },
  required: false,
  unique: false,
  defaultValue: null,
  helpText: null,
  options: { maxLength: 255 },
  position: 0,
  isCustom: true,
};
const { id: _id, objectId: _objectId, ...draft } = title;

describe('planFieldChange', () => {
  it('adds a nullable column, then the unique index when asked', () => {
    expect(planFieldChange(object, null, { ...draft, unique: true }, context).map((a) => a.kind)).toEqual([
      'addColumn',
      'createUniqueIndex',
    ]);
  });

  it('points a lookup column at its target table', () => {
    const [add] = planFieldChange(
      object,
      null,
      {
        ...draft,
        type: 'lookup',
        columnName: 'cf_client_id',
        options: { target: 'account', onDelete: 'setNull' },
      },
      context,
    );
    expect(add).toMatchObject({
      kind: 'addColumn',
      column: { references: { table: 'obj_account', onDelete: 'set null' } },
    });
  });

  it('drops the unique index before the column', () => {
    expect(planFieldChange(object, { ...title, unique: true }, null, context).map((a) => a.kind)).toEqual([
      'dropUniqueIndex',
      'dropColumn',
    ]);
  });

  it('changes labels and required as metadata only, and nothing when nothing changed', () => {
    const actions = planFieldChange(
      object,
      title,
      { ...draft, labels: { 'zh-CN': '事由', en: 'Purpose' }, required: true },
      context,
    );
    expect(actions).toEqual([
      {
        kind: 'updateFieldMetadata',
        object,
        field: title,
        changes: { labels: { 'zh-CN': '事由', en: 'Purpose' }, required: true },
      },
    ]);
    expect(planFieldChange(object, title, draft, context)).toEqual([]);
  });

  it('refuses a type change, naming whether it would lose data', () => {
    expect(() => planFieldChange(object, title, { ...draft, type: 'number' }, context)).toThrow(
      'field.type_change_loses_data',
    );
    expect(() => planFieldChange(object, { ...title, type: 'phone' }, draft, context)).toThrow(
      'field.type_change_not_supported',
    );
  });

  it('refuses types that are not available yet', () => {
    expect(() => planFieldChange(object, null, { ...draft, type: 'unknown' as FieldType }, context)).toThrow(
      'common.invalid_fields',
    );
  });

  it('adds and drops a formula field as metadata only, with no column', () => {
    const formula = {
      ...draft,
      type: 'formula' as const,
      options: { expression: '1 + 1', resultType: 'number' },
    };
    expect(planFieldChange(object, null, formula, context).map((a) => a.kind)).toEqual(['addComputedField']);
    expect(planFieldChange(object, { ...title, ...formula }, null, context).map((a) => a.kind)).toEqual([
      'dropComputedField',
    ]);
  });
});
