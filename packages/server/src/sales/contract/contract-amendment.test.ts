import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { DIALECTS } from '../../../test/support/test-database.ts';
import {
  approveContract,
  contractOf,
  createContract,
  createSalesTeam,
  expectStatus,
  inDays,
  type SalesTeam,
} from './contract-test-kit.ts';

for (const dialect of DIALECTS) {
  describe(`contract amendments (${dialect})`, () => {
    let t: TestApp;
    let team: SalesTeam;

    const byContract = (object: string, contractId: number) =>
      team.admin
        .call(
          'GET',
          `/objects/${object}/records?sort=instalment&filter=${encodeURIComponent(JSON.stringify({ field: 'contract', op: 'eq', value: contractId }))}`,
        )
        .then((res) => expectStatus(res, 200).data as Array<Record<string, unknown> & { id: number }>);

    beforeAll(async () => {
      t = await createTestApp(dialect);
      team = await createSalesTeam(t);
    });
    afterAll(async () => t?.close());

    it('amends a signed contract through a new draft that supersedes it on approval, carrying its payments', async () => {
      const original = await createContract(team.eastRep, { terms: '一年质保', startDate: '2026-01-01' });
      expectStatus(
        await team.eastRep.call('PUT', `/contracts/${original.id}/payment-plan`, {
          instalments: [
            { dueDate: inDays(30), amount: '60000.00' },
            { dueDate: inDays(120), amount: '40000.00' },
          ],
        }),
        200,
      );
      const draftAmend = await team.eastRep.call('POST', `/contracts/${original.id}/amend`, {});
      expect(expectStatus(draftAmend, 409).code).toBe('contract.not_amendable');
      await approveContract(team.eastRep, team.eastManager, original.id);
      const payment = expectStatus(
        await team.eastRep.call('POST', `/contracts/${original.id}/payments`, {
          amount: '30000.00',
          receivedOn: '2026-03-20',
          method: 'bankTransfer',
        }),
        201,
      );

      expectStatus(await team.westRep.call('POST', `/contracts/${original.id}/amend`, {}), 404);
      const amendment = expectStatus(
        await team.eastRep.call('POST', `/contracts/${original.id}/amend`, {}),
        201,
      );
      expect(amendment).toMatchObject({
        status: 'draft',
        amends: original.id,
        ownerId: team.eastRep.userId,
        amount: '100000.00',
        terms: '一年质保',
        startDate: '2026-01-01',
        signDate: null,
        approvedAt: null,
        receivedAmount: '0.00',
      });
      expect(amendment.number).not.toBe(original.number);
      expect(
        (await byContract('paymentPlan', amendment.id)).map((line) => [line.instalment, line.amount]),
      ).toEqual([
        [1, '60000.00'],
        [2, '40000.00'],
      ]);
      const second = expectStatus(
        await team.eastRep.call('POST', `/contracts/${original.id}/amend`, {}),
        409,
      );
      expect(second).toMatchObject({
        code: 'contract.amendment_open',
        detail: `This contract already has an amendment in progress (${amendment.number})`,
      });

      // The amendment may not be worth less than what was already received.
      expectStatus(
        await team.eastRep.call('PATCH', `/objects/contract/records/${amendment.id}`, {
          version: amendment.version,
          amount: '20000.00',
        }),
        200,
      );
      expectStatus(
        await team.eastRep.call('PUT', `/contracts/${amendment.id}/payment-plan`, {
          instalments: [{ dueDate: inDays(30), amount: '20000.00' }],
        }),
        200,
      );
      const below = expectStatus(
        await team.eastRep.call('POST', `/contracts/${amendment.id}/submit`, {}),
        422,
      );
      expect(below.code).toBe('contract.amendment_below_received');

      expectStatus(
        await team.eastRep.call('PATCH', `/objects/contract/records/${amendment.id}`, {
          version: (await contractOf(team, amendment.id)).version,
          amount: '120000.00',
          terms: '两年质保',
        }),
        200,
      );
      expectStatus(
        await team.eastRep.call('PUT', `/contracts/${amendment.id}/payment-plan`, {
          instalments: [
            { dueDate: inDays(30), amount: '60000.00' },
            { dueDate: inDays(200), amount: '60000.00' },
          ],
        }),
        200,
      );
      expectStatus(await team.eastRep.call('POST', `/contracts/${amendment.id}/submit`, {}), 200);
      // The original keeps collecting while its amendment waits.
      expect((await contractOf(team, original.id)).status).toBe('signed');
      expectStatus(await team.eastManager.call('POST', `/contracts/${amendment.id}/approve`, {}), 200);

      expect(await contractOf(team, original.id)).toMatchObject({
        status: 'terminated',
        supersededBy: amendment.id,
        receivedAmount: '0.00',
        receivableAmount: '0.00',
      });
      expect(await contractOf(team, amendment.id)).toMatchObject({
        status: 'approved',
        amount: '120000.00',
        terms: '两年质保',
        receivedAmount: '30000.00',
        receivableAmount: '90000.00',
        paymentStatus: 'partial',
      });
      const moved = expectStatus(await team.admin.call('GET', `/objects/payment/records/${payment.id}`), 200);
      const plan = await byContract('paymentPlan', amendment.id);
      expect(moved).toMatchObject({ contract: amendment.id, paymentPlan: plan[0]?.id });
      expect(plan.map((line) => [line.receivedAmount, line.status])).toEqual([
        ['30000.00', 'partial'],
        ['0.00', 'unpaid'],
      ]);
      const history = expectStatus(
        await team.admin.call('GET', `/contracts/${original.id}/transitions`),
        200,
      ).history;
      expect(history.at(-1)).toMatchObject({
        action: 'supersede',
        fromStatus: 'signed',
        toStatus: 'terminated',
        comment: amendment.number,
        actor: { id: team.eastManager.userId },
      });
      // Money now goes to the amendment only.
      const onOriginal = await team.eastRep.call('POST', `/contracts/${original.id}/payments`, {
        amount: '1.00',
        receivedOn: '2026-04-01',
      });
      expect(expectStatus(onOriginal, 409).code).toBe('payment.contract_not_collecting');
    });

    it('lets a rejected or withdrawn amendment leave the original untouched', async () => {
      const original = await createContract(team.eastRep);
      await approveContract(team.eastRep, team.eastManager, original.id, { sign: false });
      const amendment = expectStatus(
        await team.eastRep.call('POST', `/contracts/${original.id}/amend`, {}),
        201,
      );
      expectStatus(await team.eastRep.call('POST', `/contracts/${amendment.id}/submit`, {}), 200);
      expectStatus(
        await team.eastManager.call('POST', `/contracts/${amendment.id}/reject`, { comment: '金额不对' }),
        200,
      );
      expect((await contractOf(team, original.id)).status).toBe('approved');
      expect((await contractOf(team, amendment.id)).status).toBe('draft');
      // A draft amendment still blocks a second one; deleting it frees the way.
      expectStatus(await team.eastRep.call('POST', `/contracts/${original.id}/amend`, {}), 409);
      expectStatus(await team.eastManager.call('DELETE', `/objects/contract/records/${amendment.id}`), 204);
      expectStatus(await team.eastRep.call('POST', `/contracts/${original.id}/amend`, {}), 201);
    });
  });
}
