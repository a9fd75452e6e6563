import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_PASSWORD, insertUser } from '../../../test/support/org-fixtures.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { DIALECTS } from '../../../test/support/test-database.ts';

for (const dialect of DIALECTS) {
  describe(`service tickets (${dialect})`, () => {
    let t: TestApp;
    let owner: string;
    let ownerId: number;
    let agentId: number;
    let accountId: number;

    const call = (method: 'GET' | 'POST' | 'PATCH', url: string, body?: unknown, cookie = t.adminCookie) =>
      t.call(cookie, method, url, body);
    const create = async (values: Record<string, unknown>, cookie = t.adminCookie) => {
      const res = await call('POST', '/objects/ticket/records', values, cookie);
      expect(res.statusCode, res.body).toBe(201);
      return res.json() as Record<string, unknown> & { id: number; version: number };
    };
    const patch = (ticket: { id: number; version: number }, values: Record<string, unknown>) =>
      call('PATCH', `/objects/ticket/records/${ticket.id}`, { version: ticket.version, ...values });
    const notificationsOf = (userId: number, kind: string) =>
      t.database.db
        .selectFrom('notifications')
        .selectAll()
        .where('user_id', '=', userId)
        .where('kind', '=', kind)
        .execute();

    beforeAll(async () => {
      t = await createTestApp(dialect);
      ownerId = await insertUser(t.database.db, { username: 'rep.owner', name: '孙丽', roles: ['salesRep'] });
      agentId = await insertUser(t.database.db, { username: 'agent', name: '客服小刘', roles: ['salesRep'] });
      owner = await t.login('rep.owner', FIXTURE_PASSWORD);
      const account = await call('POST', '/objects/account/records', { name: '成都天府软件园' }, owner);
      accountId = account.json().id;
    });
    afterAll(async () => t?.close());

    it('moves open → in progress → resolved → closed and back, with resolvedAt kept in step', async () => {
      const ticket = await create({ subject: '系统登录缓慢', type: 'request', account: accountId });
      expect(ticket).toMatchObject({ status: 'open', priority: 'normal', resolvedAt: null });
      const started = await patch(ticket, { status: 'inProgress' });
      expect(started.statusCode, started.body).toBe(200);
      const resolved = await patch(started.json(), { status: 'resolved', resolution: '扩容数据库连接池' });
      expect(resolved.statusCode, resolved.body).toBe(200);
      expect(typeof resolved.json().resolvedAt).toBe('string');
      const closed = await patch(resolved.json(), { status: 'closed' });
      expect(closed.json()).toMatchObject({ status: 'closed', resolvedAt: resolved.json().resolvedAt });
      const reopened = await patch(closed.json(), { status: 'inProgress' });
      expect(reopened.json()).toMatchObject({ status: 'inProgress', resolvedAt: null });
      const again = await patch(reopened.json(), { status: 'resolved' });
      expect(again.statusCode).toBe(200);
      const backAgain = await patch(again.json(), { status: 'inProgress' });
      expect(backAgain.json().resolvedAt).toBeNull();

      // The account's timeline shows the ticket's life.
      const timeline = await call('GET', `/timeline?object=account&id=${accountId}`);
      const entries = timeline
        .json()
        .items.filter(
          (e: { source: { id: number; object: string } }) =>
            e.source.object === 'ticket' && e.source.id === ticket.id,
        );
      expect(entries.map((e: { kind: string }) => e.kind)).toEqual([
        'updated',
        'updated',
        'updated',
        'updated',
        'updated',
        'updated',
        'created',
      ]);
    });

    it('refuses invalid jumps and resolving without a resolution with a 422, changing nothing', async () => {
      const ticket = await create({ subject: '发票抬头错误', type: 'inquiry', account: accountId });
      const jump = await patch(ticket, { status: 'closed' });
      expect(jump.statusCode).toBe(422);
      expect(jump.json()).toMatchObject({
        code: 'ticket.invalid_transition',
        errors: [{ field: 'status', code: 'ticket.invalid_transition' }],
      });
      expect((await patch(ticket, { status: 'resolved', resolution: '已重开' })).statusCode).toBe(422);
      const started = (await patch(ticket, { status: 'inProgress' })).json();
      const bare = await patch(started, { status: 'resolved' });
      expect(bare.statusCode).toBe(422);
      expect(bare.json().errors).toEqual([
        expect.objectContaining({ field: 'resolution', code: 'ticket.resolution_required' }),
      ]);
      const zh = await t.call(
        t.adminCookie,
        'PATCH',
        `/objects/ticket/records/${ticket.id}`,
        { version: started.version, status: 'resolved', resolution: '  ' },
        'zh-CN',
      );
      expect(zh.json().errors[0].message).toBe('解决工单前请填写处理结果');
      expect((await patch(started, { status: 'open' })).statusCode).toBe(422);
      expect((await patch(started, { status: null })).statusCode).toBe(422);
      const stored = (await call('GET', `/objects/ticket/records/${ticket.id}`)).json();
      expect(stored).toMatchObject({ status: 'inProgress', version: started.version, resolvedAt: null });

      const notOpen = await call('POST', '/objects/ticket/records', {
        subject: 'x',
        type: 'request',
        status: 'resolved',
      });
      expect(notOpen.statusCode).toBe(422);
      const badType = await call('POST', '/objects/ticket/records', { subject: 'x', type: 'praise' });
      expect(badType.statusCode).toBe(400);
    });

    it('tells the account owner of complaints and urgent tickets, and an assignee of their ticket', async () => {
      const complaint = await create({
        subject: '交付延期投诉',
        type: 'complaint',
        account: accountId,
        ownerId: agentId,
      });
      const complaints = await notificationsOf(ownerId, 'ticket.complaint');
      expect(complaints).toHaveLength(1);
      expect(complaints[0]).toMatchObject({ object: 'ticket', record_id: complaint.id });
      const list = await t.call(owner, 'GET', '/notifications', undefined, 'zh-CN');
      expect(list.json().items[0].title).toBe('客户「成都天府软件园」有新的投诉：交付延期投诉');
      expect(await notificationsOf(agentId, 'ticket.assigned')).toHaveLength(1);

      // Becoming urgent notifies once; staying urgent does not again.
      const request = await create({ subject: '服务器宕机', type: 'request', account: accountId });
      expect(await notificationsOf(ownerId, 'ticket.urgent')).toHaveLength(0);
      const urgent = (await patch(request, { priority: 'urgent' })).json();
      expect(await notificationsOf(ownerId, 'ticket.urgent')).toHaveLength(1);
      await patch(urgent, { description: '机房断电' });
      expect(await notificationsOf(ownerId, 'ticket.urgent')).toHaveLength(1);

      // The account owner filing a complaint themselves is not told about it.
      const before = (await notificationsOf(ownerId, 'ticket.complaint')).length;
      await create({ subject: '自己登记的投诉', type: 'complaint', account: accountId }, owner);
      expect(await notificationsOf(ownerId, 'ticket.complaint')).toHaveLength(before);
      // Reassigning tells the new owner.
      const mine = await create({ subject: '培训需求', type: 'request', account: accountId });
      await patch(mine, { ownerId: ownerId });
      expect((await notificationsOf(ownerId, 'ticket.assigned')).map((n) => n.record_id)).toContain(mine.id);
    });
  });
}
