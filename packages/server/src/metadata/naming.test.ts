import { describe, expect, it } from 'vitest';
import { apiNameProblem, columnNameFor, indexNameFor, snakeCase, tableNameFor } from './naming.ts';

describe('metadata naming', () => {
  it('accepts camelCase identifiers up to 40 characters', () => {
    for (const name of ['amount', 'closeDate', 'a', 'field2', `a${'b'.repeat(25)}`]) {
      expect(apiNameProblem(name), name).toBeNull();
    }
  });

  it('refuses anything that is not an identifier, including SQL', () => {
    for (const name of [
      '',
      'Amount',
      '1abc',
      'a b',
      'a_b',
      'a-b',
      'a; drop table x',
      "a'--",
      '金额',
      'a"b',
      'x'.repeat(41),
    ]) {
      expect(apiNameProblem(name), name).toBe('metadata.invalid_api_name');
    }
  });

  it('refuses system field names and reserved words case-insensitively', () => {
    for (const name of [
      'id',
      'version',
      'ownerId',
      'createdAt',
      'deletedAt',
      'select',
      'from',
      'where',
      'order',
      'group',
      'user',
      'table',
      'sELECT',
      'constructor',
    ]) {
      expect(apiNameProblem(name), name).toBe('metadata.reserved_api_name');
    }
  });

  it('refuses names whose derived column would exceed the identifier limit', () => {
    expect(apiNameProblem(`a${'B'.repeat(39)}`)).toBe('metadata.api_name_too_long');
  });

  it('derives table and column names', () => {
    expect(snakeCase('closeDate')).toBe('close_date');
    expect(tableNameFor('followUp')).toBe('obj_follow_up');
    expect(columnNameFor('closeDate', false, false)).toBe('close_date');
    expect(columnNameFor('closeDate', true, false)).toBe('cf_close_date');
    expect(columnNameFor('account', false, true)).toBe('account_id');
    expect(columnNameFor('project', true, true)).toBe('cf_project_id');
  });

  it('keeps index names within the identifier limit', () => {
    expect(indexNameFor('uq', 'obj_expense', 'cf_code')).toBe('uq_obj_expense__cf_code');
    const long = indexNameFor('uq', `obj_${'a'.repeat(40)}`, `cf_${'b'.repeat(40)}`);
    expect(long.length).toBeLessThanOrEqual(60);
    expect(long).toBe(indexNameFor('uq', `obj_${'a'.repeat(40)}`, `cf_${'b'.repeat(40)}`));
  });
});
