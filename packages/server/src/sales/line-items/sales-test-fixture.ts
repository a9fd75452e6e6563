import { expect } from 'vitest';
import { FIXTURE_PASSWORD, insertDepartment, insertUser } from '../../../test/support/org-fixtures.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import type { DialectName } from '../../db/database.ts';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A test app with a sales organisation: a manager over two reps of one department, a rep of another. */
export interface SalesFixture {
  t: TestApp;
  cookies: { admin: string; manager: string; rep: string; rep2: string; outsider: string };
  ids: { manager: number; rep: number; rep2: number; outsider: number };
  /** A request as `who`; asserts nothing. */
  as(
    who: keyof SalesFixture['cookies'],
    method: Method,
    url: string,
    payload?: unknown,
    language?: string,
  ): ReturnType<TestApp['call']>;
  /** Creates a record as `who` and returns it (asserting 201). */
  create(
    who: keyof SalesFixture['cookies'],
    object: string,
    values: Record<string, unknown>,
  ): Promise<Record<string, unknown> & { id: number; version: number }>;
}

export async function createSalesFixture(dialect: DialectName): Promise<SalesFixture> {
  const t = await createTestApp(dialect);
  const db = t.database.db;
  const sales = await insertDepartment(db, '华东销售部');
  const north = await insertDepartment(db, '华北销售部');
  const manager = await insertUser(db, {
    username: 'manager',
    name: '王经理',
    departmentId: sales.id,
    roles: ['salesManager'],
  });
  const rep = await insertUser(db, {
    username: 'rep',
    name: '李娜',
    departmentId: sales.id,
    managerId: manager,
    roles: ['salesRep'],
  });
  const rep2 = await insertUser(db, {
    username: 'rep2',
    name: '张伟',
    departmentId: sales.id,
    roles: ['salesRep'],
  });
  const outsider = await insertUser(db, {
    username: 'outsider',
    name: '赵北',
    departmentId: north.id,
    roles: ['salesManager'],
  });
  const cookies = {
    admin: t.adminCookie,
    manager: await t.login('manager', FIXTURE_PASSWORD),
    rep: await t.login('rep', FIXTURE_PASSWORD),
    rep2: await t.login('rep2', FIXTURE_PASSWORD),
    outsider: await t.login('outsider', FIXTURE_PASSWORD),
  };
  const as: SalesFixture['as'] = (who, method, url, payload, language) =>
    t.call(cookies[who], method, url, payload, language);
  return {
    t,
    cookies,
    ids: { manager, rep, rep2, outsider },
    as,
    async create(who, object, values) {
      const res = await as(who, 'POST', `/objects/${object}/records`, values);
      expect(res.statusCode, res.body).toBe(201);
      return res.json();
    },
  };
}
