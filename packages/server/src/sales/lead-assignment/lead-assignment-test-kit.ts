import { expect } from 'vitest';
import { FIXTURE_PASSWORD, insertDepartment, insertUser } from '../../../test/support/org-fixtures.ts';
import type { TestApp } from '../../../test/support/test-app.ts';

/**
 * The organisation of the lead engine tests: 华东大区 with reps 王芳, 李雷 and 张伟; 华南大区 with rep 赵敏 and
 * manager 陈静; and a custom select field `salesArea` (华东/华南/华北) on leads that rules test.
 */
export interface LeadOrg {
  users: { wang: number; li: number; zhang: number; zhao: number; chen: number };
  departments: { east: number; south: number };
  cookies: { wang: string; li: string; zhang: string; zhao: string; chen: string };
}

export async function insertLeadOrg(t: TestApp): Promise<LeadOrg> {
  const db = t.database.db;
  const east = await insertDepartment(db, '华东大区');
  const south = await insertDepartment(db, '华南大区');
  const rep = (username: string, name: string, departmentId: number, role = 'salesRep') =>
    insertUser(db, { username, name, departmentId, roles: [role] });
  const users = {
    wang: await rep('wang.fang', '王芳', east.id),
    li: await rep('li.lei', '李雷', east.id),
    zhang: await rep('zhang.wei', '张伟', east.id),
    zhao: await rep('zhao.min', '赵敏', south.id),
    chen: await rep('chen.jing', '陈静', south.id, 'salesManager'),
  };
  const field = await t.call(t.adminCookie, 'POST', '/objects/lead/fields', {
    apiName: 'salesArea',
    type: 'select',
    label: { 'zh-CN': '销售大区', en: 'Sales area' },
    options: {
      choices: [
        { value: 'east', label: { 'zh-CN': '华东', en: 'East' } },
        { value: 'south', label: { 'zh-CN': '华南', en: 'South' } },
        { value: 'north', label: { 'zh-CN': '华北', en: 'North' } },
      ],
    },
  });
  expect(field.statusCode, field.body).toBe(201);
  return {
    users,
    departments: { east: east.id, south: south.id },
    cookies: {
      wang: await t.login('wang.fang', FIXTURE_PASSWORD),
      li: await t.login('li.lei', FIXTURE_PASSWORD),
      zhang: await t.login('zhang.wei', FIXTURE_PASSWORD),
      zhao: await t.login('zhao.min', FIXTURE_PASSWORD),
      chen: await t.login('chen.jing', FIXTURE_PASSWORD),
    },
  };
}

/** A rule of the records API body, with defaults. */
export function rule(name: string, strategy: string, extra: Record<string, unknown> = {}) {
  return { name, strategy, ...extra };
}

/** A condition `salesArea = area`. */
export const inArea = (area: string) => ({ field: 'salesArea', op: 'eq', value: area });

/** Creates a lead through the records API as `cookie` and returns the created record. */
export async function createLead(
  t: TestApp,
  values: Record<string, unknown>,
  cookie = t.adminCookie,
): Promise<{ id: number; ownerId: number | null; version: number }> {
  const res = await t.call(cookie, 'POST', '/objects/lead/records', values);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

/** Saves a rule set (create, or replace when `id` is given) and returns it. */
export async function saveRuleSet(
  t: TestApp,
  body: Record<string, unknown>,
  id?: number,
): Promise<{ id: number; rules: Array<{ id: number; name: string }> }> {
  const res = id
    ? await t.call(t.adminCookie, 'PUT', `/lead-assignment/rule-sets/${id}`, body)
    : await t.call(t.adminCookie, 'POST', '/lead-assignment/rule-sets', body);
  expect(res.statusCode, res.body).toBe(id ? 200 : 201);
  return res.json();
}

/** The row counts of the tables assignment writes, to show a refused request changed nothing. */
export async function assignmentFootprint(t: TestApp): Promise<Record<string, number>> {
  const tables = [
    'lead_rule_sets',
    'lead_rules',
    'lead_rule_members',
    'lead_rule_state',
    'lead_assignment_log',
    'lead_assignees',
    'obj_lead',
    'obj_task',
    'notifications',
    'record_history',
    'audit_log',
    'lead_pool_events',
    'lead_custody',
    'lead_pools',
    'lead_pool_members',
  ];
  const counts: Record<string, number> = {};
  for (const table of tables) counts[table] = await t.rowCount(table);
  const turns = await t.database.db
    .selectFrom('lead_rule_state')
    .select((eb) => eb.fn.sum<number>('turns').as('n'))
    .executeTakeFirst();
  counts.turns = Number(turns?.n ?? 0);
  return counts;
}
