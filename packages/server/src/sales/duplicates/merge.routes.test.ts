import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_PASSWORD, insertDepartment, insertUser } from '../../../test/support/org-fixtures.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { DIALECTS } from '../../../test/support/test-database.ts';
import { type CompletedMerge, registerRecordBehaviour } from '../../records/record-behaviour.ts';

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
const label = (text: string) => ({ 'zh-CN': text, en: text });

/** What `afterMerge` saw: features re-anchor their own rows there. */
const merges: Array<Pick<CompletedMerge, 'survivorId' | 'mergedIds'>> = [];
registerRecordBehaviour('account', {
  async afterMerge(merge) {
    merges.push({ survivorId: merge.survivorId, mergedIds: merge.mergedIds });
  },
});

for (const dialect of DIALECTS) {
  describe(`merging duplicates (${dialect})`, () => {
    let t: TestApp;
    let managerCookie: string;
    let repCookie: string;
    let repId: number;
    const call = (cookie: string, method: Method, url: string, payload?: unknown) =>
      t.call(cookie, method, url, payload);
    const admin = (method: Method, url: string, payload?: unknown) =>
      call(t.adminCookie, method, url, payload);
    const create = async (object: string, values: Record<string, unknown>, cookie = t.adminCookie) => {
      const res = await call(cookie, 'POST', `/objects/${object}/records`, values);
      expect(res.statusCode, res.body).toBe(201);
      return res.json() as { id: number; version: number };
    };
    const get = async (object: string, id: number) =>
      (await admin('GET', `/objects/${object}/records/${id}`)).json();
    const state = async () => ({
      accounts: await t.rowCount('obj_account'),
      history: await t.rowCount('record_history'),
      audit: await t.rowCount('audit_log'),
      events: await t.rowCount('outbox_events'),
      deleted: Number(
        (
          await t.database.db
            .selectFrom('obj_account' as never)
            .select((eb) => eb.fn.countAll().as('n'))
            .where('deleted_at' as never, 'is not', null)
            .executeTakeFirstOrThrow()
        ).n,
      ),
    });

    beforeAll(async () => {
      t = await createTestApp(dialect);
      const db = t.database.db;
      const east = await insertDepartment(db, '华东区');
      await insertUser(db, { username: 'manager', departmentId: east.id, roles: ['salesManager'] });
      repId = await insertUser(db, { username: 'rep', departmentId: east.id, roles: ['salesRep'] });
      managerCookie = await t.login('manager', FIXTURE_PASSWORD);
      repCookie = await t.login('rep', FIXTURE_PASSWORD);
      // A custom object pointing at accounts, and a custom self-lookup on accounts.
      expect(
        (await admin('POST', '/objects', { apiName: 'project', label: label('工程项目') })).statusCode,
      ).toBe(201);
      for (const [object, field] of [
        ['project', { apiName: 'title', type: 'text', label: label('名称') }],
        [
          'project',
          { apiName: 'client', type: 'lookup', label: label('客户'), options: { target: 'account' } },
        ],
        [
          'account',
          { apiName: 'parent', type: 'lookup', label: label('上级客户'), options: { target: 'account' } },
        ],
      ] as const) {
        const res = await admin('POST', `/objects/${object}/fields`, field);
        expect(res.statusCode, res.body).toBe(201);
      }
    });
    afterAll(async () => t?.close());

    it('previews and merges accounts: chosen values, every pointing record moved, duplicates recycled, audited', async () => {
      const first = await create('account', { name: '远航物流有限公司', level: 'b' });
      const second = await create('account', {
        name: '远航物流',
        phone: '021-66668888',
        industry: 'logistics',
      });
      const third = await create('account', { name: '远航物流集团', level: 'a', parent: first.id });
      // The survivor and a duplicate point at each other: after the merge neither link makes sense.
      const linked = await admin('PATCH', `/objects/account/records/${first.id}`, {
        version: 1,
        parent: third.id,
      });
      const survivor = linked.json() as { id: number; version: number };
      const child = await create('account', { name: '远航物流华南分公司', parent: second.id });
      const contact = await create('contact', { name: '马丽', account: second.id });
      const opportunity = await create('opportunity', { name: '仓储系统', account: third.id });
      const project = await create('project', { title: '华东仓改造', client: second.id });
      const lead = await create('lead', { name: '马丽', company: '远航物流' });
      const converted = await admin('POST', `/leads/${lead.id}/convert`, {
        account: { mode: 'existing', id: third.id },
        contact: { mode: 'none' },
      });
      expect(converted.statusCode, converted.body).toBe(200);
      const now = new Date().toISOString();
      await t.database.db
        .insertInto('files')
        .values({
          storage_key: `merge-test-${dialect}`,
          name: '营业执照.pdf',
          size: 10,
          mime_type: 'application/pdf',
          sha256: 'x',
          uploaded_by: null,
          created_at: now,
          object: 'account',
          record_id: third.id,
          field: null,
          deleted_at: null,
        })
        .execute();

      const preview = await admin(
        'GET',
        `/merges/account/preview?survivorId=${survivor.id}&duplicateIds=${second.id},${third.id}`,
      );
      expect(preview.statusCode, preview.body).toBe(200);
      const body = preview.json();
      expect(body.records.map((r: { id: number }) => r.id)).toEqual([survivor.id, second.id, third.id]);
      const field = (name: string) => body.fields.find((f: { field: string }) => f.field === name);
      expect(field('name')).toMatchObject({ choosable: true, defaultRecordId: survivor.id, differs: true });
      expect(field('phone')).toMatchObject({ choosable: true, defaultRecordId: second.id, differs: true });
      expect(field('level')).toMatchObject({ defaultRecordId: survivor.id });
      expect(body.references).toEqual(
        expect.arrayContaining([
          { object: 'account', field: 'parent', count: 2 },
          { object: 'contact', field: 'account', count: 1 },
          { object: 'opportunity', field: 'account', count: 1 },
          { object: 'project', field: 'client', count: 1 },
          { object: 'lead', field: 'convertedAccount', count: 1 },
        ]),
      );
      expect(body.attachments).toBe(1);

      const before = await state();
      const res = await admin('POST', '/merges/account', {
        survivorId: survivor.id,
        duplicateIds: [second.id, third.id],
        values: { level: third.id },
      });
      expect(res.statusCode, res.body).toBe(200);
      const result = res.json();
      expect(result.survivor).toMatchObject({
        id: survivor.id,
        name: '远航物流有限公司',
        level: 'a',
        phone: '021-66668888',
        industry: 'logistics',
        // It pointed at a duplicate, which pointed back: it would point at itself.
        parent: null,
      });
      expect(result.mergedIds).toEqual([second.id, third.id]);
      expect(result.attachments).toBe(1);
      expect((await get('contact', contact.id)).account).toBe(survivor.id);
      expect((await get('opportunity', opportunity.id)).account).toBe(survivor.id);
      expect((await get('project', project.id)).client).toBe(survivor.id);
      expect((await get('lead', lead.id)).convertedAccount).toBe(survivor.id);
      expect((await get('account', child.id)).parent).toBe(survivor.id);
      for (const id of [second.id, third.id]) {
        expect((await admin('GET', `/objects/account/records/${id}`)).statusCode).toBe(404);
      }
      const bin = (await admin('GET', '/objects/account/recycle-bin'))
        .json()
        .data.map((r: { id: number }) => r.id);
      expect(bin).toEqual(expect.arrayContaining([second.id, third.id]));

      // History on the moved records, the survivor's changed fields, one audit entry, one event.
      const projectHistory = (await admin('GET', `/objects/project/records/${project.id}/history`)).json()
        .items;
      expect(projectHistory[0]).toMatchObject({
        field: 'client',
        oldValue: second.id,
        newValue: survivor.id,
      });
      const contactAfter = await get('contact', contact.id);
      expect(contactAfter.version).toBe(2);
      const survivorHistory = (await admin('GET', `/objects/account/records/${survivor.id}/history`)).json()
        .items;
      expect(survivorHistory.map((h: { field: string }) => h.field)).toEqual(
        expect.arrayContaining(['level', 'phone', 'industry', 'parent']),
      );
      const audit = await t.database.db
        .selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'merge')
        .where('entity_id', '=', String(survivor.id))
        .execute();
      expect(audit).toHaveLength(1);
      expect(JSON.parse(audit[0]!.changes!).mergedIds).toEqual([null, [second.id, third.id]]);
      const after = await state();
      expect(after.audit).toBe(before.audit + 1);
      expect(after.deleted).toBe(before.deleted + 2);
      const merged = await t.database.db
        .selectFrom('outbox_events')
        .select('payload')
        .where('type', '=', 'record.merged')
        .execute();
      expect(merged.map((e) => JSON.parse(e.payload).id)).toContain(survivor.id);
      expect(merges).toContainEqual({ survivorId: survivor.id, mergedIds: [second.id, third.id] });

      // The duplicates are no candidates any more; the survivor is.
      const check = await admin('POST', '/duplicates/check', {
        object: 'account',
        values: { name: '远航物流' },
      });
      expect(check.json().items.map((c: { record: { id: number } }) => c.record.id)).toEqual([survivor.id]);
    });

    it('merges leads and contacts, moving their tasks and follow-ups', async () => {
      const lead = await create('lead', { name: '黄磊', phone: '13811112222' });
      const twin = await create('lead', {
        name: '黄磊',
        email: 'huang.lei@example.cn',
        phone: '138 1111 2222',
      });
      const task = await create('task', { subject: '回电', lead: twin.id });
      const res = await admin('POST', '/merges/lead', { survivorId: lead.id, duplicateIds: [twin.id] });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().survivor.email).toBe('huang.lei@example.cn');
      expect((await get('task', task.id)).lead).toBe(lead.id);

      const contact = await create('contact', { name: '杨帆', email: 'yf@example.cn' });
      const copy = await create('contact', { name: '杨帆（重复）', phone: '13900001111' });
      const followUp = await create('followUp', { content: '初次拜访', contact: copy.id });
      const merged = await admin('POST', '/merges/contact', {
        survivorId: contact.id,
        duplicateIds: [copy.id],
        values: { name: copy.id },
      });
      expect(merged.statusCode, merged.body).toBe(200);
      expect(merged.json().survivor).toMatchObject({
        name: '杨帆（重复）',
        phone: '13900001111',
        email: 'yf@example.cn',
      });
      expect((await get('followUp', followUp.id)).contact).toBe(contact.id);
    });

    it('refuses bad merges with nothing changed', async () => {
      const a = await create('account', { name: '青山建材' });
      const b = await create('account', { name: '青山建材有限公司' });
      const lead = await create('lead', { name: '周一', company: '青山' });
      const converted = await create('lead', { name: '周二', company: '青山' });
      await admin('POST', `/leads/${converted.id}/convert`, {
        account: { mode: 'existing', id: a.id },
        contact: { mode: 'none' },
      });
      const before = await state();
      const cases: Array<[string, unknown, number, string]> = [
        ['account', { survivorId: a.id, duplicateIds: [a.id] }, 422, 'merge.survivor_among_duplicates'],
        ['account', { survivorId: a.id, duplicateIds: [b.id, b.id] }, 400, 'common.validation_failed'],
        ['account', { survivorId: a.id, duplicateIds: [] }, 400, 'common.validation_failed'],
        ['account', { survivorId: a.id, duplicateIds: [999_999] }, 404, 'record.not_found'],
        [
          'account',
          { survivorId: a.id, duplicateIds: [b.id], values: { nope: a.id } },
          422,
          'common.invalid_fields',
        ],
        [
          'account',
          { survivorId: a.id, duplicateIds: [b.id], values: { name: 999 } },
          422,
          'common.invalid_fields',
        ],
        ['account', { survivorId: a.id, duplicateIds: [b.id], extra: true }, 400, 'common.validation_failed'],
        ['opportunity', { survivorId: a.id, duplicateIds: [b.id] }, 400, 'common.validation_failed'],
        ['lead', { survivorId: lead.id, duplicateIds: [converted.id] }, 409, 'merge.converted_lead'],
      ];
      for (const [object, payload, status, code] of cases) {
        const res = await admin('POST', `/merges/${object}`, payload);
        expect(res.statusCode, JSON.stringify(payload)).toBe(status);
        expect(res.json().code).toBe(code);
      }
      const unknown = await admin('POST', '/merges/account', {
        survivorId: a.id,
        duplicateIds: [b.id],
        values: { nope: a.id },
      });
      expect(unknown.json().errors).toEqual([
        expect.objectContaining({ field: 'values.nope', code: 'merge.unknown_field' }),
      ]);
      expect(
        (await admin('GET', `/merges/account/preview?survivorId=${a.id}&duplicateIds=x,1`)).statusCode,
      ).toBe(400);
      expect(await state()).toEqual(before);
    });

    it('needs update on the survivor and delete on the duplicates, within the viewer’s scope', async () => {
      const mine = await create('account', { name: '蓝天环保' }, repCookie);
      const twin = await create('account', { name: '蓝天环保科技' }, repCookie);
      const outside = await create('account', { name: '蓝天环保集团' });
      const before = await state();
      // A rep holds no delete on accounts.
      const rep = await call(repCookie, 'POST', '/merges/account', {
        survivorId: mine.id,
        duplicateIds: [twin.id],
      });
      expect(rep.statusCode).toBe(403);
      expect(
        (
          await call(
            repCookie,
            'GET',
            `/merges/account/preview?survivorId=${mine.id}&duplicateIds=${twin.id}`,
          )
        ).statusCode,
      ).toBe(403);
      // The manager's scope is the department: the admin's account is out of it.
      const manager = (payload: unknown) => call(managerCookie, 'POST', '/merges/account', payload);
      expect((await manager({ survivorId: mine.id, duplicateIds: [outside.id] })).statusCode).toBe(404);
      expect((await manager({ survivorId: outside.id, duplicateIds: [twin.id] })).statusCode).toBe(404);
      expect(await state()).toEqual(before);
      const ok = await manager({ survivorId: mine.id, duplicateIds: [twin.id] });
      expect(ok.statusCode, ok.body).toBe(200);
      expect(ok.json().survivor.ownerId).toBe(repId);
    });
  });
}
