import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_PASSWORD, insertDepartment, insertUser } from '../../../test/support/org-fixtures.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { DIALECTS } from '../../../test/support/test-database.ts';
import { loadViewer } from '../../platform/auth/load-viewer.ts';
import { createRecordIn } from '../../records/create-record.command.ts';
import { inRecordTransaction } from '../../records/record-write.ts';
import { systemRecordContext } from '../../records/system-context.ts';

for (const dialect of DIALECTS) {
  describe(`account overview (${dialect})`, () => {
    let t: TestApp;
    let rep: string;
    let repId: number;
    let otherId: number;
    let accountId: number;

    const call = (url: string, cookie = t.adminCookie) => t.call(cookie, 'GET', url);
    /** Writes as the system would (contract status and received amounts are kept by the contracts feature). */
    const write = async (object: string, values: Record<string, unknown>) => {
      const viewer = await loadViewer(t.database.db, repId, null, null);
      const context = await systemRecordContext(t.database, object, viewer!, t.database.db);
      return inRecordTransaction(t.database, (trx) =>
        createRecordIn(trx, context, values, { managed: true }),
      );
    };

    beforeAll(async () => {
      t = await createTestApp(dialect);
      const team = await insertDepartment(t.database.db, '西南大区');
      repId = await insertUser(t.database.db, {
        username: 'rep.ov',
        departmentId: team.id,
        roles: ['salesRep'],
      });
      otherId = await insertUser(t.database.db, {
        username: 'rep.ov2',
        departmentId: team.id,
        roles: ['salesRep'],
      });
      rep = await t.login('rep.ov', FIXTURE_PASSWORD);
      accountId = (await t.call(rep, 'POST', '/objects/account/records', { name: '重庆长江汽车配件' })).json()
        .id;
      await write('contact', { name: '何平', account: accountId });
      // Status follows the stage of the default pipeline: open stages, its won stage, its lost stage.
      const pipeline = (await t.call(t.adminCookie, 'GET', '/pipelines'))
        .json()
        .items.find((p: { isDefault: boolean }) => p.isDefault);
      const stageOf = (kind: string) => pipeline.stages.find((s: { kind: string }) => s.kind === kind).id;
      await write('opportunity', { name: '配件一期', account: accountId, amount: '100000.10' });
      await write('opportunity', { name: '配件二期', account: accountId, amount: '2500.20' });
      await write('opportunity', {
        name: '框架协议',
        account: accountId,
        amount: '30000.00',
        stage: stageOf('won'),
      });
      await write('opportunity', {
        name: '另一位的商机',
        account: accountId,
        amount: '99999.99',
        ownerId: otherId,
      });
      await write('opportunity', {
        name: '已丢单',
        account: accountId,
        amount: '5000.00',
        stage: stageOf('lost'),
        lossReason: 'price',
      });
      // A signed contract with one payment received, through the contract actions; and a draft.
      const contract = (
        await t.call(rep, 'POST', '/objects/contract/records', {
          name: '配件框架合同',
          account: accountId,
          amount: '120000.30',
        })
      ).json();
      const act = async (cookie: string, action: string, body: object = {}) => {
        const res = await t.call(cookie, 'POST', `/contracts/${contract.id}/${action}`, body);
        expect(res.statusCode, res.body).toBe(200);
      };
      await act(rep, 'submit');
      await act(t.adminCookie, 'approve');
      await act(t.adminCookie, 'sign', { signDate: '2026-03-01' });
      const paid = await t.call(t.adminCookie, 'POST', `/contracts/${contract.id}/payments`, {
        amount: '20000.10',
        receivedOn: '2026-03-15',
      });
      expect(paid.statusCode, paid.body).toBe(201);
      await t.call(rep, 'POST', '/objects/contract/records', {
        name: '草稿合同',
        account: accountId,
        amount: '1.00',
      });
      await write('ticket', { subject: '零件破损', type: 'complaint', account: accountId });
      await write('followUp', {
        content: '季度回访',
        account: accountId,
        occurredAt: '2026-04-01T02:00:00.000Z',
      });
    });
    afterAll(async () => t?.close());

    it('sums exactly over the records the viewer may read', async () => {
      const mine = await call(`/accounts/${accountId}/overview`, rep);
      expect(mine.statusCode, mine.body).toBe(200);
      expect(mine.json()).toEqual({
        accountId,
        owner: { id: repId, name: 'rep.ov' },
        contacts: { count: 1 },
        openOpportunities: { count: 2, amount: '102500.30' },
        wonOpportunities: { count: 1, amount: '30000.00' },
        contracts: { count: 1, amount: '120000.30', received: '20000.10', receivable: '100000.20' },
        openTickets: { count: 1 },
        lastFollowUpAt: '2026-04-01T02:00:00.000Z',
      });
      const all = (await call(`/accounts/${accountId}/overview`)).json();
      expect(all.openOpportunities).toEqual({ count: 3, amount: '202500.29' });
    });

    it('is a 404 outside the viewer’s scope and a 400 for a bad id', async () => {
      const other = await t.login('rep.ov2', FIXTURE_PASSWORD);
      const res = await call(`/accounts/${accountId}/overview`, other);
      expect(res.statusCode).toBe(404);
      expect(res.json().code).toBe('record.not_found');
      expect((await call('/accounts/abc/overview', rep)).statusCode).toBe(400);
      expect((await call('/accounts/999999/overview', rep)).statusCode).toBe(404);
    });
  });
}
