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

const label = (zh: string, en: string) => ({ 'zh-CN': zh, en });

for (const dialect of DIALECTS) {
  describe.runIf(HAS_CHROMIUM)(`tags and attachments in Chromium (${dialect})`, () => {
    let harness: Harness | undefined;
    let recordId = 0;
    const shot = async (name: string) => {
      const { page } = harness!;
      await expect.poll(() => page.locator('.ant-spin-spinning').count(), { timeout: 10_000 }).toBe(0);
      await page.waitForTimeout(400);
      await screenshot(harness!, `tags-files-${dialect}-${name}`, { fullPage: true });
    };

    beforeAll(async () => {
      harness = await startHarness(dialect);
      const { app } = harness;
      const cookie = await adminCookie(app);
      const post = async (url: string, payload: unknown) => {
        const res = await app.inject({
          method: 'POST',
          url: `/api/v1${url}`,
          headers: { cookie },
          payload: payload as object,
        });
        expect(res.statusCode, res.body).toBe(201);
        return res.json();
      };
      await post('/tag-groups', {
        key: 'customerTier',
        label: label('客户分级', 'Customer tier'),
        tags: [
          { key: 'vip', label: label('重要客户', 'VIP'), color: '#f5222d' },
          { key: 'strategic', label: label('战略客户', 'Strategic'), color: '#722ed1' },
        ],
      });
      await post('/objects/account/fields', {
        apiName: 'tier',
        type: 'tags',
        label: label('客户分级', 'Tier'),
        options: { group: 'customerTier' },
      });
      await post('/objects/account/fields', {
        apiName: 'contracts',
        type: 'attachment',
        label: label('合同扫描件', 'Contract scans'),
        options: { multiple: true, maxSizeMb: 5, accept: ['.pdf', '.txt'] },
      });
      recordId = (await post('/objects/account/records', { name: '华东精密制造有限公司' })).id;
    }, 180_000);

    afterAll(async () => {
      await stopHarness(harness);
    });

    it('manages tag groups under Settings → Tags', async () => {
      const { page, baseUrl } = harness!;
      await page.goto(`${baseUrl}/login`);
      await signIn(page, 'admin', ADMIN_PASSWORD);
      await page.goto(`${baseUrl}/settings/tags`);
      await page.getByRole('heading', { name: '标签' }).waitFor();
      await page.getByText('重要客户').waitFor();

      await page.getByRole('button', { name: '新建标签组' }).click();
      const dialog = page.locator('.ant-modal');
      await dialog.locator('input#key').fill('industryFocus');
      await dialog.getByLabel('名称（中文）').first().fill('行业关注');
      await dialog.getByLabel('名称（英文）').first().fill('Industry focus');
      await dialog.getByRole('button', { name: '添加标签' }).click();
      await dialog.getByPlaceholder('名称（中文）').fill('新能源');
      await dialog.getByPlaceholder('名称（英文）').fill('New energy');
      await shot('01-tag-group-dialog');
      await dialog.getByRole('button', { name: /保\s*存/ }).click();
      await page.getByText('已保存标签组“行业关注”').waitFor();
      await page.locator('.ant-card', { hasText: '行业关注' }).getByText('新能源').waitFor();
      await shot('02-tag-groups');
    });

    it('attaches files to a record, and edits its tags and attachment field', async () => {
      const { page, baseUrl } = harness!;
      await page.goto(`${baseUrl}/o/account/${recordId}`);
      await page.getByRole('heading', { name: '华东精密制造有限公司' }).waitFor();
      await page.getByRole('tab', { name: '附件' }).click();
      await page.getByText('暂无附件').waitFor();
      await page.locator('input[type=file]').setInputFiles({
        name: '采购框架协议.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from('框架协议 2026'),
      });
      await page.getByRole('link', { name: '采购框架协议.txt' }).waitFor();
      await shot('03-record-attachments');

      await page.goto(`${baseUrl}/o/account/${recordId}/edit`);
      await page.locator('#record_tier').click();
      await page.locator('.ant-select-item-option', { hasText: '重要客户' }).click();
      await page.locator('.ant-select-item-option', { hasText: '战略客户' }).click();
      await page.keyboard.press('Escape');
      await page.locator('#record_contracts input[type=file]').setInputFiles({
        name: '销售合同.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.4 合同'),
      });
      await page.locator('#record_contracts').getByRole('link', { name: '销售合同.pdf' }).waitFor();
      await shot('04-edit-form');
      await page.locator('button[type=submit]').click();
      await page.waitForURL(new RegExp(`/o/account/${recordId}$`));
      // An account opens on its 360° overview; the fields are on the Details tab.
      await page.getByRole('tab', { name: '详细信息' }).click();
      const details = page.locator('.record-details');
      await details.getByText('战略客户').waitFor();
      await details.getByRole('link', { name: '销售合同.pdf' }).waitFor();
      await shot('05-record-details');

      const record = await harness!.app.inject({
        method: 'GET',
        url: `/api/v1/objects/account/records/${recordId}`,
        headers: { cookie: await adminCookie(harness!.app) },
      });
      expect(record.json()).toMatchObject({
        tier: ['vip', 'strategic'],
        contracts: [expect.objectContaining({ name: '销售合同.pdf', mimeType: 'application/pdf' })],
      });
    });
  });
}
