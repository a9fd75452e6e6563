import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_PASSWORD, insertDepartment, insertUser } from '../../../test/support/org-fixtures.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { DIALECTS } from '../../../test/support/test-database.ts';

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

for (const dialect of DIALECTS) {
  describe(`lead conversion (${dialect})`, () => {
    let t: TestApp;
    let repCookie: string;
    let otherRepCookie: string;
    let managerCookie: string;
    let repId: number;
    let otherRepId: number;
    const as = (cookie: string) => (method: Method, url: string, payload?: unknown) =>
      t.call(cookie, method, url, payload);
    const admin = (method: Method, url: string, payload?: unknown) =>
      t.call(t.adminCookie, method, url, payload);

    /** Creates a record as `cookie` and returns it. */
    const create = async (cookie: string, object: string, values: Record<string, unknown>) => {
      const res = await t.call(cookie, 'POST', `/objects/${object}/records`, values);
      expect(res.statusCode, res.body).toBe(201);
      return res.json() as { id: number; version: number; [field: string]: unknown };
    };
    const get = async (object: string, id: number) =>
      (await admin('GET', `/objects/${object}/records/${id}`)).json();
    /** Row counts of the tables a conversion writes, to prove a refused one wrote nothing. */
    const counts = async () => ({
      accounts: await t.rowCount('obj_account'),
      contacts: await t.rowCount('obj_contact'),
      opportunities: await t.rowCount('obj_opportunity'),
      history: await t.rowCount('record_history'),
      events: await t.rowCount('outbox_events'),
    });

    beforeAll(async () => {
      t = await createTestApp(dialect);
      const db = t.database.db;
      const sales = await insertDepartment(db, '销售部');
      await insertUser(db, { username: 'manager', departmentId: sales.id, roles: ['salesManager'] });
      repId = await insertUser(db, { username: 'rep', departmentId: sales.id, roles: ['salesRep'] });
      otherRepId = await insertUser(db, { username: 'rep2', roles: ['salesRep'] });
      repCookie = await t.login('rep', FIXTURE_PASSWORD);
      otherRepCookie = await t.login('rep2', FIXTURE_PASSWORD);
      managerCookie = await t.login('manager', FIXTURE_PASSWORD);
    });
    afterAll(async () => t?.close());

    it('starts a lead as new unless the create names another status', async () => {
      expect((await create(repCookie, 'lead', { name: '周敏', company: '宁波甬江物流' })).status).toBe('new');
      expect((await create(repCookie, 'lead', { name: '吴昊', status: 'contacted' })).status).toBe(
        'contacted',
      );
    });

    it('converts into a new account, contact and opportunity, with everything flowing from the lead', async () => {
      const rep = as(repCookie);
      const lead = await create(repCookie, 'lead', {
        name: '王磊',
        company: '杭州云帆科技有限公司',
        title: '采购经理',
        phone: '+86 138 0571 0001',
        email: 'Wang.Lei@yunfan.example.cn',
        source: 'exhibition',
        campaign: '2026 杭州工业展',
        region: '330106',
        industry: 'it',
        status: 'qualified',
      });
      const preview = await rep('GET', `/leads/${lead.id}/conversion`);
      expect(preview.statusCode, preview.body).toBe(200);
      expect(preview.json()).toMatchObject({
        converted: false,
        accounts: [],
        contacts: [],
        may: { createAccount: true, createContact: true, createOpportunity: true },
      });

      const res = await rep('POST', `/leads/${lead.id}/convert`, {
        version: lead.version,
        account: { mode: 'new' },
        contact: { mode: 'new' },
        opportunity: { name: '云帆科技 MES 项目', amount: '100000.00', closeDate: '2026-09-30' },
      });
      expect(res.statusCode, res.body).toBe(200);
      const { lead: converted, account, contact, opportunity } = res.json();
      expect(account).toMatchObject({
        name: '杭州云帆科技有限公司',
        phone: '13805710001',
        region: '330106',
        industry: 'it',
        source: 'exhibition',
        lead: lead.id,
        ownerId: repId,
      });
      expect(contact).toMatchObject({
        name: '王磊',
        title: '采购经理',
        phone: '13805710001',
        email: 'Wang.Lei@yunfan.example.cn',
        account: account.id,
        lead: lead.id,
      });
      expect(opportunity).toMatchObject({
        name: '云帆科技 MES 项目',
        amount: '100000.00',
        closeDate: '2026-09-30',
        account: account.id,
        contact: contact.id,
        source: 'exhibition',
        lead: lead.id,
      });
      expect(converted).toMatchObject({
        status: 'converted',
        convertedAccount: account.id,
        convertedContact: contact.id,
        convertedOpportunity: opportunity.id,
        campaign: '2026 杭州工业展',
      });
      expect(Date.parse(converted.convertedAt)).toBeGreaterThan(Date.now() - 60_000);

      // Field history and outbox events come from the records commands.
      const history = (await rep('GET', `/objects/lead/records/${lead.id}/history`)).json().items;
      expect(history.map((h: { field: string }) => h.field)).toEqual(
        expect.arrayContaining(['status', 'convertedAccount', 'convertedAt']),
      );
      const events = await t.database.db
        .selectFrom('outbox_events')
        .select(['type', 'aggregate_type'])
        .where('aggregate_type', 'in', ['account', 'contact', 'opportunity', 'lead'])
        .execute();
      expect(events).toEqual(
        expect.arrayContaining([
          { type: 'record.created', aggregate_type: 'account' },
          { type: 'record.created', aggregate_type: 'contact' },
          { type: 'record.created', aggregate_type: 'opportunity' },
          { type: 'record.updated', aggregate_type: 'lead' },
        ]),
      );
    });

    it('takes the lead’s follow-ups and tasks along to what it became, with their history', async () => {
      const lead = await create(repCookie, 'lead', { name: '陈志远', company: '宁波海曙智能装备有限公司' });
      const followUp = await create(repCookie, 'followUp', {
        type: 'phone',
        content: '展会后电话回访，希望下周看演示',
        lead: lead.id,
      });
      // A colleague's task about the lead: the rep may not edit it, the conversion links it all the same.
      const task = await create(managerCookie, 'task', { subject: '准备演示环境', lead: lead.id });
      const elsewhere = await create(repCookie, 'account', { name: '宁波港联物流有限公司' });
      const aboutOther = await create(repCookie, 'followUp', {
        type: 'visit',
        content: '顺路拜访港联',
        lead: lead.id,
        account: elsewhere.id,
      });
      // The first follow-up stopped the lead's first-response clock: a new version.
      const res = await as(repCookie)('POST', `/leads/${lead.id}/convert`, {
        version: (await get('lead', lead.id)).version,
        account: { mode: 'new' },
        contact: { mode: 'new' },
        opportunity: { name: '海曙智能 MES 一期' },
      });
      expect(res.statusCode, res.body).toBe(200);
      const { account, contact, opportunity } = res.json();
      const links = { account: account.id, contact: contact.id, opportunity: opportunity.id, lead: lead.id };
      expect(await get('followUp', followUp.id)).toMatchObject(links);
      expect(await get('task', task.id)).toMatchObject({ ...links, ownerId: expect.any(Number) });
      expect(await get('followUp', aboutOther.id)).toMatchObject({
        account: elsewhere.id,
        contact: null,
        opportunity: null,
      });

      const timeline = async (object: string, id: number) => {
        const page = await as(repCookie)('GET', `/timeline?object=${object}&id=${id}`);
        expect(page.statusCode, page.body).toBe(200);
        return page.json().items as Array<{
          kind: string;
          at: string;
          source: { object: string; id: number };
          changes: Array<{ field: string; newValue: unknown }>;
        }>;
      };
      const onLead = (await timeline('lead', lead.id)).find(
        (e) => e.source.object === 'followUp' && e.source.id === followUp.id && e.kind === 'created',
      );
      for (const [object, id] of [
        ['account', account.id],
        ['contact', contact.id],
        ['opportunity', opportunity.id],
      ] as const) {
        const items = await timeline(object, id);
        const written = items.find((e) => e.source.object === 'followUp' && e.kind === 'created');
        expect(written?.source.id, object).toBe(followUp.id);
        expect(written?.changes).toContainEqual({
          field: 'content',
          oldValue: null,
          newValue: '展会后电话回访，希望下周看演示',
        });
        expect(written?.at).toBe(onLead?.at);
      }
      // The rep sees only their own follow-up on the customer's timeline, not the manager's task.
      const onAccount = await timeline('account', account.id);
      expect(onAccount.some((e) => e.source.object === 'task')).toBe(false);
      expect(onAccount.some((e) => e.source.id === aboutOther.id && e.source.object === 'followUp')).toBe(
        false,
      );
    });

    it('merges into an existing account found by its normalised name, without a contact or an opportunity', async () => {
      const rep = as(repCookie);
      const existing = await create(repCookie, 'account', {
        name: '华东精密制造（中国）有限公司',
        level: 'a',
      });
      const lead = await create(repCookie, 'lead', {
        name: '陈静',
        company: '华东精密制造 有限公司',
        phone: '021-5888 1234',
        industry: 'manufacturing',
      });
      const preview = (await rep('GET', `/leads/${lead.id}/conversion`)).json();
      expect(preview.accounts).toHaveLength(1);
      expect(preview.accounts[0]).toMatchObject({
        object: 'account',
        record: { id: existing.id, name: '华东精密制造（中国）有限公司' },
        matchedOn: ['company'],
      });

      const res = await rep('POST', `/leads/${lead.id}/convert`, {
        account: { mode: 'existing', id: existing.id },
        contact: { mode: 'none' },
      });
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json();
      expect(body.contact).toBeNull();
      expect(body.opportunity).toBeNull();
      // The account keeps its own values and gains the lead's where it had none.
      expect(body.account).toMatchObject({
        id: existing.id,
        name: '华东精密制造（中国）有限公司',
        level: 'a',
        phone: '021-58881234',
        industry: 'manufacturing',
        lead: lead.id,
      });
      expect(body.lead).toMatchObject({
        status: 'converted',
        convertedAccount: existing.id,
        convertedContact: null,
        convertedOpportunity: null,
      });
    });

    it('links an existing contact of the chosen account and refuses one of another account', async () => {
      const rep = as(repCookie);
      const account = await create(repCookie, 'account', { name: '北方重工' });
      const other = await create(repCookie, 'account', { name: '南方电网' });
      const contact = await create(repCookie, 'contact', {
        name: '李娜',
        phone: '13912345678',
        account: account.id,
      });
      const stranger = await create(repCookie, 'contact', {
        name: '赵强',
        email: 'zq@south.example.cn',
        account: other.id,
      });
      const lead = await create(repCookie, 'lead', {
        name: '李娜',
        company: '北方重工',
        phone: '139-1234-5678',
        email: 'lina@north.example.cn',
      });

      const preview = (await rep('GET', `/leads/${lead.id}/conversion`)).json();
      expect(preview.contacts.map((c: { record: { id: number } }) => c.record.id)).toEqual([contact.id]);
      expect(preview.contacts[0].matchedOn).toEqual(['phone']);

      const before = await counts();
      const refused = await rep('POST', `/leads/${lead.id}/convert`, {
        account: { mode: 'existing', id: account.id },
        contact: { mode: 'existing', id: stranger.id },
      });
      expect(refused.statusCode).toBe(422);
      expect(refused.json()).toMatchObject({
        errors: [{ field: 'contact.id', code: 'lead.contact_of_other_account' }],
      });
      expect(await counts()).toEqual(before);
      expect((await get('lead', lead.id)).status).toBe('new');

      const res = await rep('POST', `/leads/${lead.id}/convert`, {
        account: { mode: 'existing', id: account.id },
        contact: { mode: 'existing', id: contact.id },
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().contact).toMatchObject({
        id: contact.id,
        email: 'lina@north.example.cn',
        lead: lead.id,
      });
    });

    it('refuses converting twice, a deleted lead, and setting converted through the records API', async () => {
      const rep = as(repCookie);
      const lead = await create(repCookie, 'lead', { name: '周敏', company: '周氏贸易' });
      const first = await rep('POST', `/leads/${lead.id}/convert`, {
        account: { mode: 'new' },
        contact: { mode: 'none' },
      });
      expect(first.statusCode, first.body).toBe(200);
      const before = await counts();
      const again = await rep('POST', `/leads/${lead.id}/convert`, {
        account: { mode: 'new' },
        contact: { mode: 'none' },
      });
      expect(again.statusCode).toBe(409);
      expect(again.json().code).toBe('lead.already_converted');
      expect(
        (
          await t.call(
            repCookie,
            'POST',
            `/leads/${lead.id}/convert`,
            { account: { mode: 'new' }, contact: { mode: 'none' } },
            'zh-CN',
          )
        ).json().detail,
      ).toBe('该线索已转化，不能重复转化');
      expect(await counts()).toEqual(before);

      // A converted lead's key fields are locked; its notes are not.
      const converted = await get('lead', lead.id);
      const locked = await rep('PATCH', `/objects/lead/records/${lead.id}`, {
        version: converted.version,
        company: '别的公司',
        status: 'new',
      });
      expect(locked.statusCode).toBe(409);
      expect(locked.json()).toMatchObject({
        code: 'lead.converted_locked',
        errors: [
          { field: 'company', code: 'lead.converted_locked' },
          { field: 'status', code: 'lead.converted_locked' },
        ],
      });
      const notes = await rep('PATCH', `/objects/lead/records/${lead.id}`, {
        version: converted.version,
        description: '已签约意向',
        company: '周氏贸易',
      });
      expect(notes.statusCode, notes.body).toBe(200);

      const fresh = await create(repCookie, 'lead', { name: '孙丽' });
      const direct = await rep('PATCH', `/objects/lead/records/${fresh.id}`, {
        version: 1,
        status: 'converted',
      });
      expect(direct.statusCode).toBe(422);
      expect(direct.json()).toMatchObject({
        code: 'lead.convert_through_action',
        errors: [{ field: 'status', code: 'lead.convert_through_action' }],
      });
      expect(
        (await rep('POST', '/objects/lead/records', { name: '钱七', status: 'converted' })).statusCode,
      ).toBe(422);
      const managed = await rep('PATCH', `/objects/lead/records/${fresh.id}`, {
        version: 1,
        status: 'converted',
        convertedAt: new Date().toISOString(),
      });
      expect(managed.statusCode).toBe(400);
      expect(managed.json().code).toBe('record.managed_field');

      expect((await admin('DELETE', `/objects/lead/records/${fresh.id}`)).statusCode).toBe(204);
      const deleted = await rep('POST', `/leads/${fresh.id}/convert`, {
        account: { mode: 'new' },
        contact: { mode: 'new' },
      });
      expect(deleted.statusCode).toBe(404);
    });

    it('refuses invalid choices and values with nothing changed', async () => {
      const rep = as(repCookie);
      const lead = await create(repCookie, 'lead', { name: '吴昊', company: '昊天物流' });
      const before = await counts();
      const cases: Array<[unknown, number, string]> = [
        [{ account: { mode: 'existing', id: 999_999 }, contact: { mode: 'none' } }, 404, 'record.not_found'],
        [{ account: { mode: 'new' }, contact: { mode: 'existing', id: 999_999 } }, 404, 'record.not_found'],
        [{ account: { mode: 'merge' }, contact: { mode: 'none' } }, 400, 'common.validation_failed'],
        [{ account: { mode: 'new' } }, 400, 'common.validation_failed'],
        [{ account: { mode: 'new' }, contact: { mode: 'none' }, extra: 1 }, 400, 'common.validation_failed'],
        [
          { account: { mode: 'new' }, contact: { mode: 'new' }, opportunity: { name: ' ' } },
          400,
          'common.validation_failed',
        ],
        [{ account: { mode: 'new' }, contact: { mode: 'none' }, version: 7 }, 409, 'common.stale_version'],
      ];
      for (const [body, status, code] of cases) {
        const res = await rep('POST', `/leads/${lead.id}/convert`, body);
        expect(res.statusCode, JSON.stringify(body)).toBe(status);
        expect(res.json().code).toBe(code);
      }
      // A bad opportunity amount is refused after the account and contact were written: all rolled back.
      const amount = await rep('POST', `/leads/${lead.id}/convert`, {
        account: { mode: 'new' },
        contact: { mode: 'new' },
        opportunity: { name: '昊天仓储项目', amount: '12.345' },
      });
      expect(amount.statusCode).toBe(400);
      expect(amount.json().errors).toEqual([
        expect.objectContaining({ field: 'opportunity.amount', code: 'value.expected_amount' }),
      ]);
      expect(await counts()).toEqual(before);
      expect((await get('lead', lead.id)).status).toBe('new');
      expect(
        (
          await admin('POST', '/leads/999999/convert', {
            account: { mode: 'new' },
            contact: { mode: 'none' },
          })
        ).statusCode,
      ).toBe(404);
    });

    it('keeps reps within their data scope: their own leads, accounts and contacts only', async () => {
      const mine = await create(repCookie, 'lead', {
        name: '郑伟',
        company: '远景能源',
        phone: '13700001111',
      });
      const theirs = await create(otherRepCookie, 'lead', { name: '冯雪', company: '远景能源' });
      const theirAccount = await create(otherRepCookie, 'account', { name: '远景能源有限公司' });
      const theirContact = await create(otherRepCookie, 'contact', { name: '郑伟', phone: '13700001111' });

      // The other rep's account and contact are no candidates for this rep, nor for the manager of another
      // department; they are for the admin.
      const preview = (await as(repCookie)('GET', `/leads/${mine.id}/conversion`)).json();
      expect(preview.accounts).toEqual([]);
      expect(preview.contacts).toEqual([]);
      const managerPreview = (await as(managerCookie)('GET', `/leads/${mine.id}/conversion`)).json();
      expect(managerPreview.accounts).toEqual([]);
      const adminPreview = (await admin('GET', `/leads/${mine.id}/conversion`)).json();
      expect(adminPreview.accounts.map((c: { record: { id: number } }) => c.record.id)).toEqual([
        theirAccount.id,
      ]);
      expect(adminPreview.contacts.map((c: { record: { id: number } }) => c.record.id)).toEqual([
        theirContact.id,
      ]);

      const before = await counts();
      for (const body of [
        { account: { mode: 'existing', id: theirAccount.id }, contact: { mode: 'none' } },
        { account: { mode: 'new' }, contact: { mode: 'existing', id: theirContact.id } },
      ]) {
        const res = await as(repCookie)('POST', `/leads/${mine.id}/convert`, body);
        expect(res.statusCode).toBe(404);
      }
      expect((await as(repCookie)('GET', `/leads/${theirs.id}/conversion`)).statusCode).toBe(404);
      const foreign = await as(repCookie)('POST', `/leads/${theirs.id}/convert`, {
        account: { mode: 'new' },
        contact: { mode: 'none' },
      });
      expect(foreign.statusCode).toBe(404);
      expect(await counts()).toEqual(before);

      // The manager converts the rep's lead: the new records belong to the lead's owner.
      const res = await as(managerCookie)('POST', `/leads/${mine.id}/convert`, {
        account: { mode: 'new' },
        contact: { mode: 'new' },
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().account.ownerId).toBe(repId);
      expect(res.json().contact.ownerId).toBe(repId);
      expect(otherRepId).toBeGreaterThan(0);
    });

    it('needs create permission on what is created', async () => {
      const db = t.database.db;
      const now = new Date().toISOString();
      const { id: roleId } = await db
        .insertInto('roles')
        .values({
          key: null,
          name: '只读客户',
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
          { role_id: roleId, object: 'lead', action: 'read', scope: 'own' },
          { role_id: roleId, object: 'lead', action: 'create', scope: 'own' },
          { role_id: roleId, object: 'lead', action: 'update', scope: 'own' },
          { role_id: roleId, object: 'account', action: 'read', scope: 'all' },
          { role_id: roleId, object: 'contact', action: 'read', scope: 'all' },
        ])
        .execute();
      await insertUser(db, { username: 'limited', roles: [roleId] });
      const cookie = await t.login('limited', FIXTURE_PASSWORD);
      const lead = await create(cookie, 'lead', { name: '林峰', company: '林氏机械' });
      const preview = (await as(cookie)('GET', `/leads/${lead.id}/conversion`)).json();
      expect(preview.may).toEqual({ createAccount: false, createContact: false, createOpportunity: false });
      const before = await counts();
      const res = await as(cookie)('POST', `/leads/${lead.id}/convert`, {
        account: { mode: 'new' },
        contact: { mode: 'none' },
      });
      expect(res.statusCode).toBe(403);
      expect(await counts()).toEqual(before);
      // Linking an account they may read (without updating it) is allowed.
      const account = await create(t.adminCookie, 'account', { name: '林氏机械' });
      const linked = await as(cookie)('POST', `/leads/${lead.id}/convert`, {
        account: { mode: 'existing', id: account.id },
        contact: { mode: 'none' },
      });
      expect(linked.statusCode, linked.body).toBe(200);
      expect(linked.json().account.lead).toBeNull();
    });
  });
}
