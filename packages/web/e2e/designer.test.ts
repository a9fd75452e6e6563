import fs from 'node:fs';
import path from 'node:path';
import type { Locator } from 'playwright-core';
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

/** Copies of the designer's screenshots, for people to look at after the run. */
const DESIGNER_SHOTS_DIR = '/tmp/designer-shots';

interface NewField {
  type: string;
  apiName: string;
  zh: string;
  en: string;
  /** Choices of a select or multi-select field: [Chinese, English, value]. */
  choices?: Array<[string, string, string]>;
  required?: boolean;
}

const FIELDS: NewField[] = [
  { type: 'text', apiName: 'title', zh: '报销事由', en: 'Purpose', required: true },
  { type: 'currency', apiName: 'amount', zh: '报销金额', en: 'Amount', required: true },
  { type: 'number', apiName: 'nights', zh: '住宿天数', en: 'Nights' },
  { type: 'date', apiName: 'spentOn', zh: '发生日期', en: 'Spent on' },
  {
    type: 'select',
    apiName: 'category',
    zh: '费用类别',
    en: 'Category',
    choices: [
      ['差旅', 'Travel', 'travel'],
      ['餐饮', 'Meals', 'meals'],
    ],
  },
  { type: 'boolean', apiName: 'invoiced', zh: '已开发票', en: 'Invoiced' },
  { type: 'user', apiName: 'approver', zh: '审批人', en: 'Approver' },
  { type: 'phone', apiName: 'contactPhone', zh: '联系电话', en: 'Phone' },
  { type: 'email', apiName: 'contactEmail', zh: '联系邮箱', en: 'Email' },
  { type: 'region', apiName: 'place', zh: '发生地', en: 'Place' },
  {
    type: 'multiSelect',
    apiName: 'marks',
    zh: '标记',
    en: 'Marks',
    choices: [
      ['加急', 'Urgent', 'urgent'],
      ['客户招待', 'Client', 'client'],
    ],
  },
  { type: 'percent', apiName: 'taxRate', zh: '税率', en: 'Tax rate' },
  { type: 'datetime', apiName: 'submittedAt', zh: '提交时间', en: 'Submitted at' },
  { type: 'url', apiName: 'receiptLink', zh: '票据链接', en: 'Receipt link' },
  { type: 'autoNumber', apiName: 'claimNo', zh: '报销单号', en: 'Claim no.' },
  { type: 'longText', apiName: 'notes', zh: '备注', en: 'Notes' },
  { type: 'formula', apiName: 'taxAmount', zh: '税额', en: 'Tax amount' },
  { type: 'attachment', apiName: 'receipts', zh: '票据附件', en: 'Receipts' },
  { type: 'tags', apiName: 'labels', zh: '费用标签', en: 'Labels' },
  { type: 'lookup', apiName: 'customer', zh: '客户', en: 'Customer' },
];

for (const dialect of DIALECTS) {
  describe.runIf(HAS_CHROMIUM)(`form designer in Chromium (${dialect})`, () => {
    let harness: Harness | undefined;
    let step = 0;
    /** Waits for loading to finish, then keeps the picture in the run's folder and in /tmp/designer-shots. */
    const shot = async (name: string, { fullPage = true } = {}) => {
      const { page, shotsDir } = harness!;
      await expect.poll(() => page.locator('.ant-spin-spinning').count(), { timeout: 10_000 }).toBe(0);
      await page.waitForTimeout(300);
      step += 1;
      const file = `designer-${dialect}-${String(step).padStart(2, '0')}-${name}`;
      await screenshot(harness!, file, { fullPage });
      fs.mkdirSync(DESIGNER_SHOTS_DIR, { recursive: true });
      fs.copyFileSync(path.join(shotsDir, `${file}.png`), path.join(DESIGNER_SHOTS_DIR, `${file}.png`));
    };

    /** Drags with real pointer moves: dnd-kit's pointer sensor starts after a few pixels of movement. */
    const drag = async (source: Locator, target: Locator, where: 'center' | 'bottom' = 'bottom') => {
      const { page } = harness!;
      await source.scrollIntoViewIfNeeded();
      const from = (await source.boundingBox())!;
      await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
      await page.mouse.down();
      await page.mouse.move(from.x + from.width / 2 + 12, from.y + from.height / 2 + 6, { steps: 4 });
      const to = (await target.boundingBox())!;
      const y = where === 'bottom' ? to.y + to.height - 10 : to.y + to.height / 2;
      await page.mouse.move(to.x + to.width / 2, y, { steps: 12 });
      await page.waitForTimeout(100);
      await page.mouse.move(to.x + to.width / 2 + 2, y, { steps: 2 });
      await page.mouse.up();
    };

    beforeAll(async () => {
      harness = await startHarness(dialect);
    }, 180_000);

    afterAll(async () => {
      await stopHarness(harness);
    });

    it('designs the custom object 费用报销 by drag and drop, then creates and filters its records', async () => {
      const { app, page, baseUrl } = harness!;
      // A tag group for the tags field.
      const group = await app.inject({
        method: 'POST',
        url: '/api/v1/tag-groups',
        headers: { cookie: await adminCookie(app) },
        payload: {
          key: 'expenseLabels',
          label: { 'zh-CN': '报销标签', en: 'Expense labels' },
          tags: [{ key: 'q4', label: { 'zh-CN': '四季度', en: 'Q4' }, color: '#1677ff' }],
        },
      });
      expect(group.statusCode, group.body).toBe(201);
      // Tall enough that the palette, both sections and the panel are all in view while dragging.
      await page.setViewportSize({ width: 1440, height: 1500 });
      await page.goto(`${baseUrl}/login`);
      await signIn(page, 'admin', ADMIN_PASSWORD);

      const sider = page.locator('.app-sider');
      await sider.getByText('设置', { exact: true }).click();
      await sider.getByText('对象与字段', { exact: true }).click();
      await page.waitForURL(/\/settings\/objects$/);
      await page.getByRole('heading', { name: '对象与字段' }).waitFor();
      await page.locator('.objects-table').getByText('客户', { exact: true }).waitFor();
      await shot('objects');

      await page.getByRole('button', { name: '新建对象' }).click();
      await page.locator('#object_labelZh').fill('费用报销');
      await page.locator('#object_labelEn').fill('Expense claim');
      await page.locator('#object_pluralEn').fill('Expense claims');
      await page.locator('#object_apiName').fill('Expense');
      await page.getByRole('button', { name: /创\s*建/ }).click();
      // The api name is checked like the server checks it.
      await page.getByText('API 名称须以小写字母开头').waitFor();
      await page.locator('#object_apiName').fill('expense');
      await shot('new-object', { fullPage: false });
      await page.getByRole('button', { name: /创\s*建/ }).click();
      await page.waitForURL(/\/settings\/objects\/expense$/);
      await page.getByRole('heading', { name: '表单设计：费用报销' }).waitFor();
      await shot('empty-designer');

      const mainSection = page.locator('.designer-section').first();
      for (const field of FIELDS) {
        await drag(
          page.locator(`.designer-palette__item[data-type="${field.type}"]`),
          mainSection.locator('.designer-section__grid'),
        );
        // The new field is selected: its properties open on the right.
        await expect(page.locator('#designer-api-name').inputValue()).resolves.toBe('');
        await page.locator('#designer-label-zh').fill(field.zh);
        await page.locator('#designer-label-en').fill(field.en);
        await page.locator('#designer-api-name').fill(field.apiName);
        if (field.required) await page.locator('#designer-required').click();
        for (const [index, [zh, en, value]] of (field.choices ?? []).entries()) {
          await page.getByRole('button', { name: '添加选项' }).click();
          const row = page.locator('.designer-choice').nth(index);
          await row.getByLabel('中文').fill(zh);
          await row.getByLabel('英文').fill(en);
          await row.getByLabel('值').fill(value);
        }
        if (field.type === 'autoNumber') {
          await page.locator('.designer-properties input').last().fill('BX-{YYYY}-{0000}');
        }
        if (field.type === 'formula') {
          await page.locator('.designer-properties textarea').fill('amount * taxRate / 100');
          await page.locator('.designer-properties .ant-select').last().click();
          await page.locator('.ant-select-item-option', { hasText: '金额' }).click();
        }
        if (field.type === 'lookup') {
          await page.locator('.designer-properties .ant-select').first().click();
          await page.locator('.ant-select-item-option', { hasText: /^客户$/ }).click();
        }
        if (field.type === 'tags') {
          await page.locator('.designer-properties .ant-select').last().click();
          await page.locator('.ant-select-item-option', { hasText: '报销标签' }).click();
        }
        if (field.type === 'select') await shot('select-properties');
      }
      await expect(mainSection.locator('.designer-field').count()).resolves.toBe(FIELDS.length);
      const order = await mainSection
        .locator('.designer-field')
        .evaluateAll((tiles) => tiles.map((tile) => tile.getAttribute('data-field')));
      expect(order).toEqual(FIELDS.map((field) => field.apiName));
      await shot('fields-added');

      // A second section, and two fields dragged into it.
      await page.getByRole('button', { name: '添加分组' }).click();
      const second = page.locator('.designer-section').nth(1);
      await second.getByLabel('分组名称（中文）').fill('报销信息');
      await second.getByLabel('分组名称（英文）').fill('Claim');
      await mainSection.getByLabel('分组名称（中文）').fill('基本信息');
      await drag(
        mainSection.locator('.designer-field[data-field="amount"]'),
        second.locator('.designer-section__grid'),
      );
      await second.locator('.designer-field[data-field="amount"]').waitFor();
      await drag(
        mainSection.locator('.designer-field[data-field="category"]'),
        second.locator('.designer-section__grid'),
      );
      await second.locator('.designer-field[data-field="category"]').waitFor();
      await expect(
        second
          .locator('.designer-field')
          .evaluateAll((tiles) => tiles.map((tile) => tile.getAttribute('data-field'))),
      ).resolves.toEqual(['amount', 'category']);
      // Reorder inside the first section: the title field goes after the number of nights.
      await drag(
        mainSection.locator('.designer-field[data-field="title"]'),
        mainSection.locator('.designer-field[data-field="spentOn"]'),
        'center',
      );
      await expect
        .poll(() =>
          mainSection
            .locator('.designer-field')
            .evaluateAll((tiles) => tiles.map((tile) => tile.getAttribute('data-field')).slice(0, 3)),
        )
        .not.toEqual(['title', 'nights', 'spentOn']);
      // The title spans the full width.
      await mainSection
        .locator('.designer-field[data-field="title"]')
        .getByRole('button', { name: '占满整行' })
        .click();
      await expect(
        mainSection.locator('.designer-field[data-field="title"]').getAttribute('class'),
      ).resolves.toContain('is-wide');
      await shot('sections-arranged');

      await page.getByText('预览', { exact: true }).click();
      const preview = page.locator('.designer-preview');
      await preview.getByText('报销信息', { exact: true }).waitFor();
      await preview.locator('#record_category').waitFor();
      await expect(preview.locator('.record-section').count()).resolves.toBe(2);
      await shot('preview');
      await page.getByText('设计', { exact: true }).click();

      // Leaving with unsaved changes asks first; staying keeps them.
      await sider.getByText('客户', { exact: true }).click();
      const leave = page.locator('.ant-modal-confirm', { hasText: '放弃未保存的修改？' });
      await leave.waitFor();
      await expect(page.locator('.ant-modal-confirm').count()).resolves.toBe(1);
      // Let the dialog finish opening: a click during its zoom-in animation can be lost.
      await page.waitForTimeout(500);
      await leave.getByRole('button', { name: /取\s*消/ }).click();
      await leave.waitFor({ state: 'hidden' });
      expect(page.url()).toMatch(/\/settings\/objects\/expense$/);
      await mainSection.locator('.designer-field[data-field="title"]').waitFor();

      await page.getByRole('button', { name: /保\s*存/ }).click();
      await page.getByText('表单已保存，立即生效').waitFor({ timeout: 30_000 });
      await shot('saved');

      const cookie = await adminCookie(app);
      const objects = await app.inject({ method: 'GET', url: '/api/v1/objects', headers: { cookie } });
      const expense = objects
        .json()
        .items.find((object: { apiName: string }) => object.apiName === 'expense');
      expect(expense.fields.map((field: { apiName: string }) => field.apiName).sort()).toEqual(
        FIELDS.map((field) => field.apiName).sort(),
      );
      expect(expense.fields.find((field: { apiName: string }) => field.apiName === 'amount').required).toBe(
        true,
      );
      expect(expense.nameField).toBe('title');
      const layout = await app.inject({
        method: 'GET',
        url: '/api/v1/objects/expense/layout',
        headers: { cookie },
      });
      const sections = layout.json().sections as Array<{
        label: { 'zh-CN': string };
        fields: Array<{ field: string; span: number }>;
      }>;
      expect(sections.map((section) => section.label['zh-CN'])).toEqual(['基本信息', '报销信息']);
      expect(sections[1]!.fields.map((placement) => placement.field)).toEqual(['amount', 'category']);
      expect(sections[0]!.fields.find((placement) => placement.field === 'title')?.span).toBe(2);

      // The object is in the menu at once, under "More".
      await sider.getByText('更多', { exact: true }).click();
      await sider.getByText('费用报销', { exact: true }).click();
      await page.waitForURL(/\/o\/expense$/);

      const createClaim = async (values: {
        title: string;
        amount: string;
        category: string;
        phone: string;
      }) => {
        await page.getByRole('button', { name: '新建费用报销' }).first().click();
        await page.waitForURL(/\/o\/expense\/new$/);
        await page.locator('#record_title').fill(values.title);
        await page.locator('#record_amount').fill(values.amount);
        await page.locator('#record_category').click();
        await page.locator('.ant-select-item-option', { hasText: values.category }).click();
        await page.locator('#record_contactPhone').fill(values.phone);
        await page.locator('#record_taxRate').fill('6');
        await page.locator('#record_spentOn').click();
        await page.locator('#record_spentOn').fill('2026-11-20');
        await page.locator('.ant-picker-dropdown .ant-picker-cell[title="2026-11-20"]').click();
        await page.locator('#record_marks').click();
        await page.locator('.ant-select-item-option', { hasText: '加急' }).click();
        await page.keyboard.press('Escape');
        await page.locator('#record_invoiced').click();
      };
      await createClaim({
        title: '上海客户拜访差旅',
        amount: '3280.50',
        category: '差旅',
        phone: '13800138000',
      });
      await shot('record-form');
      await page.locator('button[type=submit]').click();
      await page.waitForURL(/\/o\/expense\/\d+$/);
      await page.getByRole('heading', { name: '上海客户拜访差旅' }).waitFor();
      await page.locator('.record-details').getByText('报销信息', { exact: true }).waitFor();
      await page.locator('.record-details').getByText('差旅', { exact: true }).waitFor();
      // The formula is computed by the server and shown as money.
      await page.locator('.record-details').getByText('¥196.83').waitFor();
      await shot('record');

      await page.getByRole('link', { name: '费用报销' }).first().click();
      await page.waitForURL(/\/o\/expense$/);
      await createClaim({ title: '季度团队聚餐', amount: '860', category: '餐饮', phone: '021-58881234' });
      await page.locator('button[type=submit]').click();
      await page.waitForURL(/\/o\/expense\/\d+$/);
      await page.getByRole('heading', { name: '季度团队聚餐' }).waitFor();

      await sider.getByText('费用报销', { exact: true }).click();
      await page.waitForURL(/\/o\/expense$/);
      await expect.poll(() => page.locator('.ant-table-row').count(), { timeout: 10_000 }).toBe(2);
      await page.getByRole('button', { name: '添加筛选条件' }).click();
      await page.getByLabel('筛选字段').click();
      await page.keyboard.type('费用类别');
      await page.locator('.ant-select-item-option', { hasText: '费用类别' }).click();
      await page.locator('.record-filter-bar__row .ant-select').nth(2).click();
      await page.locator('.ant-select-item-option', { hasText: '餐饮' }).click();
      await expect.poll(() => page.locator('.ant-table-row').count(), { timeout: 10_000 }).toBe(1);
      await page.getByRole('link', { name: '季度团队聚餐' }).waitFor();
      await shot('filtered-list');

      // The filtered list exported to Excel: one claim, its custom values readable.
      const { fileName, rows } = await exportListToExcel(page);
      expect(fileName).toMatch(/^lodestar-expense-\d{4}-\d{2}-\d{2}\.xlsx$/);
      expect(rows).toHaveLength(2);
      expect(rows[0]?.[0]).toBe('报销事由');
      expect(rows[1]?.[0]).toBe('季度团队聚餐');
      expect(rows[1]).toContain('021-58881234');

      // In English: the list is titled by the plural given when the object was created; then the designer.
      await page.locator('.app-header').getByRole('button', { name: '切换语言' }).click();
      await page.getByRole('menuitem', { name: 'English' }).click();
      await page.goto(`${baseUrl}/o/expense`);
      await page.getByRole('heading', { name: 'Expense claims', exact: true }).waitFor();
      await page.getByRole('button', { name: 'New expense claim' }).first().waitFor();
      await page.goto(`${baseUrl}/settings/objects/expense`);
      await page.getByRole('heading', { name: 'Form designer: Expense claim' }).waitFor();
      await page.locator('.designer-field[data-field="amount"]').click();
      await page.getByText('Field properties').waitFor();
      await shot('designer-en');
    }, 300_000);
  });
}
