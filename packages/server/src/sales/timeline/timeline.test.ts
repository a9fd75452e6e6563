import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_PASSWORD, insertDepartment, insertUser } from '../../../test/support/org-fixtures.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { DIALECTS } from '../../../test/support/test-database.ts';
import { loadViewer } from '../../platform/auth/load-viewer.ts';
import { runAfterMerge } from '../../records/record-behaviour.ts';
import { recordContext } from '../../records/record-context.ts';
import { inRecordTransaction } from '../../records/record-write.ts';

const label = (text: string) => ({ 'zh-CN': text, en: text });

interface Entry {
  id: number;
  kind: string;
  source: { object: string; id: number; title: string | null };
  actor: { id: number; name: string } | null;
  changes: Array<{ field: string; oldValue: unknown; newValue: unknown }>;
}

for (const dialect of DIALECTS) {
  describe(`timeline (${dialect})`, () => {
    let t: TestApp;
    let repA: string;
    let repB: string;
    let manager: string;
    let repAId: number;
    let repBId: number;

    const call = (cookie: string, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, body?: unknown) =>
      t.call(cookie, method, url, body);
    const create = async (cookie: string, object: string, values: Record<string, unknown>) => {
      const res = await call(cookie, 'POST', `/objects/${object}/records`, values);
      expect(res.statusCode, res.body).toBe(201);
      return res.json() as { id: number; version: number };
    };
    const timeline = async (cookie: string, object: string, id: number, query = '') => {
      const res = await call(cookie, 'GET', `/timeline?object=${object}&id=${id}${query}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as {
        items: Entry[];
        refs: { records: Record<string, Record<string, string>>; users: Record<string, string> };
        nextCursor: string | null;
      };
    };
    const sources = (items: Entry[]) => items.map((e) => `${e.source.object}:${e.kind}`);

    beforeAll(async () => {
      t = await createTestApp(dialect);
      const east = await insertDepartment(t.database.db, '华东销售部');
      repAId = await insertUser(t.database.db, {
        username: 'rep.a',
        name: '李娜',
        departmentId: east.id,
        roles: ['salesRep'],
      });
      repBId = await insertUser(t.database.db, {
        username: 'rep.b',
        name: '张伟',
        departmentId: east.id,
        roles: ['salesRep'],
      });
      await insertUser(t.database.db, { username: 'mgr', departmentId: east.id, roles: ['salesManager'] });
      repA = await t.login('rep.a', FIXTURE_PASSWORD);
      repB = await t.login('rep.b', FIXTURE_PASSWORD);
      manager = await t.login('mgr', FIXTURE_PASSWORD);
    });
    afterAll(async () => t?.close());

    it('shows the writes of the account and of every record linked to it, newest first, with old → new', async () => {
      const account = await create(repA, 'account', { name: '苏州恒通精密机械有限公司' });
      const contact = await create(repA, 'contact', { name: '王建国', account: account.id });
      // The default pipeline's first two stages (初步接洽, 方案呈现).
      const pipelines = (await call(t.adminCookie, 'GET', '/pipelines')).json();
      const pipeline = pipelines.items.find((p: { isDefault: boolean }) => p.isDefault);
      const [first, second] = pipeline.stages as [{ id: number }, { id: number }];
      const deal = await create(repA, 'opportunity', {
        name: '数控机床采购',
        account: account.id,
        contact: contact.id,
        pipeline: pipeline.id,
        stage: first.id,
        amount: '100000.00',
      });
      const moved = await call(repA, 'PATCH', `/objects/opportunity/records/${deal.id}`, {
        version: deal.version,
        stage: second.id,
      });
      expect(moved.statusCode, moved.body).toBe(200);
      await create(repA, 'followUp', { type: 'visit', content: '现场演示五轴机床', contact: contact.id });
      const ticket = await create(repA, 'ticket', {
        subject: '主轴异响',
        type: 'request',
        account: account.id,
      });
      await create(repA, 'task', { subject: '寄送报价', account: account.id });

      const page = await timeline(repA, 'account', account.id);
      expect(sources(page.items)).toEqual([
        'task:created',
        'ticket:created',
        'followUp:created',
        'opportunity:updated',
        'opportunity:created',
        'contact:created',
        'account:created',
      ]);
      const stageChange = page.items.find((e) => e.kind === 'updated');
      expect(stageChange?.changes).toContainEqual({
        field: 'stage',
        oldValue: first.id,
        newValue: second.id,
      });
      expect(page.refs.records.pipelineStage).toEqual({ [first.id]: '初步接洽', [second.id]: '方案呈现' });
      expect(stageChange?.actor).toEqual({ id: repAId, name: '李娜' });
      expect(stageChange?.source).toEqual({ object: 'opportunity', id: deal.id, title: '数控机床采购' });
      const followUp = page.items.find((e) => e.source.object === 'followUp');
      expect(followUp?.changes).toEqual(
        expect.arrayContaining([
          { field: 'type', oldValue: null, newValue: 'visit' },
          { field: 'content', oldValue: null, newValue: '现场演示五轴机床' },
          { field: 'account', oldValue: null, newValue: account.id },
        ]),
      );
      expect(page.items.find((e) => e.source.object === 'ticket')?.source.id).toBe(ticket.id);

      // The contact's and the opportunity's timelines show what concerns them.
      expect(sources((await timeline(repA, 'contact', contact.id)).items)).toEqual([
        'followUp:created',
        'opportunity:updated',
        'opportunity:created',
        'contact:created',
      ]);
      expect(sources((await timeline(repA, 'opportunity', deal.id)).items)).toEqual([
        'opportunity:updated',
        'opportunity:created',
      ]);
    });

    it('records deletes and restores; a record moved to another account shows on both, its history too', async () => {
      const one = await create(repA, 'account', { name: '杭州云栖科技' });
      const two = await create(repA, 'account', { name: '宁波港联物流' });
      const contact = await create(repA, 'contact', { name: '陈静', account: one.id });
      const moved = await call(repA, 'PATCH', `/objects/contact/records/${contact.id}`, {
        version: contact.version,
        account: two.id,
      });
      expect(moved.statusCode).toBe(200);
      expect((await call(t.adminCookie, 'DELETE', `/objects/contact/records/${contact.id}`)).statusCode).toBe(
        204,
      );
      expect(
        (await call(t.adminCookie, 'POST', `/objects/contact/records/${contact.id}/restore`)).statusCode,
      ).toBe(200);
      expect(sources((await timeline(repA, 'account', one.id)).items)).toEqual([
        'contact:updated',
        'contact:created',
        'account:created',
      ]);
      const onTwo = await timeline(repA, 'account', two.id);
      expect(sources(onTwo.items)).toEqual([
        'contact:restored',
        'contact:deleted',
        'contact:updated',
        'contact:created',
        'account:created',
      ]);
      expect(onTwo.items[2]?.changes).toEqual([{ field: 'account', oldValue: one.id, newValue: two.id }]);
      // The contact's creation came along as it was: when, by whom, with its first values.
      const [created] = (await timeline(repA, 'account', one.id)).items.filter((e) => e.kind === 'created');
      expect(created?.source.object).toBe('contact');
      expect(onTwo.items[3]).toEqual({ ...created, id: onTwo.items[3]?.id });
      expect(onTwo.refs.records.account).toEqual({ [one.id]: '杭州云栖科技', [two.id]: '宁波港联物流' });
    });

    it('takes the anchors of a custom object from its lookups', async () => {
      const object = 'siteSurvey';
      expect(
        (await call(t.adminCookie, 'POST', '/objects', { apiName: object, label: label('现场勘察') }))
          .statusCode,
      ).toBe(201);
      for (const [apiName, type, options] of [
        ['title', 'text', undefined],
        ['customer', 'lookup', { target: 'account' }],
        ['partner', 'lookup', { target: 'account' }],
      ] as const) {
        const res = await call(t.adminCookie, 'POST', `/objects/${object}/fields`, {
          apiName,
          type,
          label: label(apiName),
          ...(options ? { options } : {}),
        });
        expect(res.statusCode, res.body).toBe(201);
      }
      const customer = await create(t.adminCookie, 'account', { name: '无锡华光电子', ownerId: repAId });
      const partner = await create(t.adminCookie, 'account', { name: '常州协力机电', ownerId: repAId });
      const survey = await create(t.adminCookie, object, {
        title: '厂房勘察',
        customer: customer.id,
        partner: partner.id,
        ownerId: repAId,
      });
      const onCustomer = await timeline(t.adminCookie, 'account', customer.id);
      expect(onCustomer.items[0]).toMatchObject({
        kind: 'created',
        source: { object, id: survey.id, title: '厂房勘察' },
      });
      expect(sources((await timeline(t.adminCookie, 'account', partner.id)).items)[0]).toBe(
        `${object}:created`,
      );
      // Rep A owns both accounts but holds no permission on the custom object: its entries stay hidden.
      expect(sources((await timeline(repA, 'account', customer.id)).items)).toEqual(['account:created']);

      // Merging the partner into the customer moves its entries; the survey shows once.
      const adminId = (await call(t.adminCookie, 'GET', '/me')).json().id as number;
      const viewer = await loadViewer(t.database.db, adminId, null, null);
      const context = await recordContext(t.database, 'account', viewer!);
      await inRecordTransaction(t.database, async (trx) => {
        await runAfterMerge(trx, context, {
          survivorId: customer.id,
          mergedIds: [partner.id],
          at: new Date().toISOString(),
        });
      });
      const merged = await timeline(t.adminCookie, 'account', customer.id);
      expect(sources(merged.items)).toEqual([`${object}:created`, 'account:created', 'account:created']);
      expect(merged.items.map((e) => e.source.id)).toEqual([survey.id, customer.id, customer.id]);
      expect((await timeline(t.adminCookie, 'account', partner.id)).items).toEqual([]);
    });

    it('shows a rep only entries about records they may read, and pages by keyset without gaps', async () => {
      const account = await create(repA, 'account', { name: '上海申华医疗器械' });
      for (const content of ['电话沟通需求', '发送产品资料', '约定拜访时间']) {
        await create(repA, 'followUp', { type: 'phone', content, account: account.id });
      }
      // Another rep's follow-up on the same account: the manager sees it, rep A does not.
      await create(t.adminCookie, 'followUp', {
        type: 'wechat',
        content: '张伟的私下沟通',
        account: account.id,
        ownerId: repBId,
      });
      const mine = await timeline(repA, 'account', account.id);
      expect(
        mine.items.map((e) => e.changes.find((c) => c.field === 'content')?.newValue ?? e.source.object),
      ).toEqual(['约定拜访时间', '发送产品资料', '电话沟通需求', 'account']);
      const all = await timeline(manager, 'account', account.id);
      expect(all.items).toHaveLength(5);

      const seen: number[] = [];
      let cursor: string | null = null;
      do {
        const page = await timeline(
          manager,
          'account',
          account.id,
          `&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        );
        expect(page.items.length).toBeLessThanOrEqual(2);
        seen.push(...page.items.map((e) => e.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toEqual(all.items.map((e) => e.id));
      expect([...seen].sort((a, b) => b - a)).toEqual(seen);

      // Rep B may not read the account: its timeline is a 404, as the record is.
      const denied = await call(repB, 'GET', `/timeline?object=account&id=${account.id}`);
      expect(denied.statusCode).toBe(404);
      expect(denied.json().code).toBe('record.not_found');
    });

    it('refuses bad input with a 4xx', async () => {
      expect((await call(repA, 'GET', '/timeline?object=ticket&id=1')).statusCode).toBe(400);
      expect((await call(repA, 'GET', '/timeline?object=account&id=abc')).statusCode).toBe(400);
      const own = await create(repA, 'account', { name: '合肥科大讯联' });
      const cursor = await call(repA, 'GET', `/timeline?object=account&id=${own.id}&cursor=bm90LWEtY3Vyc29y`);
      expect(cursor.statusCode).toBe(400);
      expect(cursor.json().code).toBe('common.invalid_cursor');
      await insertUser(t.database.db, { username: 'nobody' });
      const nobody = await t.login('nobody', FIXTURE_PASSWORD);
      expect((await call(nobody, 'GET', `/timeline?object=account&id=${own.id}`)).statusCode).toBe(403);
      expect(
        (await t.app.inject({ method: 'GET', url: '/api/v1/timeline?object=account&id=1' })).statusCode,
      ).toBe(401);
    });
  });
}
