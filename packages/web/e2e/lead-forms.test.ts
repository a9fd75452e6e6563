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
import { type CompanySite, startCompanySite } from './company-site.ts';

for (const dialect of DIALECTS) {
  describe.runIf(HAS_CHROMIUM)(`web-to-lead forms in Chromium (${dialect})`, () => {
    let harness: Harness | undefined;
    let site: CompanySite | undefined;
    const shot = async (name: string) => {
      const { page } = harness!;
      await page.waitForTimeout(300);
      await screenshot(harness!, `lead-forms-${dialect}-${name}`);
    };

    beforeAll(async () => {
      harness = await startHarness(dialect);
      site = await startCompanySite();
    }, 180_000);

    afterAll(async () => {
      await site?.close();
      await stopHarness(harness);
    });

    it('an admin builds a form, a page on another site embeds its snippet, and submissions become leads', async () => {
      const { app, page, baseUrl, context } = harness!;
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });

      await page.goto(`${baseUrl}/login`);
      await signIn(page, 'admin', ADMIN_PASSWORD);
      await page.goto(`${baseUrl}/settings/lead-forms`);
      await page.getByRole('heading', { name: '线索表单' }).waitFor();
      await page.getByRole('button', { name: '新建表单' }).click();
      await page.getByRole('heading', { name: '新建线索表单' }).waitFor();

      await page.locator('#leadForm_name').fill('官网预约演示');
      await page.locator('#leadForm_campaign').fill('2025 春季发布会');
      await page.locator('#leadForm_allowedOrigins').fill(site!.url);
      await page.keyboard.press('Enter');
      await page.locator('#leadForm_addField').click();
      await page.locator('.ant-select-item-option', { hasText: '行业' }).click();
      await page.getByRole('textbox', { name: '公司 zh-CN' }).fill('公司名称');
      // The preview follows the draft as it is edited.
      const preview = page.frameLocator('iframe.lead-form-preview');
      await preview.getByText('公司名称').waitFor();
      await preview.locator('select[name="industry"]').waitFor();
      await page.locator('#leadForm_thankYou_zh-CN').fill('感谢预约！顾问将在 24 小时内联系您。');
      await page.locator('.lead-form-save').click();
      await page.waitForURL(/\/settings\/lead-forms\/\d+$/);
      const snippetBox = page.locator('textarea.lead-form-snippet');
      await snippetBox.waitFor();
      // The saved form's preview and embed code show its token.
      await preview.getByText('公司名称').waitFor();
      await preview.getByRole('button', { name: '提交' }).waitFor();
      await page.getByRole('heading', { name: '官网预约演示' }).scrollIntoViewIfNeeded();
      await shot('01-editor');

      await page.locator('.lead-form-copy').click();
      await page.getByText('已复制嵌入代码').waitFor();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(await snippetBox.inputValue());
      expect(copied).toContain(`${baseUrl}/api/v1/public/lead-forms/`);
      site!.setSnippet(copied);

      // Back on the list, duplicates of existing leads are set to be merged.
      await page.getByRole('link', { name: '返回线索表单' }).click();
      await page.locator('.ant-table-row', { hasText: '官网预约演示' }).waitFor();
      await page.locator('.lead-intake-duplicates').getByText('合并到已有线索').click();
      const cookie = await adminCookie(app);
      await expect
        .poll(async () => {
          const res = await app.inject({
            method: 'GET',
            url: '/api/v1/lead-intake-settings',
            headers: { cookie },
          });
          return res.json().duplicateMode;
        })
        .toBe('merge');
      await shot('02-list');

      // A visitor arrives from a search ad on the company site and fills in the embedded form.
      const landing = `${site!.url}/landing?utm_source=baidu&utm_medium=cpc&utm_campaign=spring-launch`;
      await page.goto(landing, { referer: 'https://www.baidu.com/s?wd=crm' });
      const form = page.locator('form.lodestar-lead-form');
      await form.getByLabel('姓名').fill('陈晓');
      await form.getByLabel('公司名称').fill('杭州星辰软件有限公司');
      await form.getByLabel('电话').fill('12345');
      await form.getByLabel('邮箱').fill('chen.xiao@xingchen.example.cn');
      await form.locator('select[name="industry"]').selectOption('it');
      await form.getByRole('button', { name: '提交' }).click();
      // The server's per-field message shows under the phone input; nothing is stored.
      await form.locator('[data-lodestar-error="phone"]').filter({ hasText: /电话/ }).waitFor();
      await shot('03-invalid-phone');
      await form.getByLabel('电话').fill('138 0571 2233');
      await form.getByRole('button', { name: '提交' }).click();
      await form.getByText('感谢预约！顾问将在 24 小时内联系您。').waitFor();
      await shot('04-thank-you');

      // A script for a name is kept as text.
      await page.goto(landing);
      await form.getByLabel('姓名').fill('<script>window.__xss=1</script>');
      await form.getByLabel('电话').fill('13900001234');
      await form.getByRole('button', { name: '提交' }).click();
      await form.getByText('感谢预约！').waitFor();

      // The same visitor again: merged into the first lead, not a second one.
      await page.goto(landing);
      await form.getByLabel('姓名').fill('陈晓');
      await form.getByLabel('电话').fill('13805712233');
      await form.getByLabel('备注').fill('想了解报价');
      await form.getByRole('button', { name: '提交' }).click();
      await form.getByText('感谢预约！').waitFor();

      const leads = await app.inject({
        method: 'GET',
        url: '/api/v1/objects/lead/records?limit=10',
        headers: { cookie },
      });
      const byName = new Map<string, Record<string, unknown>>(
        leads.json().data.map((lead: Record<string, unknown>) => [lead.name as string, lead]),
      );
      expect(byName.size).toBe(2);
      const chen = byName.get('陈晓')!;
      expect(chen).toMatchObject({
        company: '杭州星辰软件有限公司',
        phone: '13805712233',
        industry: 'it',
        source: 'webForm',
        campaign: '2025 春季发布会',
        utmSource: 'baidu',
        utmMedium: 'cpc',
        utmCampaign: 'spring-launch',
        referrer: 'https://www.baidu.com/s?wd=crm',
      });
      const scripted = byName.get('<script>window.__xss=1</script>')!;
      expect(scripted).toMatchObject({ utmSource: 'baidu', referrer: landing });
      expect(chen.description).toMatch(
        /^【\d{4}-\d{2}-\d{2} \d{2}:\d{2} 再次提交（网页表单：官网预约演示）】\n想了解报价$/,
      );

      // The leads show in the CRM with their source and UTM values, the script as plain text.
      await page.goto(`${baseUrl}/o/lead`);
      await page.getByText('陈晓').waitFor();
      await page.getByText('<script>window.__xss=1</script>').waitFor();
      await page.goto(`${baseUrl}/o/lead/${chen.id}`);
      await page.getByRole('heading', { name: '陈晓' }).waitFor();
      await page.getByRole('tab', { name: '详细信息' }).click();
      await page.locator('.record-details').getByText('网页表单', { exact: true }).waitFor();
      await page.locator('.record-details').getByText('spring-launch').waitFor();
      await shot('05-lead');
      await page.goto(`${baseUrl}/o/lead/${scripted.id}`);
      await page.getByRole('heading', { name: '<script>window.__xss=1</script>' }).waitFor();
      await shot('06-script-as-text');
      expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
      expect(dialogs).toEqual([]);
    });
  });
}
