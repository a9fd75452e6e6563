import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_PASSWORD, insertDepartment, insertUser } from '../../server/test/support/org-fixtures.ts';
import { DIALECTS } from '../../server/test/support/test-database.ts';
import {
  HAS_CHROMIUM,
  type Harness,
  screenshot,
  signIn,
  startHarness,
  stopHarness,
} from './browser-harness.ts';

for (const dialect of DIALECTS) {
  describe.runIf(HAS_CHROMIUM)(`contract approval and collection in Chromium (${dialect})`, () => {
    let harness: Harness | undefined;
    let contractId: number;

    const shot = async (name: string) => {
      const { page } = harness!;
      await expect.poll(() => page.locator('.ant-spin-spinning').count(), { timeout: 10_000 }).toBe(0);
      await page.waitForTimeout(400);
      await screenshot(harness!, `contract-${dialect}-${name}`);
    };
    const openContractAs = async (username: string) => {
      const { page, context, baseUrl } = harness!;
      await context.clearCookies();
      await page.goto(`${baseUrl}/login`);
      await signIn(page, username, FIXTURE_PASSWORD);
      await page.goto(`${baseUrl}/o/contract/${contractId}`);
      await page.getByRole('heading', { name: '配电柜智能化改造合同' }).waitFor();
    };
    /** Confirms the open transition dialog and waits for the status it leads to. */
    const confirmTo = async (status: string) => {
      const { page } = harness!;
      await page.locator('.ant-modal-footer .ant-btn-primary').click();
      await page.locator(`.receivable-summary [data-status="${status}"]`).waitFor();
    };

    beforeAll(async () => {
      harness = await startHarness(dialect);
      const { app, database } = harness;
      const team = await insertDepartment(database.db, '华东销售部');
      await insertUser(database.db, {
        username: 'wang.fang',
        name: '王芳',
        departmentId: team.id,
        roles: ['salesRep'],
      });
      await insertUser(database.db, {
        username: 'li.manager',
        name: '李经理',
        departmentId: team.id,
        roles: ['salesManager'],
      });
      const login = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'wang.fang', password: FIXTURE_PASSWORD },
      });
      const cookie = `lodestar_session=${login.cookies.find((c) => c.name === 'lodestar_session')?.value}`;
      const call = async (method: 'POST' | 'PUT', url: string, payload: unknown) => {
        const res = await app.inject({
          method,
          url: `/api/v1${url}`,
          headers: { cookie },
          payload: payload as object,
        });
        expect(res.statusCode, res.body).toBeLessThan(300);
        return res.json();
      };
      const account = await call('POST', '/objects/account/records', { name: '上海华东电力设备有限公司' });
      const contract = await call('POST', '/objects/contract/records', {
        name: '配电柜智能化改造合同',
        account: account.id,
        amount: '236000.00',
      });
      contractId = contract.id;
      await call('PUT', `/contracts/${contractId}/payment-plan`, {
        instalments: [
          { dueDate: '2030-01-31', amount: '100000.00' },
          { dueDate: '2030-06-30', amount: '136000.00' },
        ],
      });
    }, 180_000);

    afterAll(async () => {
      await stopHarness(harness);
    });

    it('is submitted by the rep, approved by the manager, signed, and paid in two payments', async () => {
      const { page } = harness!;
      await openContractAs('wang.fang');
      await page.locator('[data-action="submit"]').click();
      await page.getByText('提交后合同金额、客户、甲乙方、日期、条款和回款计划将被锁定').waitFor();
      await confirmTo('pendingApproval');
      await expect(page.locator('[data-action="approve"]').count()).resolves.toBe(0);
      await shot('01-submitted');

      await openContractAs('li.manager');
      await page.locator('[data-action="approve"]').click();
      await confirmTo('approved');
      await shot('02-approved');

      await openContractAs('wang.fang');
      await page.locator('[data-action="sign"]').click();
      await confirmTo('signed');
      await page.getByRole('tab', { name: '回款记录' }).click();
      for (const amount of ['100000', null]) {
        await page.locator('[data-action="record-payment"]').click();
        const dialog = page.locator('.ant-modal').filter({ hasText: '登记回款' });
        await dialog.locator('#recordPayment_amount').waitFor();
        // The second payment takes the amount offered: what is still receivable.
        if (amount) await dialog.locator('#recordPayment_amount').fill(amount);
        else await expect(dialog.locator('#recordPayment_amount').inputValue()).resolves.toBe('136000.00');
        await dialog.locator('.ant-modal-footer .ant-btn-primary').click();
        await dialog.waitFor({ state: 'detached' });
      }
      const summary = page.locator('.receivable-summary');
      await summary.locator('[data-payment-status="paid"]').getByText('已回款').waitFor();
      await expect(summary.locator('.receivable-summary__receivable').textContent()).resolves.toContain(
        '¥0.00',
      );
      await expect(page.locator('.ant-table-row').count()).resolves.toBe(2);
      await page.getByRole('tab', { name: '回款计划' }).click();
      await expect(page.locator('.ant-table-row [data-payment-status="paid"]').count()).resolves.toBe(2);
      await shot('03-paid');
    }, 120_000);
  });
}
