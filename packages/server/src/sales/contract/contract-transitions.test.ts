import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { DIALECTS } from '../../../test/support/test-database.ts';
import { CONTRACT_ACTIONS, CONTRACT_TRANSITIONS, type ContractAction } from './contract-status.ts';
import {
  type Caller,
  contractOf,
  createContract,
  createSalesTeam,
  expectStatus,
  type SalesTeam,
} from './contract-test-kit.ts';

for (const dialect of DIALECTS) {
  describe(`contract status machine (${dialect})`, () => {
    let t: TestApp;
    let team: SalesTeam;

    const historyOf = async (id: number) =>
      expectStatus(await team.admin.call('GET', `/contracts/${id}/transitions`), 200).history as Array<{
        action: string;
        fromStatus: string | null;
        toStatus: string;
        actor: { id: number; name: string } | null;
        comment: string | null;
      }>;
    const notificationsOf = async (caller: Caller) =>
      expectStatus(await caller.call('GET', '/notifications', undefined, 'zh-CN'), 200).items as Array<{
        kind: string;
        title: string;
        link: { object: string; recordId: number } | null;
      }>;
    const act = (caller: Caller, id: number, action: ContractAction, body: unknown = {}) =>
      caller.call('POST', `/contracts/${id}/${action}`, body);

    beforeAll(async () => {
      t = await createTestApp(dialect);
      team = await createSalesTeam(t);
    });
    afterAll(async () => t?.close());

    it('starts a contract as a draft with its whole amount receivable and a first history entry', async () => {
      const contract = await createContract(team.eastRep, { amount: '88000.50' });
      expect(contract).toMatchObject({
        status: 'draft',
        receivedAmount: '0.00',
        receivableAmount: '88000.50',
        paymentStatus: 'unpaid',
        ownerId: team.eastRep.userId,
      });
      expect(String(contract.number)).toMatch(/^HT-\d{4}-\d{4}$/);
      expect(await historyOf(contract.id)).toEqual([
        {
          id: expect.any(Number),
          action: 'create',
          fromStatus: null,
          toStatus: 'draft',
          actor: { id: team.eastRep.userId, name: '王芳' },
          comment: null,
          at: expect.any(String),
        },
      ]);
      const refused = await team.eastRep.call('PATCH', `/objects/contract/records/${contract.id}`, {
        version: contract.version,
        status: 'approved',
      });
      expect(expectStatus(refused, 400).code).toBe('record.managed_field');
    });

    it('walks draft → pending approval → approved → signed, recording who did what and telling people', async () => {
      const contract = await createContract(team.eastRep);
      const submitted = expectStatus(await act(team.eastRep, contract.id, 'submit'), 200);
      expect(submitted.status).toBe('pendingApproval');

      const awaiting = (await notificationsOf(team.eastManager)).filter(
        (n) => n.kind === 'contract.awaitingApproval',
      );
      expect(awaiting.map((n) => n.link)).toContainEqual({ object: 'contract', recordId: contract.id });
      expect(awaiting[0]?.title).toBe(`合同「智能配电系统采购合同」（${contract.number}）待您审批`);
      // The west manager's scope does not cover the east rep; administrators are asked only when nobody else can.
      expect(
        (await notificationsOf(team.westManager)).some((n) => n.kind === 'contract.awaitingApproval'),
      ).toBe(false);
      expect((await notificationsOf(team.admin)).some((n) => n.kind === 'contract.awaitingApproval')).toBe(
        false,
      );

      const approved = expectStatus(await act(team.eastManager, contract.id, 'approve'), 200);
      expect(approved).toMatchObject({ status: 'approved', approvedBy: team.eastManager.userId });
      expect(approved.approvedAt).toEqual(expect.any(String));
      const told = (await notificationsOf(team.eastRep)).find((n) => n.kind === 'contract.approved');
      expect(told?.title).toBe(`合同「智能配电系统采购合同」（${contract.number}）已审批通过`);

      const signed = expectStatus(
        await act(team.eastRep, contract.id, 'sign', { signDate: '2026-03-02' }),
        200,
      );
      expect(signed).toMatchObject({ status: 'signed', signDate: '2026-03-02' });

      expect(
        (await historyOf(contract.id)).map((h) => [h.action, h.fromStatus, h.toStatus, h.actor?.id]),
      ).toEqual([
        ['create', null, 'draft', team.eastRep.userId],
        ['submit', 'draft', 'pendingApproval', team.eastRep.userId],
        ['approve', 'pendingApproval', 'approved', team.eastManager.userId],
        ['sign', 'approved', 'signed', team.eastRep.userId],
      ]);
    });

    it('signs with today when no signing date was given or entered', async () => {
      const contract = await createContract(team.admin);
      expectStatus(await act(team.admin, contract.id, 'submit'), 200);
      expectStatus(await act(team.admin, contract.id, 'approve'), 200);
      const signed = expectStatus(await act(team.admin, contract.id, 'sign'), 200);
      expect(signed.signDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    });

    it('wins the contract’s open opportunity when it is signed, unless the follow-up rule holds it back', async () => {
      const opportunityOf = async (id: number) =>
        expectStatus(await team.admin.call('GET', `/objects/opportunity/records/${id}`), 200);
      const signedWith = async () => {
        const opportunity = expectStatus(
          await team.eastRep.call('POST', '/objects/opportunity/records', { name: '配电柜改造' }),
          201,
        );
        expect(opportunity.status).toBe('open');
        const contract = await createContract(team.eastRep, { opportunity: opportunity.id });
        expectStatus(await act(team.eastRep, contract.id, 'submit'), 200);
        expectStatus(await act(team.eastManager, contract.id, 'approve'), 200);
        expect((await opportunityOf(opportunity.id)).status).toBe('open');
        expect(expectStatus(await act(team.eastRep, contract.id, 'sign'), 200).status).toBe('signed');
        return opportunityOf(opportunity.id);
      };

      const won = await signedWith();
      expect(won).toMatchObject({ status: 'won', probability: 100 });
      expect(won.closedAt).toEqual(expect.any(String));
      const history = expectStatus(
        await team.admin.call('GET', `/opportunities/${won.id}/stage-history`),
        200,
      );
      expect(JSON.stringify(history)).toContain(String(won.stage));

      expectStatus(await team.admin.call('PATCH', '/follow-up-rules', { beforeStageAdvance: true }), 200);
      try {
        expect((await signedWith()).status).toBe('open');
      } finally {
        expectStatus(await team.admin.call('PATCH', '/follow-up-rules', { beforeStageAdvance: false }), 200);
      }
    });

    it('withdraws to draft, and rejects to draft only with a reason that reaches the owner', async () => {
      const contract = await createContract(team.eastRep);
      expectStatus(await act(team.eastRep, contract.id, 'submit'), 200);
      expect(expectStatus(await act(team.eastRep, contract.id, 'withdraw'), 200).status).toBe('draft');
      expectStatus(await act(team.eastRep, contract.id, 'submit'), 200);

      const noReason = await act(team.eastManager, contract.id, 'reject', { comment: '  ' });
      expect(expectStatus(noReason, 400)).toMatchObject({
        code: 'contract.reason_required',
        errors: [{ field: 'comment', code: 'contract.reason_required', message: 'Give a reason' }],
      });
      expect((await contractOf(team, contract.id)).status).toBe('pendingApproval');

      const rejected = await act(team.eastManager, contract.id, 'reject', {
        comment: '付款条件需改为 3-3-4',
      });
      expect(expectStatus(rejected, 200).status).toBe('draft');
      const told = (await notificationsOf(team.eastRep)).find((n) => n.kind === 'contract.rejected');
      expect(told?.title).toBe(
        `合同「智能配电系统采购合同」（${contract.number}）被驳回：付款条件需改为 3-3-4`,
      );
      expect((await historyOf(contract.id)).at(-1)).toMatchObject({
        action: 'reject',
        comment: '付款条件需改为 3-3-4',
        actor: { id: team.eastManager.userId },
      });
    });

    it('refuses every transition that does not start from the contract’s status, changing nothing', async () => {
      const inStatus: Record<string, number> = {};
      const make = async (steps: Array<[ContractAction, unknown?]>) => {
        const contract = await createContract(team.admin);
        for (const [action, body] of steps)
          expectStatus(await act(team.admin, contract.id, action, body ?? {}), 200);
        return contract.id;
      };
      inStatus.draft = await make([]);
      inStatus.pendingApproval = await make([['submit']]);
      inStatus.approved = await make([['submit'], ['approve']]);
      inStatus.signed = await make([['submit'], ['approve'], ['sign']]);
      inStatus.terminated = await make([['submit'], ['approve'], ['terminate', { comment: '客户取消采购' }]]);
      inStatus.completed = await make([['submit'], ['approve'], ['sign']]);
      expectStatus(
        await team.admin.call('POST', `/contracts/${inStatus.completed}/payments`, {
          amount: '100000.00',
          receivedOn: '2026-04-01',
        }),
        201,
      );
      expectStatus(await act(team.admin, inStatus.completed, 'complete'), 200);

      let refusals = 0;
      for (const [status, id] of Object.entries(inStatus)) {
        const before = await contractOf(team, id);
        expect(before.status).toBe(status);
        const historyLength = (await historyOf(id)).length;
        for (const action of CONTRACT_ACTIONS) {
          if ((CONTRACT_TRANSITIONS[action].from as readonly string[]).includes(status)) continue;
          const res = await act(team.admin, id, action, { comment: '理由' });
          expect(expectStatus(res, 409).code, `${action} from ${status}`).toBe('contract.invalid_transition');
          refusals += 1;
        }
        const after = await contractOf(team, id);
        expect(after.version).toBe(before.version);
        expect(after.status).toBe(status);
        expect((await historyOf(id)).length).toBe(historyLength);
      }
      // 6 statuses × 7 actions − 8 valid (draft 1, pending 3, approved 2, signed 2).
      expect(refusals).toBe(34);

      const zh = await team.admin.call('POST', `/contracts/${inStatus.draft}/approve`, {}, 'zh-CN');
      expect(zh.json().detail).toBe('合同当前状态为「草稿」，不能执行「批准」');
      const en = await team.admin.call('POST', `/contracts/${inStatus.completed}/sign`, {});
      expect(en.json().detail).toBe('A contract that is completed cannot be signed');
    });

    it('lets a rep neither approve nor terminate, a manager only within scope and not what they submitted', async () => {
      const contract = await createContract(team.eastRep);
      expectStatus(await act(team.eastRep, contract.id, 'submit'), 200);
      expect(expectStatus(await act(team.eastRep, contract.id, 'approve'), 403).code).toBe('auth.forbidden');
      expect(expectStatus(await act(team.eastRep2, contract.id, 'withdraw'), 404).code).toBe(
        'record.not_found',
      );
      expect(expectStatus(await act(team.westManager, contract.id, 'approve'), 404).code).toBe(
        'record.not_found',
      );
      expect((await contractOf(team, contract.id)).status).toBe('pendingApproval');

      const own = await createContract(team.eastManager);
      expectStatus(await act(team.eastManager, own.id, 'submit'), 200);
      const self = await act(team.eastManager, own.id, 'approve');
      expect(expectStatus(self, 403).code).toBe('contract.submitter_cannot_decide');
      const transitions = expectStatus(
        await team.eastManager.call('GET', `/contracts/${own.id}/transitions`),
        200,
      );
      expect(transitions.actions).toEqual(['withdraw']);
      // With nobody else covering the manager, the administrators are asked — and may decide.
      expect((await notificationsOf(team.admin)).map((n) => n.link?.recordId)).toContain(own.id);
      expectStatus(await act(team.admin, own.id, 'approve'), 200);

      expectStatus(await act(team.eastManager, contract.id, 'approve'), 200);
      expect(
        expectStatus(await act(team.eastRep, contract.id, 'terminate', { comment: '客户破产' }), 403).code,
      ).toBe('auth.forbidden');
      const noReason = await act(team.eastManager, contract.id, 'terminate', {});
      expect(expectStatus(noReason, 400).code).toBe('contract.reason_required');
      const terminated = expectStatus(
        await act(team.eastManager, contract.id, 'terminate', { comment: '客户破产' }),
        200,
      );
      expect(terminated).toMatchObject({ status: 'terminated', receivableAmount: '0.00' });
    });

    it('lets an administrator approve a contract they submitted themselves', async () => {
      const contract = await createContract(team.admin);
      expectStatus(await act(team.admin, contract.id, 'submit'), 200);
      expect(expectStatus(await act(team.admin, contract.id, 'approve'), 200).status).toBe('approved');
    });

    it('offers each viewer the transitions they may ask for now', async () => {
      const contract = await createContract(team.eastRep);
      const actionsOf = async (caller: Caller) =>
        expectStatus(await caller.call('GET', `/contracts/${contract.id}/transitions`), 200).actions;
      expect(await actionsOf(team.eastRep)).toEqual(['submit']);
      expectStatus(await act(team.eastRep, contract.id, 'submit'), 200);
      expect(await actionsOf(team.eastRep)).toEqual(['withdraw']);
      expect(await actionsOf(team.eastManager)).toEqual(['withdraw', 'approve', 'reject']);
      expectStatus(await act(team.eastManager, contract.id, 'approve'), 200);
      expect(await actionsOf(team.eastRep)).toEqual(['sign']);
      expect(await actionsOf(team.eastManager)).toEqual(['sign', 'terminate']);
      expectStatus(await act(team.eastRep, contract.id, 'sign'), 200);
      expect(await actionsOf(team.eastRep)).toEqual([]);
      expectStatus(
        await team.eastRep.call('POST', `/contracts/${contract.id}/payments`, {
          amount: '100000.00',
          receivedOn: '2026-12-01',
        }),
        201,
      );
      expect(await actionsOf(team.eastRep)).toEqual(['complete']);
      expect(await actionsOf(team.eastManager)).toEqual(['complete', 'terminate']);
      expect(
        expectStatus(await team.westRep.call('GET', `/contracts/${contract.id}/transitions`), 404).code,
      ).toBe('record.not_found');
    });

    it('checks what a contract needs before it is submitted or completed', async () => {
      const empty = expectStatus(
        await team.eastRep.call('POST', '/objects/contract/records', { name: '空白合同' }),
        201,
      );
      const refused = expectStatus(await act(team.eastRep, empty.id, 'submit'), 422);
      expect(refused.errors.map((e: { field: string }) => e.field)).toEqual(['amount', 'account']);
      expect((await contractOf(team, empty.id)).status).toBe('draft');

      const contract = await createContract(team.eastRep);
      expectStatus(
        await team.eastRep.call('PUT', `/contracts/${contract.id}/payment-plan`, {
          instalments: [{ dueDate: '2026-06-30', amount: '100000.00' }],
        }),
        200,
      );
      expectStatus(
        await team.eastRep.call('PATCH', `/objects/contract/records/${contract.id}`, {
          version: (await contractOf(team, contract.id)).version,
          amount: '120000.00',
        }),
        200,
      );
      const mismatch = expectStatus(await act(team.eastRep, contract.id, 'submit'), 422);
      expect(mismatch.errors).toEqual([
        {
          field: 'paymentPlan',
          code: 'contract.plan_total_mismatch',
          message: 'The payment plan totals ¥100000.00 but the contract amount is ¥120000.00',
        },
      ]);

      expectStatus(await act(team.eastRep, contract.id, 'submit', {}), 422);
      const fix = await team.eastRep.call('PUT', `/contracts/${contract.id}/payment-plan`, {
        instalments: [
          { dueDate: '2026-06-30', amount: '60000.00' },
          { dueDate: '2026-09-30', amount: '60000.00' },
        ],
      });
      expectStatus(fix, 200);
      expectStatus(await act(team.eastRep, contract.id, 'submit'), 200);
      expectStatus(await act(team.eastManager, contract.id, 'approve'), 200);
      expectStatus(await act(team.eastRep, contract.id, 'sign'), 200);
      const unpaid = expectStatus(await act(team.eastRep, contract.id, 'complete'), 422);
      expect(unpaid.code).toBe('contract.not_fully_paid');
      expect((await contractOf(team, contract.id)).status).toBe('signed');
    });

    it('refuses bad transition bodies and ids', async () => {
      const contract = await createContract(team.eastRep);
      expect(expectStatus(await act(team.eastRep, contract.id, 'submit', { extra: 1 }), 400).code).toBe(
        'common.validation_failed',
      );
      expectStatus(await act(team.eastRep, contract.id, 'submit', { comment: 'x'.repeat(2001) }), 400);
      expectStatus(await act(team.eastRep, contract.id, 'sign', { signDate: '2026-02-30' }), 400);
      expectStatus(await team.eastRep.call('POST', '/contracts/abc/submit', {}), 400);
      expectStatus(await team.eastRep.call('POST', '/contracts/999999/submit', {}), 404);
      expectStatus(await team.eastRep.call('POST', '/contracts/1/publish', {}), 404);
      expect((await contractOf(team, contract.id)).status).toBe('draft');
    });
  });
}
