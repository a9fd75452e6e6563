import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { DIALECTS } from '../../../test/support/test-database.ts';
import {
  approveContract,
  type Caller,
  contractOf,
  createContract,
  createSalesTeam,
  expectStatus,
  inDays,
  type SalesTeam,
} from '../contract/contract-test-kit.ts';

type Row = Record<string, unknown> & { id: number; version: number };

for (const dialect of DIALECTS) {
  describe(`payment plans, payments and receivables (${dialect})`, () => {
    let t: TestApp;
    let team: SalesTeam;

    const byContract = async (caller: Caller, object: string, contractId: number): Promise<Row[]> => {
      const filter = encodeURIComponent(JSON.stringify({ field: 'contract', op: 'eq', value: contractId }));
      return expectStatus(await caller.call('GET', `/objects/${object}/records?filter=${filter}`), 200).data;
    };
    const instalmentsOf = async (contractId: number) =>
      (await byContract(team.admin, 'paymentPlan', contractId)).map((line) => [
        line.receivedAmount,
        line.status,
      ]);
    const figures = async (contractId: number) => {
      const contract = await contractOf(team, contractId);
      return [contract.receivedAmount, contract.receivableAmount, contract.paymentStatus];
    };
    const setPlan = (caller: Caller, contractId: number, instalments: unknown[]) =>
      caller.call('PUT', `/contracts/${contractId}/payment-plan`, { instalments });
    const pay = (caller: Caller, contractId: number, body: Record<string, unknown>) =>
      caller.call('POST', `/contracts/${contractId}/payments`, { receivedOn: '2026-12-01', ...body });

    /** A signed ¥100,000 contract of the east rep with a 30/30/40 plan, all due in the future. */
    const signedContract = async () => {
      const contract = await createContract(team.eastRep);
      expectStatus(
        await setPlan(team.eastRep, contract.id, [
          { dueDate: inDays(30), amount: '30000.00' },
          { dueDate: inDays(90), amount: '30000.00' },
          { dueDate: inDays(180), amount: '40000.00' },
        ]),
        200,
      );
      await approveContract(team.eastRep, team.eastManager, contract.id);
      return contract.id;
    };

    beforeAll(async () => {
      t = await createTestApp(dialect);
      team = await createSalesTeam(t);
    });
    afterAll(async () => t?.close());

    it('sets a plan in one call, numbered and named, refusing one that does not add up to the amount', async () => {
      const contract = await createContract(team.eastRep, { amount: '100.00' });
      const mismatch = await setPlan(team.eastRep, contract.id, [
        { dueDate: '2027-01-31', amount: '33.33' },
        { dueDate: '2027-02-28', amount: '33.33' },
        { dueDate: '2027-03-31', amount: '33.33' },
      ]);
      expect(expectStatus(mismatch, 422)).toMatchObject({
        code: 'paymentPlan.total_mismatch',
        detail: 'The instalments total ¥99.99 but the contract amount is ¥100.00',
      });
      expect(await t.rowCount('obj_payment_plan')).toBe(0);

      const { instalments } = expectStatus(
        await setPlan(team.eastRep, contract.id, [
          { dueDate: '2027-01-31', amount: '33.34' },
          { name: '验收款', dueDate: '2027-02-28', amount: '33.33' },
          { dueDate: '2027-03-31', amount: '33.33' },
        ]),
        200,
      );
      expect(
        instalments.map((line: Row) => [line.name, line.instalment, line.amount, line.status, line.ownerId]),
      ).toEqual([
        ['Instalment 1', 1, '33.34', 'unpaid', team.eastRep.userId],
        ['验收款', 2, '33.33', 'unpaid', team.eastRep.userId],
        ['Instalment 3', 3, '33.33', 'unpaid', team.eastRep.userId],
      ]);
      const zh = expectStatus(
        await setPlan(team.eastRep, contract.id, [{ dueDate: '2027-01-31', amount: '100.00' }]).then(
          (res) => res,
        ),
        200,
      );
      expect(zh.instalments).toHaveLength(1);
      const zhNamed = await team.eastRep.call(
        'PUT',
        `/contracts/${contract.id}/payment-plan`,
        { instalments: [{ dueDate: '2027-01-31', amount: '100.00' }] },
        'zh-CN',
      );
      expect(expectStatus(zhNamed, 200).instalments[0].name).toBe('第 1 期');
      expect(await byContract(team.eastRep, 'paymentPlan', contract.id)).toHaveLength(1);
      expect(expectStatus(await setPlan(team.eastRep, contract.id, []), 200).instalments).toEqual([]);
      expect(await byContract(team.eastRep, 'paymentPlan', contract.id)).toHaveLength(0);
    });

    it('refuses malformed plans, and plans of contracts the caller may not change', async () => {
      const contract = await createContract(team.eastRep, { amount: '100.00' });
      for (const instalments of [
        [{ dueDate: '2027-02-30', amount: '100.00' }],
        [{ dueDate: '2027-01-31', amount: '100.001' }],
        [{ dueDate: '2027-01-31', amount: 100 }],
        [{ dueDate: '2027-01-31' }],
        [{ dueDate: '2027-01-31', amount: '100.00', status: 'paid' }],
      ]) {
        expect(expectStatus(await setPlan(team.eastRep, contract.id, instalments), 400).code).toBe(
          'common.validation_failed',
        );
      }
      const negative = await setPlan(team.eastRep, contract.id, [
        { dueDate: '2027-01-31', amount: '150.00' },
        { dueDate: '2027-02-28', amount: '-50.00' },
      ]);
      expect(expectStatus(negative, 422).errors).toEqual([
        {
          field: 'instalments.1.amount',
          code: 'payment.amount_not_positive',
          message: 'The amount must be above zero',
        },
      ]);
      expectStatus(
        await setPlan(team.westRep, contract.id, [{ dueDate: '2027-01-31', amount: '100.00' }]),
        404,
      );
      expectStatus(
        await setPlan(team.eastRep2, contract.id, [{ dueDate: '2027-01-31', amount: '100.00' }]),
        404,
      );
      expect(await byContract(team.admin, 'paymentPlan', contract.id)).toEqual([]);
    });

    it('takes payments only on approved or signed contracts', async () => {
      const contract = await createContract(team.eastRep);
      const draft = await pay(team.eastRep, contract.id, { amount: '100.00' });
      expect(expectStatus(draft, 409)).toMatchObject({
        code: 'payment.contract_not_collecting',
        detail: 'Payments are recorded and changed only on approved or signed contracts',
      });
      expectStatus(await team.eastRep.call('POST', `/contracts/${contract.id}/submit`, {}), 200);
      expectStatus(await pay(team.eastRep, contract.id, { amount: '100.00' }), 409);
      expectStatus(await team.eastManager.call('POST', `/contracts/${contract.id}/approve`, {}), 200);
      const payment = expectStatus(await pay(team.eastRep, contract.id, { amount: '100.00' }), 201);
      const account = (await contractOf(team, contract.id)).account;
      expect(payment).toMatchObject({
        contract: contract.id,
        account,
        paymentPlan: null,
        ownerId: team.eastRep.userId,
      });
      expect(String(payment.number)).toMatch(/^HK-\d{4}-\d{4}$/);
      expect(await figures(contract.id)).toEqual(['100.00', '99900.00', 'partial']);
    });

    it('matches payments to instalments, spills what exceeds one, and keeps the figures in step', async () => {
      const contractId = await signedContract();
      const plan = await byContract(team.admin, 'paymentPlan', contractId);
      expect(await figures(contractId)).toEqual(['0.00', '100000.00', 'unpaid']);

      const first = expectStatus(
        await pay(team.eastRep, contractId, { amount: '12000.00', method: 'bankTransfer' }),
        201,
      );
      expect(first.paymentPlan).toBe(plan[0]?.id);
      expect(await instalmentsOf(contractId)).toEqual([
        ['12000.00', 'partial'],
        ['0.00', 'unpaid'],
        ['0.00', 'unpaid'],
      ]);
      expect(await figures(contractId)).toEqual(['12000.00', '88000.00', 'partial']);

      // 18,000 closes the first instalment; the other 20,000 goes to the second.
      const second = expectStatus(
        await pay(team.eastRep, contractId, { amount: '38000.00', reference: 'ICBC-0001' }),
        201,
      );
      expect(second.paymentPlan).toBe(plan[0]?.id);
      expect(await instalmentsOf(contractId)).toEqual([
        ['30000.00', 'paid'],
        ['20000.00', 'partial'],
        ['0.00', 'unpaid'],
      ]);

      const named = await pay(team.eastRep, contractId, { amount: '40000.01', paymentPlan: plan[2]?.id });
      expect(expectStatus(named, 422).errors).toEqual([
        {
          field: 'paymentPlan',
          code: 'payment.exceeds_instalment',
          message: 'The amount exceeds the ¥40000.00 still due on this instalment',
        },
      ]);
      const third = expectStatus(
        await pay(team.eastRep, contractId, { amount: '40000.00', paymentPlan: plan[2]?.id }),
        201,
      );
      expect(third.paymentPlan).toBe(plan[2]?.id);

      const over = await pay(team.eastRep, contractId, { amount: '10000.01' });
      expect(expectStatus(over, 422)).toMatchObject({
        code: 'payment.exceeds_receivable',
        errors: [{ field: 'amount', message: 'The amount exceeds the contract’s receivable of ¥10000.00' }],
      });
      const zh = await team.eastRep.call(
        'POST',
        `/contracts/${contractId}/payments`,
        { amount: '99999.00', receivedOn: '2026-12-02' },
        'zh-CN',
      );
      expect(expectStatus(zh, 422).errors[0].message).toBe('回款金额超过合同应收余额 ¥10000.00');
      expect((await byContract(team.admin, 'payment', contractId)).length).toBe(3);

      const last = expectStatus(await pay(team.eastRep, contractId, { amount: '10000.00' }), 201);
      expect(last.paymentPlan).toBe(plan[1]?.id);
      expect(await figures(contractId)).toEqual(['100000.00', '0.00', 'paid']);
      expect(await instalmentsOf(contractId)).toEqual([
        ['30000.00', 'paid'],
        ['30000.00', 'paid'],
        ['40000.00', 'paid'],
      ]);
      expect(expectStatus(await pay(team.eastRep, contractId, { amount: '0.01' }), 422).code).toBe(
        'payment.exceeds_receivable',
      );

      // Deleting a payment reopens what it paid (each remaining payment stays on the instalment it was
      // matched to); restoring it closes it again.
      expectStatus(await team.eastManager.call('DELETE', `/objects/payment/records/${second.id}`), 204);
      expect(await figures(contractId)).toEqual(['62000.00', '38000.00', 'partial']);
      expect(await instalmentsOf(contractId)).toEqual([
        ['12000.00', 'partial'],
        ['10000.00', 'partial'],
        ['40000.00', 'paid'],
      ]);
      expectStatus(
        await team.eastManager.call('POST', `/objects/payment/records/${second.id}/restore`, {}),
        200,
      );
      expect(await figures(contractId)).toEqual(['100000.00', '0.00', 'paid']);

      // Changing an amount recomputes too, within the receivable.
      const lowered = await team.eastRep.call('PATCH', `/objects/payment/records/${first.id}`, {
        version: first.version,
        amount: '2000.00',
      });
      expectStatus(lowered, 200);
      expect(await figures(contractId)).toEqual(['90000.00', '10000.00', 'partial']);
      const raised = await team.eastRep.call('PATCH', `/objects/payment/records/${first.id}`, {
        version: first.version + 1,
        amount: '12000.01',
      });
      expect(expectStatus(raised, 422).code).toBe('payment.exceeds_receivable');
      expect(await figures(contractId)).toEqual(['90000.00', '10000.00', 'partial']);
    });

    it('derives the account, refuses it and a foreign instalment in the body, and zero amounts', async () => {
      const contractId = await signedContract();
      const other = await signedContract();
      const foreign = (await byContract(team.admin, 'paymentPlan', other))[0]?.id;
      const managed = await team.eastRep.call('POST', '/objects/payment/records', {
        contract: contractId,
        amount: '1.00',
        receivedOn: '2026-12-01',
        account: 1,
      });
      expect(expectStatus(managed, 400).code).toBe('record.managed_field');
      const wrong = await pay(team.eastRep, contractId, { amount: '1.00', paymentPlan: foreign });
      expect(expectStatus(wrong, 422).errors[0]).toMatchObject({
        field: 'paymentPlan',
        code: 'payment.instalment_not_of_contract',
      });
      const zero = await pay(team.eastRep, contractId, { amount: '0.00' });
      expect(expectStatus(zero, 422).errors[0]).toMatchObject({
        field: 'amount',
        code: 'payment.amount_not_positive',
      });
      expectStatus(await pay(team.eastRep, contractId, { amount: '1.00', method: 'barter' }), 400);
      expectStatus(await pay(team.eastRep, contractId, { amount: '1.00', receivedOn: '2026-13-01' }), 400);
      expect(await byContract(team.admin, 'payment', contractId)).toEqual([]);

      // Through the records API the same rules hold, and the account follows the contract.
      const direct = expectStatus(
        await team.eastRep.call('POST', '/objects/payment/records', {
          contract: contractId,
          amount: '5000.00',
          receivedOn: '2026-12-01',
        }),
        201,
      );
      expect(direct.account).toBe((await contractOf(team, contractId)).account);
      expect(await figures(contractId)).toEqual(['5000.00', '95000.00', 'partial']);
    });

    it('keeps each rep to their own contracts and payments, by every path', async () => {
      const contractId = await signedContract();
      const payment = expectStatus(await pay(team.eastManager, contractId, { amount: '1000.00' }), 201);
      // A manager's payment on the rep's contract belongs to the rep, who sees the money their contract received.
      expect(payment.ownerId).toBe(team.eastRep.userId);
      expect((await byContract(team.eastRep, 'payment', contractId)).map((p) => p.id)).toEqual([payment.id]);

      for (const rep of [team.westRep, team.eastRep2]) {
        expectStatus(await rep.call('GET', `/objects/contract/records/${contractId}`), 404);
        expectStatus(await rep.call('GET', `/objects/payment/records/${payment.id}`), 404);
        expect(await byContract(rep, 'payment', contractId)).toEqual([]);
        expect(await byContract(rep, 'paymentPlan', contractId)).toEqual([]);
        expect(expectStatus(await rep.call('GET', '/objects/contract/records?q=智能配电'), 200).data).toEqual(
          [],
        );
        expectStatus(await pay(rep, contractId, { amount: '1.00' }), 404);
        const direct = await rep.call('POST', '/objects/payment/records', {
          contract: contractId,
          amount: '1.00',
          receivedOn: '2026-12-01',
        });
        expect(expectStatus(direct, 422).errors[0]).toMatchObject({
          field: 'contract',
          code: 'payment.contract_not_visible',
        });
      }
      expect(await figures(contractId)).toEqual(['1000.00', '99000.00', 'partial']);
      expect((await byContract(team.westManager, 'payment', contractId)).length).toBe(0);
    });

    it('closes the money of completed contracts', async () => {
      const contract = await createContract(team.eastRep, { amount: '500.00' });
      await approveContract(team.eastRep, team.eastManager, contract.id);
      const payment = expectStatus(await pay(team.eastRep, contract.id, { amount: '500.00' }), 201);
      expectStatus(await team.eastRep.call('POST', `/contracts/${contract.id}/complete`, {}), 200);
      const removed = await team.eastManager.call('DELETE', `/objects/payment/records/${payment.id}`);
      expect(expectStatus(removed, 409).code).toBe('payment.contract_not_collecting');
      const note = await team.eastRep.call('PATCH', `/objects/payment/records/${payment.id}`, {
        version: payment.version,
        reference: '补录流水号',
      });
      expect(expectStatus(note, 200).reference).toBe('补录流水号');
      expect(await figures(contract.id)).toEqual(['500.00', '0.00', 'paid']);
    });
  });
}
