import type { FastifyInstance } from 'fastify';
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

/** Creates a record through the API as the admin and returns its id. */
async function createRecord(app: FastifyInstance, cookie: string, object: string, values: object) {
  const res = await app.inject({
    method: 'POST',
    url: `/api/v1/objects/${object}/records`,
    headers: { cookie },
    payload: values,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as number;
}

for (const dialect of DIALECTS) {
  describe.runIf(HAS_CHROMIUM)(`lead conversion in Chromium (${dialect})`, () => {
    let harness: Harness | undefined;
    const shot = async (name: string) => {
      const { page } = harness!;
      await expect.poll(() => page.locator('.ant-spin-spinning').count(), { timeout: 10_000 }).toBe(0);
      await page.waitForTimeout(400);
      await screenshot(harness!, `lead-conversion-${dialect}-${name}`);
    };

    beforeAll(async () => {
      harness = await startHarness(dialect);
    }, 180_000);

    afterAll(async () => {
      await stopHarness(harness);
    });

    it('converts a lead into the existing account it matches, a new contact and an opportunity', async () => {
      const { app, page, baseUrl } = harness!;
      const cookie = await adminCookie(app);
      const accountId = await createRecord(app, cookie, 'account', {
        name: '杭州云帆科技有限公司',
        level: 'a',
      });
      const leadId = await createRecord(app, cookie, 'lead', {
        name: '王磊',
        company: '杭州云帆科技（中国）有限公司',
        phone: '+86 138 0571 0001',
        email: 'wang.lei@yunfan.example.cn',
        source: 'exhibition',
        industry: 'it',
      });

      await page.goto(`${baseUrl}/login`);
      await signIn(page, 'admin', ADMIN_PASSWORD);
      await page.goto(`${baseUrl}/o/lead/${leadId}`);
      await page.getByRole('heading', { name: '王磊' }).waitFor();
      await page.getByRole('button', { name: '转化' }).click();
      const dialog = page.locator('.convert-lead-form');
      await dialog.waitFor();
      // The account with the same normalised name is offered and chosen; a new contact is the default.
      await dialog.getByText('关联已有客户（发现 1 个相似客户）').waitFor();
      await dialog.getByText('公司名称相同').waitFor();
      await expect(dialog.getByRole('radio', { name: '新建联系人「王磊」' }).isChecked()).resolves.toBe(true);
      await dialog.locator('#convert_opportunity_name').fill('云帆 MES 一期');
      await dialog.locator('#convert_opportunity_amount').fill('100000');
      await shot('01-dialog');

      await page.locator('.ant-modal-footer').getByRole('button', { name: '转 化' }).click();
      await page.waitForURL(/\/o\/opportunity\/\d+$/);
      await page.getByRole('heading', { name: '云帆 MES 一期' }).waitFor();
      await page.getByRole('tab', { name: '详细信息' }).click();
      await page.locator('.record-details').getByText('¥100,000.00').waitFor();
      await shot('02-opportunity');

      const lead = await app.inject({
        method: 'GET',
        url: `/api/v1/objects/lead/records/${leadId}`,
        headers: { cookie },
      });
      expect(lead.json()).toMatchObject({ status: 'converted', convertedAccount: accountId });
      const account = await app.inject({
        method: 'GET',
        url: `/api/v1/objects/account/records/${accountId}`,
        headers: { cookie },
      });
      expect(account.json()).toMatchObject({
        phone: '13805710001',
        industry: 'it',
        source: 'exhibition',
        lead: leadId,
      });

      // The converted lead shows what it became and can no longer be edited.
      await page.goto(`${baseUrl}/o/lead/${leadId}`);
      const banner = page.locator('.converted-lead-banner');
      await banner.waitFor();
      await banner.getByRole('link', { name: '杭州云帆科技有限公司' }).waitFor();
      await banner.getByRole('link', { name: '云帆 MES 一期' }).waitFor();
      expect(await page.getByRole('button', { name: '转化' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: '编辑' }).count()).toBe(0);
      await shot('03-converted-lead');
    });
  });
}
