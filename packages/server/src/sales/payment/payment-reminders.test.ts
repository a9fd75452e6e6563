import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { DIALECTS } from '../../../test/support/test-database.ts';
import { silentLog } from '../../platform/jobs/worker-log.ts';
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
import { SALES_BACKGROUND } from '../index.ts';
import { paymentRemindersJob, sendPaymentReminders } from './payment-reminders.job.ts';

/** 10:00 in Shanghai on `day` (YYYY-MM-DD) plus `days`: a moment well inside that company day. */
const shanghaiMorning = (day: string, days = 0) =>
  new Date(Date.parse(`${day}T02:00:00Z`) + days * 86_400_000);

for (const dialect of DIALECTS) {
  describe(`payment due reminders and overdue marking (${dialect})`, () => {
    let t: TestApp;
    let team: SalesTeam;
    const due = inDays(20);

    const notificationsOf = async (caller: Caller, kind: string, language = 'zh-CN') =>
      (
        expectStatus(await caller.call('GET', '/notifications?limit=200', undefined, language), 200)
          .items as Array<{
          kind: string;
          title: string;
          link: { object: string; recordId: number } | null;
        }>
      ).filter((n) => n.kind === kind);
    const planOf = async (contractId: number) => {
      const filter = encodeURIComponent(JSON.stringify({ field: 'contract', op: 'eq', value: contractId }));
      return expectStatus(await team.admin.call('GET', `/objects/paymentPlan/records?filter=${filter}`), 200)
        .data as Array<{ id: number; status: string; receivedAmount: string }>;
    };
    /** An approved contract of the east rep: 30,000 due on `due`, 70,000 sixty days out. */
    const collectingContract = async (owner: Caller = team.eastRep) => {
      const contract = await createContract(owner);
      expectStatus(
        await owner.call('PUT', `/contracts/${contract.id}/payment-plan`, {
          instalments: [
            { dueDate: due, amount: '30000.00' },
            { dueDate: inDays(60), amount: '70000.00' },
          ],
        }),
        200,
      );
      await approveContract(owner, team.eastManager, contract.id, { sign: false });
      return contract;
    };

    beforeAll(async () => {
      t = await createTestApp(dialect);
      team = await createSalesTeam(t);
    });
    afterAll(async () => t?.close());

    it('runs daily as a registered job', () => {
      expect(SALES_BACKGROUND.handlers).toContain(paymentRemindersJob);
      expect(SALES_BACKGROUND.schedules).toContainEqual({
        name: 'payments.reminders',
        cron: '10 0 * * *',
        jobName: 'payments.reminders',
        payload: { reminderDays: 3 },
      });
    });

    it('reminds the owner once, three days before a due date, and marks it overdue once it passed', async () => {
      const contract = await collectingContract();
      const draft = await createContract(team.eastRep2);
      expectStatus(
        await team.eastRep2.call('PUT', `/contracts/${draft.id}/payment-plan`, {
          instalments: [{ dueDate: due, amount: '100000.00' }],
        }),
        200,
      );

      expect(await sendPaymentReminders(t.database, { now: shanghaiMorning(due, -4) })).toEqual({
        overdue: 0,
        dueSoon: 0,
      });
      expect(await sendPaymentReminders(t.database, { now: shanghaiMorning(due, -3) })).toEqual({
        overdue: 0,
        dueSoon: 1,
      });
      expect(await sendPaymentReminders(t.database, { now: shanghaiMorning(due, -2) })).toEqual({
        overdue: 0,
        dueSoon: 0,
      });
      const soon = await notificationsOf(team.eastRep, 'payment.dueSoon');
      expect(soon).toEqual([
        expect.objectContaining({
          title: `合同 ${contract.number} 第 1 期回款 ¥30000.00 将于 ${due} 到期`,
          link: { object: 'contract', recordId: contract.id },
        }),
      ]);
      expect((await notificationsOf(team.eastRep, 'payment.dueSoon', 'en'))[0]?.title).toBe(
        `Instalment 1 of contract ${contract.number} (¥30000.00) falls due on ${due}`,
      );

      const overdueDay = shanghaiMorning(due, 1);
      expect(await sendPaymentReminders(t.database, { now: overdueDay })).toEqual({ overdue: 1, dueSoon: 0 });
      expect((await planOf(contract.id)).map((line) => line.status)).toEqual(['overdue', 'unpaid']);
      expect((await contractOf(team, contract.id)).paymentStatus).toBe('overdue');
      expect(await sendPaymentReminders(t.database, { now: overdueDay })).toEqual({ overdue: 0, dueSoon: 0 });
      const overdue = await notificationsOf(team.eastRep, 'payment.overdue');
      expect(overdue.map((n) => n.title)).toEqual([
        `合同 ${contract.number} 第 1 期回款已逾期：¥30000.00 应于 ${due} 到账`,
      ]);
      // Nobody else hears of it, and nothing about the draft.
      expect(await notificationsOf(team.eastRep2, 'payment.overdue')).toEqual([]);
      expect(await notificationsOf(team.eastRep2, 'payment.dueSoon')).toEqual([]);
      expect(await notificationsOf(team.eastManager, 'payment.overdue')).toEqual([]);
    });

    it('keeps an instalment overdue until it is paid, without telling the owner again', async () => {
      const contract = await collectingContract();
      await sendPaymentReminders(t.database, { now: shanghaiMorning(due, 1) });
      const before = (await notificationsOf(team.eastRep, 'payment.overdue')).length;

      expectStatus(
        await team.eastRep.call('POST', `/contracts/${contract.id}/payments`, {
          amount: '10000.00',
          receivedOn: inDays(0),
        }),
        201,
      );
      expect(await sendPaymentReminders(t.database, { now: shanghaiMorning(due, 2) })).toEqual({
        overdue: 0,
        dueSoon: 0,
      });
      expect((await planOf(contract.id)).map((line) => [line.receivedAmount, line.status])).toEqual([
        ['10000.00', 'overdue'],
        ['0.00', 'unpaid'],
      ]);
      expect((await notificationsOf(team.eastRep, 'payment.overdue')).length).toBe(before);

      expectStatus(
        await team.eastRep.call('POST', `/contracts/${contract.id}/payments`, {
          amount: '20000.00',
          receivedOn: inDays(0),
        }),
        201,
      );
      expect(await sendPaymentReminders(t.database, { now: shanghaiMorning(due, 3) })).toEqual({
        overdue: 0,
        dueSoon: 0,
      });
      expect((await planOf(contract.id)).map((line) => line.status)).toEqual(['paid', 'unpaid']);
      expect((await contractOf(team, contract.id)).paymentStatus).toBe('partial');
    });

    it('reminds nobody about a terminated contract, nor marks it overdue', async () => {
      const terminated = await collectingContract(team.eastRep2);
      expectStatus(
        await team.eastManager.call('POST', `/contracts/${terminated.id}/terminate`, { comment: '客户取消' }),
        200,
      );
      const before = (await notificationsOf(team.eastRep2, 'payment.overdue')).length;
      await sendPaymentReminders(t.database, { now: shanghaiMorning(due, 5) });
      expect((await notificationsOf(team.eastRep2, 'payment.overdue')).length).toBe(before);
      expect((await contractOf(team, terminated.id)).paymentStatus).toBe('unpaid');
    });

    it('marks a contract overdue as soon as it is approved with a due date already passed', async () => {
      const contract = await createContract(team.eastRep, { amount: '1000.00' });
      expectStatus(
        await team.eastRep.call('PUT', `/contracts/${contract.id}/payment-plan`, {
          instalments: [
            { dueDate: inDays(-10), amount: '400.00' },
            { dueDate: inDays(30), amount: '600.00' },
          ],
        }),
        200,
      );
      expect((await planOf(contract.id)).map((line) => line.status)).toEqual(['unpaid', 'unpaid']);
      await approveContract(team.eastRep, team.eastManager, contract.id, { sign: false });
      expect((await planOf(contract.id)).map((line) => line.status)).toEqual(['overdue', 'unpaid']);
      expect((await contractOf(team, contract.id)).paymentStatus).toBe('overdue');

      // The job then tells the owner, once, even though the status was already overdue.
      const before = (await notificationsOf(team.eastRep, 'payment.overdue')).length;
      await paymentRemindersJob.run(
        { reminderDays: 3 },
        {
          jobId: 1,
          jobName: 'payments.reminders',
          attempt: 1,
          maxAttempts: 5,
          idempotencyKey: null,
          db: t.database.db,
          database: t.database,
          signal: new AbortController().signal,
          log: silentLog,
        },
      );
      await sendPaymentReminders(t.database);
      const after = await notificationsOf(team.eastRep, 'payment.overdue');
      expect(after.length).toBe(before + 1);
      expect(after[0]?.title).toContain(`合同 ${contract.number} 第 1 期回款已逾期：¥400.00`);
    });
  });
}
