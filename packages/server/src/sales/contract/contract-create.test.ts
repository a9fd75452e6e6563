import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_PASSWORD, insertUser } from '../../../test/support/org-fixtures.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { DIALECTS } from '../../../test/support/test-database.ts';
import {
  createAccount,
  createSalesTeam,
  expectStatus,
  forceStatus,
  type SalesTeam,
} from './contract-test-kit.ts';

for (const dialect of DIALECTS) {
  describe(`contracts from a won opportunity or an accepted quote (${dialect})`, () => {
    let t: TestApp;
    let team: SalesTeam;
    let accountId: number;
    let contactId: number;

    const opportunity = async (values: Record<string, unknown> = {}) =>
      expectStatus(
        await team.eastRep.call('POST', '/objects/opportunity/records', {
          name: '华东电力配电柜改造',
          account: accountId,
          contact: contactId,
          amount: '236000.00',
          ...values,
        }),
        201,
      ).id as number;

    beforeAll(async () => {
      t = await createTestApp(dialect);
      team = await createSalesTeam(t);
      expectStatus(
        await team.admin.call('PATCH', '/settings', { company: { name: '领航软件（上海）有限公司' } }),
        200,
      );
      accountId = await createAccount(team.eastRep, '华东电力设备有限公司');
      contactId = expectStatus(
        await team.eastRep.call('POST', '/objects/contact/records', { name: '刘总', account: accountId }),
        201,
      ).id;
    });
    afterAll(async () => t?.close());

    it('creates a draft from a won opportunity with its parties, and only once', async () => {
      const id = await opportunity();
      const open = await team.eastRep.call('POST', `/opportunities/${id}/contract`, {}, 'zh-CN');
      expect(expectStatus(open, 409)).toMatchObject({
        code: 'contract.opportunity_not_won',
        detail: '只有已赢单的商机可以创建合同',
      });
      expect(await t.rowCount('obj_contract')).toBe(0);

      await forceStatus(t, 'obj_opportunity', id, 'won');
      const contract = expectStatus(
        await team.eastRep.call('POST', `/opportunities/${id}/contract`, {}),
        201,
      );
      expect(contract).toMatchObject({
        name: '华东电力配电柜改造',
        account: accountId,
        opportunity: id,
        contact: contactId,
        amount: '236000.00',
        partyA: '华东电力设备有限公司',
        partyB: '领航软件（上海）有限公司',
        status: 'draft',
        receivableAmount: '236000.00',
        ownerId: team.eastRep.userId,
      });
      const again = expectStatus(await team.eastRep.call('POST', `/opportunities/${id}/contract`, {}), 409);
      expect(again).toMatchObject({
        code: 'contract.already_created',
        detail: `Contract ${contract.number} was already created from it`,
      });
      expect(await t.rowCount('obj_contract')).toBe(1);
    });

    it('creates a draft from an accepted quote with its total and terms, named after the deal', async () => {
      const opportunityId = await opportunity({ name: '二期扩容' });
      const quote = expectStatus(
        await team.eastRep.call('POST', '/objects/quote/records', {
          name: '二期扩容报价',
          opportunity: opportunityId,
          account: accountId,
          contact: contactId,
          terms: '含安装调试，质保两年',
        }),
        201,
      );
      const refused = await team.eastRep.call('POST', `/quotes/${quote.id}/contract`, {});
      expect(expectStatus(refused, 409).code).toBe('contract.quote_not_accepted');
      await forceStatus(t, 'obj_quote', quote.id, 'accepted');
      await sql`update obj_quote set total = ${11_800_050} where id = ${quote.id}`.execute(t.database.db);
      const contract = expectStatus(await team.eastRep.call('POST', `/quotes/${quote.id}/contract`, {}), 201);
      expect(contract).toMatchObject({
        name: '二期扩容',
        quote: quote.id,
        opportunity: opportunityId,
        account: accountId,
        amount: '118000.50',
        terms: '含安装调试，质保两年',
        partyA: '华东电力设备有限公司',
      });
    });

    it('copies the accepted quote’s lines onto the contract, exactly as quoted', async () => {
      const product = expectStatus(
        await team.admin.call('POST', '/objects/product/records', {
          name: '配电柜智能监测终端',
          code: 'PD-MON',
          unit: '台',
          listPrice: '3200',
          taxRate: 13,
          active: true,
        }),
        201,
      );
      const opportunityId = await opportunity({ name: '三期监测' });
      const quote = expectStatus(
        await team.eastRep.call('POST', `/opportunities/${opportunityId}/quotes`, {}),
        201,
      );
      const quoted = expectStatus(
        await team.eastRep.call('PUT', `/objects/quote/records/${quote.id}/lines`, {
          lines: [
            { productId: product.id, quantity: '12', unitPrice: '3000', discountPercent: '5' },
            { name: '安装调试', unit: '项', quantity: '1', unitPrice: '8000.50', taxPercent: '6' },
          ],
        }),
        200,
      );
      await forceStatus(t, 'obj_quote', quote.id, 'accepted');
      const contract = expectStatus(await team.eastRep.call('POST', `/quotes/${quote.id}/contract`, {}), 201);
      expect(contract.amount).toBe(quoted.totals.grandTotal);
      const copied = expectStatus(
        await team.eastRep.call('GET', `/objects/contract/records/${contract.id}/lines`),
        200,
      );
      const comparable = (lines: Array<Record<string, unknown>>) => lines.map(({ id: _id, ...line }) => line);
      expect(comparable(copied.lines)).toEqual(comparable(quoted.lines));
      expect(copied.totals).toEqual(quoted.totals);
      expect(copied.editable).toBe(true);
      // The quote keeps its own lines.
      const still = expectStatus(
        await team.eastRep.call('GET', `/objects/quote/records/${quote.id}/lines`),
        200,
      );
      expect(comparable(still.lines)).toEqual(comparable(quoted.lines));
    });

    it('answers 404 for a source outside the viewer’s scope and 403 without the create permission', async () => {
      const id = await opportunity();
      await forceStatus(t, 'obj_opportunity', id, 'won');
      const before = await t.rowCount('obj_contract');
      expectStatus(await team.westRep.call('POST', `/opportunities/${id}/contract`, {}), 404);
      expectStatus(await team.westRep.call('POST', '/quotes/999999/contract', {}), 404);
      expectStatus(await team.westRep.call('POST', '/opportunities/abc/contract', {}), 400);
      const now = new Date().toISOString();
      const readOnly = await t.database.db
        .insertInto('roles')
        .values({
          key: null,
          name: '只读',
          description: null,
          is_admin: false,
          created_at: now,
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await t.database.db
        .insertInto('role_permissions')
        .values({ role_id: readOnly.id, object: 'opportunity', action: 'read', scope: 'all' })
        .execute();
      await insertUser(t.database.db, { username: 'viewer.only', roles: [readOnly.id] });
      const cookie = await t.login('viewer.only', FIXTURE_PASSWORD);
      expectStatus(await t.call(cookie, 'POST', `/opportunities/${id}/contract`, {}), 403);
      expect(await t.rowCount('obj_contract')).toBe(before);
    });
  });
}
