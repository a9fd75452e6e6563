import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_PASSWORD, insertDepartment, insertUser } from '../../../test/support/org-fixtures.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { DIALECTS } from '../../../test/support/test-database.ts';

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
const label = (text: string) => ({ 'zh-CN': text, en: text });

for (const dialect of DIALECTS) {
  describe(`handover (${dialect})`, () => {
    let t: TestApp;
    let leaverId: number;
    let receiverId: number;
    let leaverCookie: string;
    let receiverCookie: string;
    let managerCookie: string;
    const call = (cookie: string, method: Method, url: string, payload?: unknown, language?: string) =>
      t.call(cookie, method, url, payload, language);
    const admin = (method: Method, url: string, payload?: unknown) =>
      call(t.adminCookie, method, url, payload);
    const create = async (object: string, values: Record<string, unknown>, cookie = leaverCookie) => {
      const res = await call(cookie, 'POST', `/objects/${object}/records`, values);
      expect(res.statusCode, res.body).toBe(201);
      return res.json() as { id: number; version: number };
    };
    const ownerOf = async (object: string, id: number) =>
      (await admin('GET', `/objects/${object}/records/${id}`)).json().ownerId;
    /** Sets a managed status the way its own feature would (not part of this feature). */
    const setStatus = (table: string, id: number, status: string) =>
      t.database.db
        .updateTable(table as never)
        .set({ status } as never)
        .where('id' as never, '=', id as never)
        .execute();
    const owners = async () =>
      Promise.all(
        ['obj_lead', 'obj_opportunity', 'obj_task', 'obj_contract', 'obj_project'].map((table) =>
          t.database.db
            .selectFrom(table as never)
            .select(['id', 'owner_id', 'version'] as never)
            .orderBy('id' as never)
            .execute(),
        ),
      );

    beforeAll(async () => {
      t = await createTestApp(dialect);
      const db = t.database.db;
      const east = await insertDepartment(db, '华东区');
      leaverId = await insertUser(db, {
        username: 'leaver',
        name: '张伟',
        departmentId: east.id,
        roles: ['salesRep'],
      });
      receiverId = await insertUser(db, {
        username: 'receiver',
        name: '李娜',
        departmentId: east.id,
        roles: ['salesRep'],
      });
      await insertUser(db, { username: 'manager', departmentId: east.id, roles: ['salesManager'] });
      leaverCookie = await t.login('leaver', FIXTURE_PASSWORD);
      receiverCookie = await t.login('receiver', FIXTURE_PASSWORD);
      managerCookie = await t.login('manager', FIXTURE_PASSWORD);
      expect(
        (await admin('POST', '/objects', { apiName: 'project', label: label('工程项目') })).statusCode,
      ).toBe(201);
      expect(
        (
          await admin('POST', '/objects/project/fields', {
            apiName: 'title',
            type: 'text',
            label: label('名称'),
          })
        ).statusCode,
      ).toBe(201);
      const project = await admin('POST', '/objects/project/records', {
        title: '华东仓改造',
        ownerId: leaverId,
      });
      expect(project.statusCode, project.body).toBe(201);
    });
    afterAll(async () => t?.close());

    it('previews and hands over open records of every object, then the finished ones when asked', async () => {
      const openLead = await create('lead', { name: '王磊', company: '云帆科技' });
      const lostLead = await create('lead', { name: '赵强', status: 'unqualified' });
      const open = await create('opportunity', { name: '云帆 MES' });
      const won = await create('opportunity', { name: '北方仓储' });
      await setStatus('obj_opportunity', won.id, 'won');
      const todo = await create('task', { subject: '回访', status: 'open' });
      const done = await create('task', { subject: '发报价', status: 'done' });
      const contract = await create('contract', { name: '框架合同' });
      await setStatus('obj_contract', contract.id, 'completed');
      const receiverOwn = await create('lead', { name: '孙丽' }, receiverCookie);

      const preview = await admin('GET', `/handovers/preview?fromUserId=${leaverId}&toUserId=${receiverId}`);
      expect(preview.statusCode, preview.body).toBe(200);
      expect(preview.json()).toMatchObject({
        from: { id: leaverId, name: '张伟' },
        to: { id: receiverId, name: '李娜' },
        total: 4,
      });
      expect(preview.json().objects).toEqual(
        expect.arrayContaining([
          { object: 'lead', count: 1, staying: 1 },
          { object: 'opportunity', count: 1, staying: 1 },
          { object: 'task', count: 1, staying: 1 },
          { object: 'contract', count: 0, staying: 1 },
          { object: 'project', count: 1, staying: 0 },
        ]),
      );

      const audits = await t.rowCount('audit_log');
      const res = await admin('POST', '/handovers', { fromUserId: leaverId, toUserId: receiverId });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().total).toBe(preview.json().total);
      expect(await ownerOf('lead', openLead.id)).toBe(receiverId);
      expect(await ownerOf('lead', lostLead.id)).toBe(leaverId);
      expect(await ownerOf('opportunity', open.id)).toBe(receiverId);
      expect(await ownerOf('opportunity', won.id)).toBe(leaverId);
      expect(await ownerOf('task', todo.id)).toBe(receiverId);
      expect(await ownerOf('task', done.id)).toBe(leaverId);
      expect(await ownerOf('lead', receiverOwn.id)).toBe(receiverId);

      // The receiver now sees the record, with its owner change in the history; the version moved on.
      const seen = await call(receiverCookie, 'GET', `/objects/lead/records/${openLead.id}`);
      expect(seen.statusCode).toBe(200);
      expect(seen.json().version).toBe(openLead.version + 1);
      const history = (
        await call(receiverCookie, 'GET', `/objects/lead/records/${openLead.id}/history`)
      ).json();
      expect(history.items[0]).toMatchObject({ field: 'ownerId', oldValue: leaverId, newValue: receiverId });
      expect((await call(leaverCookie, 'GET', `/objects/lead/records/${openLead.id}`)).statusCode).toBe(404);

      // One audit entry with the counts; a notification to the receiver in their language.
      expect(await t.rowCount('audit_log')).toBe(audits + 1);
      const audit = await t.database.db
        .selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'handover')
        .executeTakeFirstOrThrow();
      expect(audit.entity_id).toBe(String(leaverId));
      expect(JSON.parse(audit.changes!)).toMatchObject({
        ownerId: [leaverId, receiverId],
        counts: [null, { lead: 1, opportunity: 1, task: 1, project: 1 }],
      });
      const zh = (await call(receiverCookie, 'GET', '/notifications', undefined, 'zh-CN')).json().items;
      expect(zh[0]).toMatchObject({
        kind: 'handover.received',
        title: `张伟 的 ${res.json().total} 条记录已交接给你`,
      });
      const en = (await call(receiverCookie, 'GET', '/notifications')).json().items;
      expect(en[0].title).toBe(`${res.json().total} records of 张伟 were handed over to you`);

      const rest = await admin('POST', '/handovers', {
        fromUserId: leaverId,
        toUserId: receiverId,
        includeClosed: true,
      });
      expect(rest.statusCode, rest.body).toBe(200);
      expect(await ownerOf('opportunity', won.id)).toBe(receiverId);
      expect(await ownerOf('task', done.id)).toBe(receiverId);
      expect(await ownerOf('lead', lostLead.id)).toBe(receiverId);
      const empty = (
        await admin('GET', `/handovers/preview?fromUserId=${leaverId}&includeClosed=true`)
      ).json();
      expect(empty).toMatchObject({ objects: [], total: 0, to: null });
    });

    it('hands over only the objects asked for, set-based for many records', async () => {
      const now = new Date().toISOString();
      const rows = Array.from({ length: 3000 }, (_, i) => ({
        name: `批量线索 ${i}`,
        owner_id: leaverId,
        version: 1,
        created_by: leaverId,
        updated_by: leaverId,
        created_at: now,
        updated_at: now,
      }));
      for (let start = 0; start < rows.length; start += 500)
        await t.database.db
          .insertInto('obj_lead' as never)
          .values(rows.slice(start, start + 500) as never)
          .execute();
      const task = await create('task', { subject: '保留的任务' });
      const history = await t.rowCount('record_history');
      const res = await admin('POST', '/handovers', {
        fromUserId: leaverId,
        toUserId: receiverId,
        objects: ['lead'],
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().counts).toEqual([{ object: 'lead', count: 3000 }]);
      expect(await t.rowCount('record_history')).toBe(history + 3000);
      expect(await ownerOf('task', task.id)).toBe(leaverId);
    });

    it('is for admins and holders of assign with scope all only, per object', async () => {
      const db = t.database.db;
      const lead = await create('lead', { name: '权限测试' });
      const before = await owners();
      for (const cookie of [managerCookie, leaverCookie]) {
        const res = await call(cookie, 'POST', '/handovers', { fromUserId: leaverId, toUserId: receiverId });
        expect(res.statusCode).toBe(403);
        expect((await call(cookie, 'GET', `/handovers/preview?fromUserId=${leaverId}`)).statusCode).toBe(403);
      }
      const now = new Date().toISOString();
      const { id: roleId } = await db
        .insertInto('roles')
        .values({
          key: null,
          name: '线索管理员',
          description: null,
          is_admin: false,
          created_at: now,
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await db
        .insertInto('role_permissions')
        .values([
          { role_id: roleId, object: 'lead', action: 'read', scope: 'all' },
          { role_id: roleId, object: 'lead', action: 'assign', scope: 'all' },
        ])
        .execute();
      await insertUser(db, { username: 'lead.admin', roles: [roleId] });
      const cookie = await t.login('lead.admin', FIXTURE_PASSWORD);
      const refused = await call(cookie, 'POST', '/handovers', {
        fromUserId: leaverId,
        toUserId: receiverId,
        objects: ['lead', 'account'],
      });
      expect(refused.statusCode).toBe(403);
      expect(refused.json()).toMatchObject({ code: 'handover.not_allowed' });
      expect(await owners()).toEqual(before);
      const preview = (await call(cookie, 'GET', `/handovers/preview?fromUserId=${leaverId}`)).json();
      expect(preview.objects.map((o: { object: string }) => o.object)).toEqual(['lead']);
      const res = await call(cookie, 'POST', '/handovers', { fromUserId: leaverId, toUserId: receiverId });
      expect(res.statusCode, res.body).toBe(200);
      expect(await ownerOf('lead', lead.id)).toBe(receiverId);
    });

    it('refuses bad handovers with nothing changed', async () => {
      await create('lead', { name: '不动的线索' });
      const disabled = await insertUser(t.database.db, { username: 'gone', roles: ['salesRep'] });
      await t.database.db
        .updateTable('users')
        .set({ status: 'disabled' })
        .where('id', '=', disabled)
        .execute();
      const before = { owners: await owners(), audit: await t.rowCount('audit_log') };
      const cases: Array<[unknown, number, string, string?]> = [
        [{ fromUserId: leaverId, toUserId: leaverId }, 422, 'common.invalid_fields', 'handover.same_user'],
        [
          { fromUserId: leaverId, toUserId: 999_999 },
          422,
          'common.invalid_fields',
          'value.unknown_reference',
        ],
        [
          { fromUserId: 999_999, toUserId: receiverId },
          422,
          'common.invalid_fields',
          'value.unknown_reference',
        ],
        [
          { fromUserId: leaverId, toUserId: disabled },
          422,
          'common.invalid_fields',
          'handover.inactive_user',
        ],
        [
          { fromUserId: leaverId, toUserId: receiverId, objects: ['spaceship'] },
          422,
          'common.invalid_fields',
          'handover.unknown_object',
        ],
        [{ fromUserId: leaverId, toUserId: receiverId, objects: [] }, 400, 'common.validation_failed'],
        [{ fromUserId: leaverId }, 400, 'common.validation_failed'],
        [{ fromUserId: '1', toUserId: receiverId }, 400, 'common.validation_failed'],
        [
          { fromUserId: leaverId, toUserId: receiverId, includeClosed: 'yes' },
          400,
          'common.validation_failed',
        ],
        [{ fromUserId: leaverId, toUserId: receiverId, extra: 1 }, 400, 'common.validation_failed'],
      ];
      for (const [body, status, code, fieldCode] of cases) {
        const res = await admin('POST', '/handovers', body);
        expect(res.statusCode, JSON.stringify(body)).toBe(status);
        expect(res.json().code).toBe(code);
        if (fieldCode) expect(res.json().errors[0].code).toBe(fieldCode);
      }
      const zh = await call(
        t.adminCookie,
        'POST',
        '/handovers',
        { fromUserId: leaverId, toUserId: leaverId },
        'zh-CN',
      );
      expect(zh.json().errors[0].message).toBe('交接人和接收人不能是同一人');
      expect({ owners: await owners(), audit: await t.rowCount('audit_log') }).toEqual(before);
    });
  });
}
