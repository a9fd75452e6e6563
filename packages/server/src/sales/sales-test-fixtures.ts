import type { LightMyRequestResponse } from 'fastify';
import { FIXTURE_PASSWORD, insertDepartment, insertUser } from '../../test/support/org-fixtures.ts';
import type { TestApp } from '../../test/support/test-app.ts';

/**
 * A small sales organisation for the pipeline, kanban and report tests:
 * 销售部 > 华东大区 (manager 陈静, reps 王芳 and 李雷) and 销售部 > 华南大区 (rep 赵敏).
 */
export interface SalesOrg {
  ids: { manager: number; wang: number; li: number; zhao: number };
  departments: { sales: number; east: number; south: number };
  cookies: { manager: string; wang: string; li: string; zhao: string };
}

export async function insertSalesOrg(t: TestApp): Promise<SalesOrg> {
  const db = t.database.db;
  const sales = await insertDepartment(db, '销售部');
  const east = await insertDepartment(db, '华东大区', sales.id);
  const south = await insertDepartment(db, '华南大区', sales.id);
  const manager = await insertUser(db, {
    username: 'chen.jing',
    name: '陈静',
    departmentId: east.id,
    roles: ['salesManager'],
  });
  const wang = await insertUser(db, {
    username: 'wang.fang',
    name: '王芳',
    departmentId: east.id,
    roles: ['salesRep'],
  });
  const li = await insertUser(db, {
    username: 'li.lei',
    name: '李雷',
    departmentId: east.id,
    roles: ['salesRep'],
  });
  const zhao = await insertUser(db, {
    username: 'zhao.min',
    name: '赵敏',
    departmentId: south.id,
    roles: ['salesRep'],
  });
  return {
    ids: { manager, wang, li, zhao },
    departments: { sales: sales.id, east: east.id, south: south.id },
    cookies: {
      manager: await t.login('chen.jing', FIXTURE_PASSWORD),
      wang: await t.login('wang.fang', FIXTURE_PASSWORD),
      li: await t.login('li.lei', FIXTURE_PASSWORD),
      zhao: await t.login('zhao.min', FIXTURE_PASSWORD),
    },
  };
}

/** The default pipeline as `GET /pipelines` presents it, with its stages by name. */
export async function defaultPipeline(t: TestApp): Promise<{
  id: number;
  stages: Array<{ id: number; name: string; kind: string; position: number; version: number }>;
  stage: (name: string) => number;
}> {
  const res = await t.call(t.adminCookie, 'GET', '/pipelines');
  if (res.statusCode !== 200) throw new Error(`GET /pipelines: ${res.statusCode} ${res.body}`);
  const pipeline = res.json().items.find((p: { isDefault: boolean }) => p.isDefault);
  return {
    id: pipeline.id,
    stages: pipeline.stages,
    stage: (name: string) => {
      const found = pipeline.stages.find((s: { name: string }) => s.name === name);
      if (!found) throw new Error(`no stage ${name}`);
      return found.id;
    },
  };
}

/** Creates an opportunity through the records API as the holder of `cookie`; throws unless 201. */
export async function createOpportunity(
  t: TestApp,
  cookie: string,
  values: Record<string, unknown>,
): Promise<{ id: number; version: number } & Record<string, unknown>> {
  const res = await t.call(cookie, 'POST', '/objects/opportunity/records', values);
  if (res.statusCode !== 201) throw new Error(`create opportunity: ${res.statusCode} ${res.body}`);
  return res.json();
}

/** PATCHes an opportunity at its version; returns the response. */
export function patchOpportunity(
  t: TestApp,
  cookie: string,
  record: { id: number; version: number },
  values: Record<string, unknown>,
): Promise<LightMyRequestResponse> {
  return t.call(cookie, 'PATCH', `/objects/opportunity/records/${record.id}`, {
    version: record.version,
    ...values,
  });
}
