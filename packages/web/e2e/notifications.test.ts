import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TASK_DUE } from '../../server/src/platform/notifications/built-in-kinds.ts';
import { notify } from '../../server/src/platform/notifications/notify.ts';
import { DIALECTS } from '../../server/test/support/test-database.ts';
import {
  ADMIN_PASSWORD,
  adminCookie,
  HAS_CHROMIUM,
  type Harness,
  screenshot,
  signIn,
  startHarness,
  stopHarness,
} from './browser-harness.ts';

for (const dialect of DIALECTS) {
  describe.runIf(HAS_CHROMIUM)(`notification centre in Chromium (${dialect})`, () => {
    let harness: Harness | undefined;
    const shot = async (name: string) => {
      const { page } = harness!;
      await expect.poll(() => page.locator('.ant-spin-spinning').count(), { timeout: 10_000 }).toBe(0);
      await page.waitForTimeout(400);
      await screenshot(harness!, `notifications-${dialect}-${name}`);
    };

    beforeAll(async () => {
      harness = await startHarness(dialect);
    }, 180_000);

    afterAll(async () => {
      await stopHarness(harness);
    });

    it('shows the unread count, opens a notification on its record, and marks all read', async () => {
      const { app, database, page, baseUrl } = harness!;
      const cookie = await adminCookie(app);
      const me = await app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } });
      const adminId: number = me.json().id;
      const account = await app.inject({
        method: 'POST',
        url: '/api/v1/objects/account/records',
        headers: { cookie },
        payload: { name: '华东精密制造有限公司', industry: 'manufacturing', level: 'a' },
      });
      expect(account.statusCode, account.body).toBe(201);
      const accountId: number = account.json().id;
      await database.db.transaction().execute(async (trx) => {
        await notify(trx, {
          userIds: [adminId],
          kind: TASK_DUE,
          params: { title: '准备华东精密的报价方案' },
          object: 'account',
          recordId: accountId,
        });
        await notify(trx, { userIds: [adminId], kind: TASK_DUE, params: { title: '整理本周客户拜访记录' } });
      });

      await page.goto(`${baseUrl}/login`);
      await signIn(page, 'admin', ADMIN_PASSWORD);
      const bell = page.locator('.app-header').getByRole('button', { name: /^通知/ });
      const badge = bell.locator('.ant-badge-count');
      await expect.poll(() => badge.getAttribute('title'), { timeout: 10_000 }).toBe('2');

      await bell.click();
      const popover = page.locator('.notification-popover');
      await popover.getByText('任务「准备华东精密的报价方案」已到期').waitFor();
      await popover.getByText('任务「整理本周客户拜访记录」已到期').waitFor();
      await expect(popover.locator('.notification-item--unread').count()).resolves.toBe(2);
      await shot('01-bell-open-zh');

      await popover.getByText('任务「准备华东精密的报价方案」已到期').click();
      await page.waitForURL(new RegExp(`/o/account/${accountId}$`));
      await page.getByRole('heading', { name: '华东精密制造有限公司' }).waitFor();
      await expect.poll(() => badge.getAttribute('title'), { timeout: 10_000 }).toBe('1');

      await bell.click();
      await popover.locator('.notification-item--unread').first().waitFor();
      await expect(popover.locator('.notification-item--unread').count()).resolves.toBe(1);
      await popover.getByRole('button', { name: '全部已读' }).click();
      await expect.poll(() => badge.count(), { timeout: 10_000 }).toBe(0);
      await expect.poll(() => popover.locator('.notification-item--unread').count()).toBe(0);

      await popover.getByRole('link', { name: '查看全部通知' }).click();
      await page.waitForURL(/\/notifications$/);
      await page.getByRole('heading', { name: '通知' }).waitFor();
      await expect.poll(() => page.locator('.app-content .notification-item').count()).toBe(2);
      await shot('02-page-all');
      await page.getByRole('tab', { name: /未读/ }).click();
      await page.getByText('没有未读通知').waitFor();
      await shot('03-page-unread-empty');

      const unread = await app.inject({
        method: 'GET',
        url: '/api/v1/notifications/unread-count',
        headers: { cookie },
      });
      expect(unread.json()).toEqual({ count: 0 });
    });
  });
}
