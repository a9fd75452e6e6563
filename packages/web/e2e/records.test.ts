import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../server/test/support/test-database.ts';
import {
  ADMIN_PASSWORD,
  adminCookie,
  HAS_CHROMIUM,
  type Harness,
  screenshot,
  startHarness,
  stopHarness,
} from './browser-harness.ts';

for (const dialect of DIALECTS) {
  describe.runIf(HAS_CHROMIUM)(`generated record pages in Chromium (${dialect})`, () => {
    let harness: Harness | undefined;
    /** Waits for loading and transitions to finish, so the picture shows the settled page. */
    const shot = async (name: string) => {
      const { page } = harness!;
      await expect.poll(() => page.locator('.ant-spin-spinning').count(), { timeout: 10_000 }).toBe(0);
      await page.waitForTimeout(400);
      await screenshot(harness!, `records-${dialect}-${name}`, { fullPage: true });
    };

    beforeAll(async () => {
      harness = await startHarness(dialect);
    }, 180_000);

    afterAll(async () => {
      await stopHarness(harness);
    });

    it('creates, lists, searches, opens and edits an account, and shows its history', async () => {
      const { app, page, baseUrl } = harness!;
      // Another account, so the search has something to leave out.
      const cookie = await adminCookie(app);
      const other = await app.inject({
        method: 'POST',
        url: '/api/v1/objects/account/records',
        headers: { cookie },
        payload: { name: '北方商贸集团', industry: 'retail', level: 'b' },
      });
      expect(other.statusCode).toBe(201);

      await page.goto(`${baseUrl}/login`);
      await page.locator('#login_username').fill('admin');
      await page.locator('#login_password').fill(ADMIN_PASSWORD);
      await page.locator('button[type=submit]').click();
      await page.locator('.app-shell').waitFor();

      const sider = page.locator('.app-sider');
      await sider.getByText('客户', { exact: true }).click();
      await page.waitForURL(/\/o\/account$/);
      await page.getByRole('heading', { name: '客户' }).waitFor();
      await page.getByRole('link', { name: '北方商贸集团' }).waitFor();

      await page.getByRole('button', { name: '新建客户' }).first().click();
      await page.waitForURL(/\/o\/account\/new$/);
      await page.locator('#record_name').fill('华东精密制造有限公司');
      await page.locator('#record_industry').click();
      await page.locator('.ant-select-item-option', { hasText: '制造业' }).click();
      await page.locator('#record_phone').fill('021-58881234');
      await page.locator('#record_region').click();
      await page.locator('.ant-cascader-menu-item', { hasText: '上海市' }).click();
      await page.locator('.ant-cascader-menu-item', { hasText: '市辖区' }).click();
      await page.locator('.ant-cascader-menu-item', { hasText: '浦东新区' }).click();
      await page.keyboard.press('Escape');
      await shot('01-create-form');

      // A required field left empty is refused before anything is sent.
      await page.locator('#record_name').fill('');
      await page.locator('button[type=submit]').click();
      await page.getByText('请填写客户名称').waitFor();
      await page.locator('#record_name').fill('华东精密制造有限公司');
      await page.locator('button[type=submit]').click();
      await page.waitForURL(/\/o\/account\/\d+$/);
      await page.getByRole('heading', { name: '华东精密制造有限公司' }).waitFor();
      // An account opens on its 360° overview; the fields are on the Details tab.
      await page.getByRole('tab', { name: '详细信息' }).click();
      await page.locator('.record-details').getByText('上海市浦东新区').waitFor();
      await expect(page.locator('.record-details').getByText('制造业').isVisible()).resolves.toBe(true);
      await shot('02-record');

      await page.getByRole('link', { name: '客户' }).first().click();
      await page.waitForURL(/\/o\/account$/);
      await page.getByRole('link', { name: '华东精密制造有限公司' }).waitFor();
      await expect(page.locator('.ant-table-row').count()).resolves.toBe(2);
      await shot('03-list-zh');

      await page.getByPlaceholder('搜索名称、电话、邮箱等').fill('华东');
      await expect.poll(() => page.locator('.ant-table-row').count(), { timeout: 10_000 }).toBe(1);
      await expect(page.getByRole('link', { name: '北方商贸集团' }).count()).resolves.toBe(0);
      await shot('04-search');

      await page.getByRole('link', { name: '华东精密制造有限公司' }).click();
      await page.waitForURL(/\/o\/account\/\d+$/);
      await page.getByRole('button', { name: /编\s*辑/ }).click();
      await page.waitForURL(/\/o\/account\/\d+\/edit$/);
      await expect(page.locator('#record_phone').inputValue()).resolves.toBe('021-58881234');
      await page.locator('#record_phone').fill('021-58889999');
      await shot('05-edit-form');
      await page.locator('button[type=submit]').click();
      await page.waitForURL(/\/o\/account\/\d+$/);
      await page.getByRole('tab', { name: '详细信息' }).click();
      await page.locator('.record-details').getByText('021-58889999').waitFor();

      await page.getByRole('tab', { name: '修改历史' }).click();
      const historyRow = page.locator('.record-history .ant-table-row', { hasText: '021-58889999' });
      await historyRow.waitFor();
      await expect(historyRow.textContent()).resolves.toContain('021-58881234');
      await expect(historyRow.textContent()).resolves.toContain('021-58889999');
      await expect(historyRow.textContent()).resolves.toContain('系统管理员');
      await expect(historyRow.textContent()).resolves.toContain('电话');
      await shot('06-history');

      // The same list in English: labels come from the object's metadata.
      await page.locator('.app-header').getByRole('button', { name: '切换语言' }).click();
      await page.getByRole('menuitem', { name: 'English' }).click();
      await sider.getByText('Accounts').click();
      await page.waitForURL(/\/o\/account$/);
      await page.getByRole('heading', { name: 'Accounts', exact: true }).waitFor();
      await page.getByText('All accounts: search, filter and sort them').waitFor();
      await page.getByRole('button', { name: 'New account' }).first().waitFor();
      await page.getByRole('columnheader', { name: 'Industry' }).waitFor();
      await page.getByText('Manufacturing').first().waitFor();
      await shot('07-list-en');

      // A filter on the industry keeps only the matching account.
      await page.getByRole('button', { name: 'Add filter' }).click();
      await page.getByLabel('Field').click();
      await page.locator('.ant-select-item-option', { hasText: 'Industry' }).click();
      await page.locator('.record-filter-bar__row .ant-select').nth(2).click();
      await page.locator('.ant-select-item-option', { hasText: 'Retail' }).click();
      await expect.poll(() => page.locator('.ant-table-row').count(), { timeout: 10_000 }).toBe(1);
      await page.getByRole('link', { name: '北方商贸集团' }).waitFor();
      await shot('08-filter-en');

      // A region filter takes in what lies inside the region: 上海市 finds the account in 浦东新区.
      await page.getByRole('button', { name: 'Remove filter' }).click();
      await page.getByRole('button', { name: 'Add filter' }).click();
      await page.getByLabel('Field').click();
      await page.locator('.ant-select-item-option', { hasText: 'Region' }).click();
      await expect(page.getByLabel('Condition').locator('..').textContent()).resolves.toContain('is in');
      await page.locator('.record-filter-bar__row .ant-cascader').click();
      await page.locator('.ant-cascader-menu-item', { hasText: '上海市' }).first().click();
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('.ant-table-row').count(), { timeout: 10_000 }).toBe(1);
      await page.getByRole('link', { name: '华东精密制造有限公司' }).waitFor();
      await shot('09-region-filter-en');
    }, 120_000);
  });
}
