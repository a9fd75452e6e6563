import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../server/test/support/test-database.ts';
import {
  ADMIN_PASSWORD,
  adminCookie,
  exportListToExcel,
  HAS_CHROMIUM,
  type Harness,
  screenshot,
  signIn,
  startHarness,
  stopHarness,
} from './browser-harness.ts';

for (const dialect of DIALECTS) {
  describe.runIf(HAS_CHROMIUM)(`record list: columns, views, bulk edit, export (${dialect})`, () => {
    let harness: Harness | undefined;
    const shot = async (name: string) => {
      const { page } = harness!;
      await expect.poll(() => page.locator('.ant-spin-spinning').count(), { timeout: 10_000 }).toBe(0);
      await page.waitForTimeout(400);
      await screenshot(harness!, `list-views-${dialect}-${name}`, { fullPage: true });
    };

    beforeAll(async () => {
      harness = await startHarness(dialect);
    }, 180_000);
    afterAll(async () => stopHarness(harness));

    it('chooses columns, saves and picks a view, bulk edits two records and exports xlsx', async () => {
      const { app, page, baseUrl } = harness!;
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
      const account = await post('/objects/account/records', {
        name: '华南贸易有限公司',
        industry: 'retail',
      });
      for (const [name, phone] of [
        ['王芳', '13800138001'],
        ['李娜', '13800138002'],
        ['张伟', '13800138003'],
      ]) {
        await post('/objects/contact/records', { name, phone, account: account.id });
      }

      await page.goto(`${baseUrl}/login`);
      await signIn(page, 'admin', ADMIN_PASSWORD);
      await page.goto(`${baseUrl}/o/contact`);
      await page.getByRole('link', { name: '王芳' }).waitFor();
      // The lookup column shows the account's name, not its id.
      await expect.poll(() => page.getByRole('link', { name: '华南贸易有限公司' }).count()).toBe(3);
      await page.getByRole('columnheader', { name: '电话' }).waitFor();

      // Hide the phone column.
      await page.getByTestId('column-chooser').click();
      await page.locator('.ant-popover').getByRole('checkbox', { name: '电话' }).uncheck();
      await expect.poll(() => page.getByRole('columnheader', { name: '电话' }).count()).toBe(0);
      await shot('01-columns');
      await page.keyboard.press('Escape');
      await page.getByRole('heading', { name: '联系人' }).click();

      // Save it as a personal view, reload, pick it again.
      await page.getByRole('button', { name: '另存为视图' }).click();
      // A loaded machine may still be playing the dialog's opening animation: let it finish first.
      const dialog = page.getByRole('dialog', { name: '另存为视图' });
      await expect.poll(() => dialog.getAttribute('class')).not.toMatch(/ant-zoom-appear/);
      await dialog.getByLabel('视图名称').fill('不看电话');
      await expect.poll(() => dialog.getByLabel('视图名称').inputValue()).toBe('不看电话');
      await dialog.getByRole('button', { name: /保\s*存/ }).click();
      // The toast may come and go while a loaded machine is busy; the stored view is what counts.
      await expect
        .poll(async () => ((await dialog.isVisible()) ? await dialog.textContent() : 'closed'), {
          timeout: 30_000,
        })
        .toBe('closed');
      await expect
        .poll(async () => {
          const views = await app.inject({
            method: 'GET',
            url: '/api/v1/objects/contact/views',
            headers: { cookie },
          });
          return views.json().data.map((view: { name: string }) => view.name);
        })
        .toContain('不看电话');
      await page.reload();
      await page.getByRole('link', { name: '王芳' }).waitFor();
      await page.getByRole('columnheader', { name: '电话' }).waitFor();
      await page.getByTestId('view-selector').click();
      await page.locator('.ant-select-item-option', { hasText: '不看电话' }).click();
      await expect.poll(() => page.getByRole('columnheader', { name: '电话' }).count()).toBe(0);

      // Bulk edit two records: job title = 经理.
      await page.locator('.ant-table-row', { hasText: '王芳' }).locator('.ant-checkbox-input').check();
      await page.locator('.ant-table-row', { hasText: '李娜' }).locator('.ant-checkbox-input').check();
      await page.getByText('已选 2 条').waitFor();
      await shot('02-selected');
      await page.getByRole('button', { name: '批量修改' }).click();
      const modal = page.locator('.ant-modal');
      await modal.getByLabel('字段').click();
      await page.locator('.ant-select-item-option', { hasText: '职务' }).click();
      await modal.getByLabel('值').fill('经理');
      await modal.getByRole('button', { name: /应\s*用/ }).click();
      await page.getByText('已修改 2 条记录').waitFor();
      const list = await app.inject({
        method: 'GET',
        url: '/api/v1/objects/contact/records?fields=name,title',
        headers: { cookie },
      });
      const titles = Object.fromEntries(
        list.json().data.map((r: { name: string; title: string | null }) => [r.name, r.title]),
      );
      expect(titles).toEqual({ 王芳: '经理', 李娜: '经理', 张伟: null });

      // Export the list to Excel.
      const { fileName, rows } = await exportListToExcel(page);
      expect(fileName).toMatch(/^lodestar-contact-\d{4}-\d{2}-\d{2}\.xlsx$/);
      expect(rows[0]?.slice(0, 2)).toEqual(['姓名', '所属客户']);
      expect(rows[0]).not.toContain('电话');
      expect(rows).toHaveLength(4);
      expect(
        rows
          .slice(1)
          .map((row) => row[0])
          .sort(),
      ).toEqual(['张伟', '李娜', '王芳'].sort());
      expect(rows[1]?.[1]).toBe('华南贸易有限公司');
      await shot('03-list-zh');
    }, 120_000);
  });
}
