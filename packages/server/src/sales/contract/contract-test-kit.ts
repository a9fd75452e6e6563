import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { expect } from 'vitest';
import { FIXTURE_PASSWORD, insertDepartment, insertUser } from '../../../test/support/org-fixtures.ts';
import type { TestApp } from '../../../test/support/test-app.ts';

/**
 * A sales organisation for the contract and payment tests: an east team (manager 李经理, reps 王芳 and 赵磊)
 * and a west team (manager 周经理, rep 陈晨), each manager approving their own department.
 */
export interface SalesTeam {
  admin: Caller;
  eastManager: Caller;
  eastRep: Caller;
  eastRep2: Caller;
  westManager: Caller;
  westRep: Caller;
}

export interface Caller {
  userId: number;
  cookie: string;
  call(
    method: InjectOptions['method'],
    url: string,
    payload?: unknown,
    language?: string,
  ): Promise<LightMyRequestResponse>;
}

export async function createSalesTeam(t: TestApp): Promise<SalesTeam> {
  const db = t.database.db;
  const east = await insertDepartment(db, '华东销售部');
  const west = await insertDepartment(db, '西南销售部');
  const user = async (
    username: string,
    name: string,
    departmentId: number,
    role: string,
  ): Promise<Caller> => {
    const userId = await insertUser(db, { username, name, departmentId, roles: [role] });
    const cookie = await t.login(username, FIXTURE_PASSWORD);
    return {
      userId,
      cookie,
      call: (method, url, payload, language) => t.call(cookie, method, url, payload, language),
    };
  };
  const adminId = Number((await t.call(t.adminCookie, 'GET', '/me')).json().id);
  return {
    admin: {
      userId: adminId,
      cookie: t.adminCookie,
      call: (method, url, payload, language) => t.call(t.adminCookie, method, url, payload, language),
    },
    eastManager: await user('li.manager', '李经理', east.id, 'salesManager'),
    eastRep: await user('wang.fang', '王芳', east.id, 'salesRep'),
    eastRep2: await user('zhao.lei', '赵磊', east.id, 'salesRep'),
    westManager: await user('zhou.manager', '周经理', west.id, 'salesManager'),
    westRep: await user('chen.chen', '陈晨', west.id, 'salesRep'),
  };
}

/** Expects a status and returns the JSON body. */
export function expectStatus(res: LightMyRequestResponse, status: number) {
  expect(res.statusCode, res.body).toBe(status);
  return res.statusCode === 204 ? null : res.json();
}

/** Creates an account owned by the caller. */
export async function createAccount(caller: Caller, name = '华东电力设备有限公司'): Promise<number> {
  return expectStatus(await caller.call('POST', '/objects/account/records', { name }), 201).id;
}

/** Creates a draft contract owned by the caller. */
export async function createContract(
  caller: Caller,
  values: Record<string, unknown> = {},
): Promise<Record<string, unknown> & { id: number; version: number }> {
  const account = values.account ?? (await createAccount(caller));
  return expectStatus(
    await caller.call('POST', '/objects/contract/records', {
      name: '智能配电系统采购合同',
      amount: '100000.00',
      account,
      ...values,
    }),
    201,
  );
}

/** Sets a record's managed `status` behind the API (what another feature's behaviour would do). */
export async function forceStatus(t: TestApp, table: string, id: number, status: string): Promise<void> {
  await sql`update ${sql.table(table)} set status = ${status} where id = ${id}`.execute(t.database.db);
}

/** Moves a contract through the approval: submitted by its owner, approved by `approver`, optionally signed. */
export async function approveContract(
  owner: Caller,
  approver: Caller,
  contractId: number,
  { sign = true } = {},
): Promise<void> {
  expectStatus(await owner.call('POST', `/contracts/${contractId}/submit`, {}), 200);
  expectStatus(await approver.call('POST', `/contracts/${contractId}/approve`, {}), 200);
  if (sign) expectStatus(await owner.call('POST', `/contracts/${contractId}/sign`, {}), 200);
}

/** A contract's current values as the admin sees them. */
export async function contractOf(team: SalesTeam, id: number) {
  return expectStatus(await team.admin.call('GET', `/objects/contract/records/${id}`), 200);
}

/** The day `days` from today (UTC), YYYY-MM-DD: due dates that stay in the future (or past) whenever tests run. */
export function inDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}
