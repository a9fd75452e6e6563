import { describe, expect, it } from 'vitest';
import { operatorLabelKey, operatorsFor } from './field-operators.ts';
import { buildFilter, filterRowsOf, isCompleteFilter } from './filter-condition.ts';

describe('filter rows', () => {
  it('read back what the bar builds, lists included', () => {
    const condition = {
      and: [
        { field: 'region', op: 'in' as const, value: ['310000', '330000'] },
        { field: 'source', op: 'eq' as const, value: 'website' },
        { field: 'email', op: 'isEmpty' as const },
      ],
    };
    const rows = filterRowsOf(condition);
    expect(rows).toEqual([
      { field: 'region', op: 'in', value: ['310000', '330000'] },
      { field: 'source', op: 'eq', value: 'website' },
      { field: 'email', op: 'isEmpty' },
    ]);
    expect(JSON.parse(buildFilter(rows ?? []) ?? 'null')).toEqual(condition);
  });

  it('give null for what the rows cannot show, so callers keep it', () => {
    expect(filterRowsOf({ or: [{ field: 'source', op: 'eq', value: 'website' }] })).toBeNull();
    expect(filterRowsOf({ field: 'createdAt', op: 'eq', value: { relative: 'thisMonth' } })).toBeNull();
    expect(filterRowsOf({ field: 'amount', op: 'between', value: [1, 2] })).toBeNull();
    expect(filterRowsOf(null)).toEqual([]);
  });

  it('are complete with a value of the operator’s shape only', () => {
    expect(isCompleteFilter({ field: 'region', op: 'in', value: [] })).toBe(false);
    expect(isCompleteFilter({ field: 'region', op: 'in', value: ['330000'] })).toBe(true);
    expect(isCompleteFilter({ field: 'region', op: 'eq', value: ['330000'] })).toBe(false);
    expect(isCompleteFilter({ field: 'region', op: 'in', value: '330000' })).toBe(false);
    expect(isCompleteFilter({ field: 'email', op: 'isEmpty' })).toBe(true);
  });
});

describe('region operators', () => {
  it('say "within", as the server reads them', () => {
    expect(operatorsFor('region')).toEqual(['eq', 'ne', 'in', 'notIn', 'isEmpty', 'isNotEmpty']);
    expect(operatorsFor('region').map((op) => operatorLabelKey('region', op))).toEqual([
      'within',
      'notWithin',
      'withinAny',
      'notWithinAny',
      'isEmpty',
      'isNotEmpty',
    ]);
    expect(operatorLabelKey('select', 'eq')).toBe('eq');
  });
});
