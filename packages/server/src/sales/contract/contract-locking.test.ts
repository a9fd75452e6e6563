import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { DIALECTS } from '../../../test/support/test-database.ts';
import {
  contractOf,
  createContract,
  createSalesTeam,
  expectStatus,
  type SalesTeam,
} from './contract-test-kit.ts';

for (const dialect of DIALECTS) {
  describe(`contract key fields locked from pending approval on (${dialect})`, () => {
    let t: TestApp;
    let team: SalesTeam;

    const patch = (id: number, values: Record<string, unknown>, language?: string) =>
      contractOf(team, id).then((current) =>
        team.eastRep.call(
          'PATCH',
          `/objects/contract/records/${id}`,
          { version: current.version, ...values },
          language,
        ),
      );

    beforeAll(async () => {
      t = await createTestApp(dialect);
      team = await createSalesTeam(t);
    });
    afterAll(async () => t?.close());

    it('lets a draft change anything, and refuses key fields once submitted, naming them in both languages', async () => {
      const contract = await createContract(team.eastRep, { terms: '一年质保' });
      expectStatus(await patch(contract.id, { amount: '95000.00', terms: '两年质保' }), 200);
      expect(await contractOf(team, contract.id)).toMatchObject({
        amount: '95000.00',
        receivableAmount: '95000.00',
      });

      expectStatus(await team.eastRep.call('POST', `/contracts/${contract.id}/submit`, {}), 200);
      const before = await contractOf(team, contract.id);
      const zh = await patch(
        contract.id,
        { amount: '1.00', terms: '不质保', description: '顺便改备注' },
        'zh-CN',
      );
      expect(expectStatus(zh, 409)).toMatchObject({
        code: 'contract.locked_fields',
        detail: '合同审批中，关键字段不能修改：合同金额、合同条款。如需修改，请撤回审批或发起合同变更',
        errors: [
          { field: 'amount', code: 'contract.locked_field', message: '合同提交审批后，此字段不能修改' },
          { field: 'terms', code: 'contract.locked_field', message: '合同提交审批后，此字段不能修改' },
        ],
      });
      const en = expectStatus(await patch(contract.id, { partyA: '别家公司', endDate: '2030-01-01' }), 409);
      expect(en.detail).toBe(
        'The contract is pending approval: its key fields cannot be changed (Party A (customer), End date). Withdraw it or amend it instead',
      );
      expect(await contractOf(team, contract.id)).toEqual(before);

      // Unchanged key fields (a form sending them back) and other fields pass.
      const notes = expectStatus(
        await patch(contract.id, { amount: '95000.00', description: '客户要求加急' }),
        200,
      );
      expect(notes).toMatchObject({ description: '客户要求加急', amount: '95000.00' });
    });

    it('keeps every key field locked when approved and signed, and unlocks them on withdraw', async () => {
      const contract = await createContract(team.eastRep);
      expectStatus(await team.eastRep.call('POST', `/contracts/${contract.id}/submit`, {}), 200);
      expectStatus(await team.eastRep.call('POST', `/contracts/${contract.id}/withdraw`, {}), 200);
      expectStatus(await patch(contract.id, { paymentTerms: '预付 30%' }), 200);
      expectStatus(await team.eastRep.call('POST', `/contracts/${contract.id}/submit`, {}), 200);
      expectStatus(await team.eastManager.call('POST', `/contracts/${contract.id}/approve`, {}), 200);
      const keyChanges: Record<string, unknown> = {
        account: await (async () =>
          expectStatus(await team.eastRep.call('POST', '/objects/account/records', { name: '别家' }), 201)
            .id)(),
        partyA: '甲',
        partyB: '乙',
        amount: '1.00',
        signDate: '2026-01-01',
        startDate: '2026-01-01',
        endDate: '2027-01-01',
        terms: '新条款',
        paymentTerms: '货到付款',
      };
      for (const [field, value] of Object.entries(keyChanges)) {
        const res = await patch(contract.id, { [field]: value });
        expect(
          expectStatus(res, 409).errors.map((e: { field: string }) => e.field),
          field,
        ).toEqual([field]);
      }
      expectStatus(await team.eastRep.call('POST', `/contracts/${contract.id}/sign`, {}), 200);
      expectStatus(await patch(contract.id, { amount: '2.00' }), 409);
      expectStatus(await patch(contract.id, { name: '智能配电系统采购合同（盖章版）' }), 200);
    });

    it('refuses the payment plan’s changes once submitted, by either path', async () => {
      const contract = await createContract(team.eastRep);
      const plan = expectStatus(
        await team.eastRep.call('PUT', `/contracts/${contract.id}/payment-plan`, {
          instalments: [
            { dueDate: '2026-05-31', amount: '50000.00' },
            { dueDate: '2026-08-31', amount: '50000.00' },
          ],
        }),
        200,
      ).instalments;
      expectStatus(await team.eastRep.call('POST', `/contracts/${contract.id}/submit`, {}), 200);
      const put = await team.eastRep.call('PUT', `/contracts/${contract.id}/payment-plan`, {
        instalments: [{ dueDate: '2026-05-31', amount: '100000.00' }],
      });
      expect(expectStatus(put, 409).code).toBe('paymentPlan.contract_locked');
      const first = plan[0];
      const edit = await team.eastRep.call('PATCH', `/objects/paymentPlan/records/${first.id}`, {
        version: first.version,
        dueDate: '2026-12-31',
      });
      expect(expectStatus(edit, 409).code).toBe('paymentPlan.contract_locked');
      // Reps may not delete instalments at all; their manager may, but not on a submitted contract.
      expectStatus(await team.eastRep.call('DELETE', `/objects/paymentPlan/records/${first.id}`), 403);
      expect(
        expectStatus(await team.eastManager.call('DELETE', `/objects/paymentPlan/records/${first.id}`), 409)
          .code,
      ).toBe('paymentPlan.contract_locked');
      const added = await team.eastRep.call('POST', '/objects/paymentPlan/records', {
        name: '尾款',
        contract: contract.id,
        dueDate: '2027-01-31',
        amount: '1.00',
      });
      expect(expectStatus(added, 409).code).toBe('paymentPlan.contract_locked');
      const rename = await team.eastRep.call('PATCH', `/objects/paymentPlan/records/${first.id}`, {
        version: first.version,
        name: '首付款',
      });
      expect(expectStatus(rename, 200).name).toBe('首付款');
      const rows = expectStatus(
        await team.eastRep.call(
          'GET',
          `/objects/paymentPlan/records?filter=${encodeURIComponent(JSON.stringify({ field: 'contract', op: 'eq', value: contract.id }))}`,
        ),
        200,
      ).data;
      expect(rows.map((row: { dueDate: string; amount: string }) => [row.dueDate, row.amount])).toEqual([
        ['2026-05-31', '50000.00'],
        ['2026-08-31', '50000.00'],
      ]);
    });

    it('deletes only drafts', async () => {
      const draft = await createContract(team.eastRep);
      const submitted = await createContract(team.eastRep);
      expectStatus(await team.eastRep.call('POST', `/contracts/${submitted.id}/submit`, {}), 200);
      expectStatus(await team.eastManager.call('DELETE', `/objects/contract/records/${draft.id}`), 204);
      const refused = await team.eastManager.call(
        'DELETE',
        `/objects/contract/records/${submitted.id}`,
        undefined,
        'zh-CN',
      );
      expect(expectStatus(refused, 409)).toMatchObject({
        code: 'contract.not_deletable',
        detail: '只有草稿状态的合同可以删除',
      });
      expect((await contractOf(team, submitted.id)).status).toBe('pendingApproval');
    });
  });
}
