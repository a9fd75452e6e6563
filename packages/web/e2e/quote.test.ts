import { execFileSync } from 'node:child_process';
import { toChineseCapital } from '@lodestar/shared';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_PASSWORD, insertDepartment, insertUser } from '../../server/test/support/org-fixtures.ts';
import { DIALECTS } from '../../server/test/support/test-database.ts';
import {
  adminCookie,
  HAS_CHROMIUM,
  type Harness,
  screenshot,
  signIn,
  startHarness,
  stopHarness,
} from './browser-harness.ts';
import { chooseOption } from './select-option.ts';

const ACCOUNT = '杭州西湖精密机械股份有限公司';
/**
 * 2 套 at the price list's ¥11,800 less 25 %, 13 % tax: 17,700.00 + 2,301.00; 10 人天 at the list price
 * ¥1,800 (not in the price list), 6 % tax: 18,000.00 + 1,080.00.
 */
const GRAND_TOTAL = '39081.00';

/** A session cookie of `username`, for API calls that prepare data as that person. */
async function cookieOf(app: FastifyInstance, username: string, password: string): Promise<string> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password },
  });
  expect(res.statusCode, res.body).toBe(200);
  const cookie = res.cookies.find((c) => c.name === 'lodestar_session');
  if (!cookie) throw new Error('no session cookie');
  return `${cookie.name}=${cookie.value}`;
}

/** An accessible name that tolerates the space Ant Design puts between two Chinese characters. */
const spaced = (text: string) => new RegExp(`${[...text].join('\\s*')}$`);

for (const dialect of DIALECTS) {
  describe.runIf(HAS_CHROMIUM)(`quotes in Chromium (${dialect})`, () => {
    let harness: Harness | undefined;
    let opportunityId: number;
    const shot = async (name: string) => {
      const { page } = harness!;
      await expect.poll(() => page.locator('.ant-spin-spinning').count(), { timeout: 10_000 }).toBe(0);
      await page.waitForTimeout(400);
      await screenshot(harness!, `quote-${dialect}-${name}`, { fullPage: true });
    };
    const switchUser = async (username: string) => {
      const { context, page, baseUrl } = harness!;
      await context.clearCookies();
      await page.goto(`${baseUrl}/login`);
      await signIn(page, username, FIXTURE_PASSWORD);
    };

    beforeAll(async () => {
      harness = await startHarness(dialect);
      const { app, database } = harness;
      const admin = await adminCookie(app);
      const call = async (
        cookie: string,
        method: 'POST' | 'PUT' | 'PATCH',
        url: string,
        payload: unknown,
      ) => {
        const res = await app.inject({
          method,
          url: `/api/v1${url}`,
          headers: { cookie },
          payload: payload as object,
        });
        expect(res.statusCode, res.body).toBeLessThan(300);
        return res.json() as { id: number };
      };
      const sales = await insertDepartment(database.db, '华东销售部');
      const manager = await insertUser(database.db, {
        username: 'wangjing',
        name: '王静',
        departmentId: sales.id,
        roles: ['salesManager'],
      });
      await insertUser(database.db, {
        username: 'lina',
        name: '李娜',
        departmentId: sales.id,
        managerId: manager,
        roles: ['salesRep'],
      });
      await call(admin, 'PATCH', '/settings', {
        company: {
          name: '上海领航软件有限公司',
          address: '上海市浦东新区张江路 88 号',
          phone: '021-5088 8888',
        },
      });
      const pro = await call(admin, 'POST', '/objects/product/records', {
        name: '领航 CRM 专业版',
        code: 'LS-PRO',
        unit: '套',
        listPrice: '12800',
        taxRate: 13,
        active: true,
      });
      await call(admin, 'POST', '/objects/product/records', {
        name: '实施服务',
        code: 'SV-IMPL',
        unit: '人天',
        listPrice: '1800',
        taxRate: 6,
        active: true,
      });
      const priceList = await call(admin, 'POST', '/objects/priceList/records', {
        name: '2026 华东渠道价',
        isDefault: true,
        active: true,
      });
      await call(admin, 'PUT', `/price-lists/${priceList.id}/prices`, {
        prices: [{ productId: pro.id, unitPrice: '11800' }],
      });
      const rep = await cookieOf(app, 'lina', FIXTURE_PASSWORD);
      const account = await call(rep, 'POST', '/objects/account/records', { name: ACCOUNT });
      const contact = await call(rep, 'POST', '/objects/contact/records', {
        name: '王建国',
        account: account.id,
        phone: '13800138000',
      });
      const opportunity = await call(rep, 'POST', '/objects/opportunity/records', {
        name: '西湖机械 CRM 项目',
        account: account.id,
        contact: contact.id,
      });
      opportunityId = opportunity.id;
    }, 180_000);

    afterAll(async () => {
      await stopHarness(harness);
    });

    it('takes a discounted quote from the opportunity through approval to the customer’s PDF', async () => {
      const { page, baseUrl } = harness!;
      await page.goto(`${baseUrl}/login`);
      await signIn(page, 'lina', FIXTURE_PASSWORD);

      // The rep prices the opportunity from the catalogue: the price list's price, then the list price.
      await page.goto(`${baseUrl}/o/opportunity/${opportunityId}`);
      await page.getByRole('tab', { name: '产品明细', selected: true }).waitFor();
      const addLine = async (search: string, code: string) => {
        await page.getByRole('button', { name: '添加产品' }).click();
        await chooseOption(page.getByRole('combobox', { name: '产品' }).last(), code, { search });
      };
      await addLine('专业版', 'LS-PRO');
      await expect
        .poll(() => page.getByRole('textbox', { name: '单价（不含税）' }).first().inputValue())
        .toBe('11800.00');
      await page.getByRole('textbox', { name: '数量' }).first().fill('2');
      await page.getByRole('textbox', { name: '折扣' }).first().fill('25');
      await addLine('SV-IMPL', 'SV-IMPL');
      await expect
        .poll(() => page.getByRole('textbox', { name: '单价（不含税）' }).last().inputValue())
        .toBe('1800.00');
      await page.getByRole('textbox', { name: '数量' }).last().fill('10');
      const grandTotal = page.getByTestId('line-grand-total');
      await expect.poll(() => grandTotal.textContent()).toBe('¥39,081.00');
      await shot('01-opportunity-lines');
      await page.getByRole('button', { name: '保存明细' }).click();
      await page.getByText('明细已保存').waitFor();
      await expect.poll(() => page.getByRole('button', { name: '保存明细' }).isDisabled()).toBe(true);

      // 新建报价 copies the customer and the lines into a draft and opens it.
      await page.getByRole('button', { name: '新建报价' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByText('将带入商机的客户、联系人、价目表和 2 行产品明细。').waitFor();
      await shot('02-new-quote-dialog');
      await dialog.getByRole('button', { name: '创建报价单' }).click();
      await page.waitForURL(/\/o\/quote\/\d+$/);
      await page.getByRole('heading', { name: '西湖机械 CRM 项目 报价' }).waitFor();
      const nextStep = page.getByTestId('quote-next-step');
      await nextStep.getByText('最大折扣 25% 超过审批阈值 20%，需先提交审批，经理批准后才能发送。').waitFor();
      await page.getByTitle('超过审批阈值 20%，提交审批并经批准后才能发送').waitFor();
      await expect(page.getByRole('button', { name: /发送给客户/ }).count()).resolves.toBe(0);
      await expect.poll(() => grandTotal.textContent()).toBe('¥39,081.00');
      await shot('03-draft-needs-approval');
      const quoteUrl = page.url();

      await page.getByRole('button', { name: /提交审批/ }).click();
      await page.getByText('已提交审批', { exact: true }).waitFor();
      await nextStep.getByText('已提交审批，等待销售经理审批；审批期间明细不能修改。').waitFor();
      await expect(page.getByRole('button', { name: '保存明细' }).count()).resolves.toBe(0);
      await shot('04-submitted');

      // The manager reviews the locked lines and approves.
      await switchUser('wangjing');
      await page.goto(quoteUrl);
      await nextStep.getByText(/请审核产品明细后批准或退回/).waitFor();
      await expect(page.getByRole('button', { name: /撤回审批/ }).count()).resolves.toBe(0);
      await shot('05-manager-review');
      await page.getByRole('button', { name: spaced('批准') }).click();
      await page.getByText('已批准', { exact: true }).first().waitFor();
      await nextStep.getByText('折扣已获批准，可以发送给客户。').waitFor();
      await shot('06-approved');

      // The rep sends it (confirmed: the revision freezes) and downloads the customer's PDF.
      await switchUser('lina');
      await page.goto(quoteUrl);
      await page.getByRole('button', { name: /发送给客户/ }).click();
      const confirm = page.locator('.ant-modal-confirm');
      await confirm.getByText(/发送后第 1 版将被冻结/).waitFor();
      await shot('07-confirm-send');
      await confirm.getByRole('button', { name: /发送给客户/ }).click();
      await nextStep.getByText(/已发送给客户，有效期至/).waitFor();
      await page.locator('[data-status="sent"]').waitFor();
      await shot('08-sent');

      const downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: /下载 PDF/ }).click();
      const download = await downloading;
      const year = new Date().getFullYear();
      expect(download.suggestedFilename()).toBe(`报价单-BJ-${year}-0001-v1.pdf`);
      const text = execFileSync(
        'pdftotext',
        ['-layout', '-enc', 'UTF-8', (await download.path()) as string, '-'],
        {
          encoding: 'utf8',
        },
      );
      expect(text).toContain(ACCOUNT);
      expect(text).toContain(toChineseCapital(GRAND_TOTAL));
      expect(toChineseCapital(GRAND_TOTAL)).toBe('叁万玖仟零捌拾壹元整');
      expect(text).toContain('¥39,081.00');

      await page.getByRole('tab', { name: '已发送版本' }).click();
      await page
        .getByRole('row', { name: /第 1 版/ })
        .getByText('¥39,081.00')
        .waitFor();
      await page.locator('.ant-table-row-expand-icon').first().click();
      await page.getByRole('cell', { name: '实施服务' }).last().waitFor();
      await shot('09-sent-revisions');
    }, 180_000);
  });
}
