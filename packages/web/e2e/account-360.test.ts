import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
  describe.runIf(HAS_CHROMIUM)(`account 360° view in Chromium (${dialect})`, () => {
    let harness: Harness | undefined;
    let accountId = 0;

    beforeAll(async () => {
      harness = await startHarness(dialect);
      const { app } = harness;
      const cookie = await adminCookie(app);
      const post = async (object: string, payload: Record<string, unknown>) => {
        const res = await app.inject({
          method: 'POST',
          url: `/api/v1/objects/${object}/records`,
          headers: { cookie },
          payload,
        });
        expect(res.statusCode, res.body).toBe(201);
        return res.json() as { id: number };
      };
      accountId = (await post('account', { name: '苏州恒通精密机械有限公司', industry: 'manufacturing' })).id;
      await post('contact', { name: '王建国', account: accountId, title: '采购总监' });
    }, 180_000);

    afterAll(async () => {
      await stopHarness(harness);
    });

    it('logs a follow-up on an account and shows it on the 360° timeline', async () => {
      const { page, baseUrl } = harness!;
      await page.goto(`${baseUrl}/login`);
      await signIn(page, 'admin', ADMIN_PASSWORD);
      await page.goto(`${baseUrl}/o/account/${accountId}`);
      await page.getByRole('heading', { name: '苏州恒通精密机械有限公司' }).waitFor();
      // The 360° overview is the first tab and opens by itself.
      await expect.poll(() => page.getByRole('tab', { name: '360° 概览', selected: true }).count()).toBe(1);
      const timeline = page.getByTestId('record-timeline');
      await timeline.getByText('新建了联系人').waitFor();

      await page.locator('.page-header').getByRole('button', { name: '写跟进' }).click();
      const dialog = page.locator('.ant-modal');
      await dialog.locator('#content').fill('上门拜访王总，演示五轴机床加工样件');
      await dialog.locator('#nextStep').fill('发送正式报价');
      await screenshot(harness!, `account-360-${dialect}-01-log-follow-up`);
      await dialog.getByRole('button', { name: '保存跟进' }).click();
      await page.getByText('跟进已记录').waitFor();

      await timeline.getByText('上门拜访王总，演示五轴机床加工样件').waitFor();
      await timeline.getByText('写了跟进').first().waitFor();
      await timeline.getByText('下一步：发送正式报价').waitFor();
      await expect.poll(() => page.locator('.ant-spin-spinning').count(), { timeout: 10_000 }).toBe(0);
      await screenshot(harness!, `account-360-${dialect}-02-timeline`, { fullPage: true });

      const followUps = await harness!.app.inject({
        method: 'GET',
        url: '/api/v1/objects/followUp/records',
        headers: { cookie: await adminCookie(harness!.app) },
      });
      expect(followUps.json().data).toEqual([
        expect.objectContaining({ account: accountId, type: 'phone', nextStep: '发送正式报价' }),
      ]);
    });
  });
}
