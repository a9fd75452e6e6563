import { execFileSync } from 'node:child_process';
import { toChineseCapital } from '@lodestar/shared';
import type { FastifyInstance } from 'fastify';
import type { Cookie, Locator, Page } from 'playwright-core';
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

const COMPANY = '宁波海曙智能装备有限公司';
const LEAD = '陈志远';
const DEAL = '海曙智能 MES 一期';
const FOLLOW_UP = '展会后电话回访，陈经理希望下周看 MES 演示';
/**
 * 2 套 at the price list's ¥11,800 less 10 %, 13 % tax: 21,240.00 + 2,761.20; 5 人天 at the list price
 * ¥1,800, 6 % tax: 9,000.00 + 540.00.
 */
const GRAND_TOTAL = '33541.20';
const HALF = '16770.60';

/** A session cookie of `username`, for API calls made as that person. */
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

/** Drags with the mouse the way a person does (dnd-kit starts a drag after a few pixels of movement). */
async function drag(page: Page, from: Locator, to: Locator): Promise<void> {
  const start = await from.boundingBox();
  if (!start) throw new Error('drag source not visible');
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  await page.mouse.move(start.x + start.width / 2 + 12, start.y + start.height / 2 + 12, { steps: 4 });
  // The won and lost zones only show once a drag started.
  const end = await to.boundingBox();
  if (!end) throw new Error('drop target not visible');
  await page.mouse.move(end.x + end.width / 2, end.y + Math.min(end.height / 2, 120), { steps: 12 });
  await page.mouse.up();
}

/** An accessible name that tolerates the space Ant Design puts between two Chinese characters. */
const spaced = (text: string) => new RegExp(`${[...text].join('\\s*')}$`);

for (const dialect of DIALECTS) {
  describe.runIf(HAS_CHROMIUM)(`lead to cash in Chromium (${dialect})`, () => {
    let harness: Harness | undefined;
    /** API session cookies of the rep and the manager. */
    let rep: string;
    let manager: string;
    let repId: number;
    /** The browser's own session of each user once they signed in, to switch back without signing in again. */
    const sessions = new Map<string, Cookie[]>();
    const ids = { lead: 0, account: 0, opportunity: 0, quote: 0, contract: 0 };

    /** Waits for a condition on stored or shown state, generously: the CI machine is loaded. */
    const eventually = <T>(read: () => Promise<T> | T) =>
      expect.poll(read, { timeout: 15_000, interval: 100 });
    /** What the user sees now (with `focus` in the middle if given), once loading settled. */
    const shot = async (name: string, focus?: Locator) => {
      const { page } = harness!;
      await eventually(() => page.locator('.ant-spin-spinning').count()).toBe(0);
      if (focus) await focus.evaluate((element) => element.scrollIntoView({ block: 'center' }));
      // For the picture only (a closing dialog, a tab's ink bar): every check before it waited on state.
      await page.waitForTimeout(150);
      await screenshot(harness!, `lead-to-cash-${dialect}-${name}`);
    };
    const api = (cookie: string, method: 'GET' | 'PATCH', url: string, payload?: unknown) =>
      harness!.app.inject({
        method,
        url: `/api/v1${url}`,
        headers: { cookie },
        ...(payload === undefined ? {} : { payload: payload as object }),
      });
    const read = async (cookie: string, url: string) => {
      const res = await api(cookie, 'GET', url);
      expect(res.statusCode, res.body).toBe(200);
      return res.json();
    };
    const stageNames = async () =>
      (await read(rep, `/opportunities/${ids.opportunity}/stage-history`)).items.map(
        (entry: { toStage: { name: string } }) => entry.toStage.name,
      ) as string[];

    /** Signs `username` in through the sign-in form the first time, then back into their session. */
    const switchTo = async (username: string) => {
      const { context, page, baseUrl } = harness!;
      await context.clearCookies();
      const session = sessions.get(username);
      if (session) {
        await context.addCookies(session);
        return;
      }
      await page.goto(`${baseUrl}/login`);
      await signIn(page, username, FIXTURE_PASSWORD);
      sessions.set(username, await context.cookies());
    };
    const open = async (path: string, heading: string) => {
      const { page, baseUrl } = harness!;
      await page.goto(`${baseUrl}${path}`);
      await page.getByRole('heading', { name: heading }).waitFor();
    };
    /** Opens a page from the side menu (within the app, keeping what it loaded), its group opened first. */
    const openFromMenu = async (group: string, item: string) => {
      const sider = harness!.page.locator('.app-sider');
      const entry = sider.getByText(item, { exact: true });
      if (!(await entry.isVisible())) await sider.getByText(group, { exact: true }).click();
      await entry.click();
    };
    /** Confirms the open contract transition dialog and waits for the status it leads to. */
    const confirmTo = async (status: string) => {
      const { page } = harness!;
      await page.locator('.ant-modal-footer .ant-btn-primary').click();
      await page.locator(`.receivable-summary [data-status="${status}"]`).waitFor();
    };
    /**
     * Opens the kanban from the menu and drags the deal from one stage to another once its card shows the
     * amount stored now; waits till the move is stored.
     */
    const moveOnKanban = async (from: string, to: string, amount: string) => {
      const { page } = harness!;
      const before = (await stageNames()).length;
      await openFromMenu('销售', '商机');
      await page.waitForURL(/\/o\/opportunity$/);
      await page.getByText('看板', { exact: true }).click();
      const column = (stage: string) => page.locator(`.kanban-column[data-stage="${stage}"]`);
      const card = page.locator(`.kanban-card[data-card="${DEAL}"]`);
      await column(from).locator(card).filter({ hasText: amount }).waitFor();
      await drag(page, column(from).locator(card), column(to));
      await column(to).locator(card).waitFor();
      // The card dropped (the drag overlay is gone) before anything else happens.
      await eventually(() => card.count()).toBe(1);
      await eventually(async () => (await stageNames()).length).toBe(before + 1);
    };

    beforeAll(async () => {
      harness = await startHarness(dialect);
      const { app, database, page } = harness;
      await page.setViewportSize({ width: 1440, height: 900 });
      // Charts drawn at once (they honour the setting), so the pictures show them whole.
      await page.emulateMedia({ reducedMotion: 'reduce' });
      const admin = await adminCookie(app);
      const sales = await insertDepartment(database.db, '华东销售部');
      const managerId = await insertUser(database.db, {
        username: 'wangjing',
        name: '王静',
        departmentId: sales.id,
        roles: ['salesManager'],
      });
      repId = await insertUser(database.db, {
        username: 'lina',
        name: '李娜',
        departmentId: sales.id,
        managerId,
        roles: ['salesRep'],
      });
      const setUp = async (method: 'POST' | 'PUT' | 'PATCH', url: string, payload: unknown) => {
        const res = await app.inject({
          method,
          url: `/api/v1${url}`,
          headers: { cookie: admin },
          payload: payload as object,
        });
        expect(res.statusCode, res.body).toBeLessThan(300);
        return res.json() as { id: number };
      };
      await setUp('PATCH', '/settings', {
        company: { name: '上海领航软件有限公司', address: '上海市浦东新区张江路 88 号' },
      });
      const mes = await setUp('POST', '/objects/product/records', {
        name: '领航 MES 标准版',
        code: 'MES-STD',
        unit: '套',
        listPrice: '12800',
        taxRate: 13,
        active: true,
      });
      await setUp('POST', '/objects/product/records', {
        name: '实施服务',
        code: 'SV-IMPL',
        unit: '人天',
        listPrice: '1800',
        taxRate: 6,
        active: true,
      });
      const priceList = await setUp('POST', '/objects/priceList/records', {
        name: '2026 华东渠道价',
        isDefault: true,
        active: true,
      });
      await setUp('PUT', `/price-lists/${priceList.id}/prices`, {
        prices: [{ productId: mes.id, unitPrice: '11800' }],
      });
      rep = await cookieOf(app, 'lina', FIXTURE_PASSWORD);
      manager = await cookieOf(app, 'wangjing', FIXTURE_PASSWORD);
    }, 180_000);

    afterAll(async () => {
      await stopHarness(harness);
    });

    it('the rep creates a lead, follows it up and converts it', async () => {
      const { page } = harness!;
      await switchTo('lina');
      await openFromMenu('销售', '线索');
      await page.getByRole('button', { name: '新建线索' }).first().click();
      await page.waitForURL(/\/o\/lead\/new$/);
      await page.locator('#record_name').fill(LEAD);
      await page.locator('#record_company').fill(COMPANY);
      await page.locator('#record_title').fill('信息化部经理');
      await page.locator('#record_phone').fill('13905745678');
      await page.locator('#record_source').click();
      await page.locator('.ant-select-item-option', { hasText: '展会' }).click();
      await page.locator('.ant-select-dropdown').waitFor({ state: 'hidden' });
      await shot('01-new-lead', page.locator('#record_name'));
      await page.locator('button[type=submit]').click();
      await page.waitForURL(/\/o\/lead\/\d+$/);
      await page.getByRole('heading', { name: LEAD }).waitFor();
      ids.lead = Number(page.url().split('/').pop());

      await page.locator('.page-header').getByRole('button', { name: '写跟进' }).click();
      const followUp = page.locator('.ant-modal');
      await followUp.locator('#content').fill(FOLLOW_UP);
      await followUp.locator('#nextStep').fill('上门演示 MES');
      await shot('02-follow-up');
      await followUp.getByRole('button', { name: '保存跟进' }).click();
      await followUp.waitFor({ state: 'detached' });
      await page.getByRole('tab', { name: '动态' }).click();
      await page.getByTestId('record-timeline').getByText(FOLLOW_UP).waitFor();

      await page.getByRole('button', { name: spaced('转化') }).click();
      const dialog = page.locator('.convert-lead-form');
      await dialog.locator('#convert_opportunity_name').fill(DEAL);
      await dialog.locator('#convert_opportunity_amount').fill('30000');
      await shot('03-convert');
      await page
        .locator('.ant-modal-footer')
        .getByRole('button', { name: spaced('转化') })
        .click();
      await page.waitForURL(/\/o\/opportunity\/\d+$/);
      await page.getByRole('heading', { name: DEAL }).waitFor();
      ids.opportunity = Number(page.url().split('/').pop());
      const lead = await read(rep, `/objects/lead/records/${ids.lead}`);
      expect(lead).toMatchObject({ status: 'converted', convertedOpportunity: ids.opportunity });
      ids.account = lead.convertedAccount;
      expect(await read(rep, `/objects/account/records/${ids.account}`)).toMatchObject({
        name: COMPANY,
        ownerId: repId,
        lead: ids.lead,
      });
      // The follow-up went along to the customer.
      const followUps = await read(
        rep,
        `/objects/followUp/records?filter=${encodeURIComponent(JSON.stringify({ field: 'lead', op: 'eq', value: ids.lead }))}`,
      );
      expect(followUps.data).toEqual([
        expect.objectContaining({ account: ids.account, opportunity: ids.opportunity, content: FOLLOW_UP }),
      ]);
      await shot('04-opportunity');
    });

    it('the rep drags the deal along the kanban and sends a quote of catalogue lines as a PDF', async () => {
      const { page } = harness!;
      await moveOnKanban('初步接洽', '方案呈现', '¥3万');
      await moveOnKanban('方案呈现', '商务谈判', '¥3万');
      expect(await stageNames()).toEqual(['初步接洽', '方案呈现', '商务谈判']);
      await shot('05-kanban');

      // The rep prices the deal from the catalogue: the price list's price, then the list price.
      await page.locator(`.kanban-card[data-card="${DEAL}"]`).getByRole('link', { name: DEAL }).click();
      await page.getByRole('heading', { name: DEAL }).waitFor();
      await page.getByRole('tab', { name: '产品明细' }).click();
      const addLine = async (search: string, code: string) => {
        await page.getByRole('button', { name: '添加产品' }).click();
        await chooseOption(page.getByRole('combobox', { name: '产品' }).last(), code, { search });
      };
      const unitPrices = page.getByRole('textbox', { name: '单价（不含税）' });
      await addLine('MES', 'MES-STD');
      await eventually(() => unitPrices.first().inputValue()).toBe('11800.00');
      await page.getByRole('textbox', { name: '数量' }).first().fill('2');
      await page.getByRole('textbox', { name: '折扣' }).first().fill('10');
      await addLine('SV-IMPL', 'SV-IMPL');
      await eventually(() => unitPrices.last().inputValue()).toBe('1800.00');
      await page.getByRole('textbox', { name: '数量' }).last().fill('5');
      const grandTotal = page.getByTestId('line-grand-total');
      await eventually(() => grandTotal.textContent()).toBe('¥33,541.20');
      await page.getByRole('button', { name: '保存明细' }).click();
      await eventually(
        async () => (await read(rep, `/objects/opportunity/records/${ids.opportunity}`)).amount,
      ).toBe(GRAND_TOTAL);
      await eventually(() => page.getByRole('button', { name: '保存明细' }).isDisabled()).toBe(true);
      await shot('06-opportunity-lines');

      await page.getByRole('button', { name: '新建报价' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByText('将带入商机的客户、联系人、价目表和 2 行产品明细。').waitFor();
      await dialog.getByRole('button', { name: '创建报价单' }).click();
      await page.waitForURL(/\/o\/quote\/\d+$/);
      await page.getByRole('heading', { name: `${DEAL} 报价` }).waitFor();
      ids.quote = Number(page.url().split('/').pop());
      await eventually(() => grandTotal.textContent()).toBe('¥33,541.20');
      // A 10 % discount is within the approval threshold: the quote can go out as it is.
      await page.getByText('折扣在审批阈值内，可以直接发送给客户。').waitFor();
      await shot('07-quote-draft');

      await page.getByRole('button', { name: /发送给客户/ }).click();
      await page
        .locator('.ant-modal-confirm')
        .getByRole('button', { name: /发送给客户/ })
        .click();
      await page.locator('[data-status="sent"]').waitFor();
      const downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: /下载 PDF/ }).click();
      const download = await downloading;
      const text = execFileSync(
        'pdftotext',
        ['-layout', '-enc', 'UTF-8', (await download.path()) as string, '-'],
        { encoding: 'utf8' },
      );
      expect(text).toContain(COMPANY);
      expect(toChineseCapital(GRAND_TOTAL)).toBe('叁万叁仟伍佰肆拾壹元贰角');
      expect(text).toContain(toChineseCapital(GRAND_TOTAL));
      expect(text).toContain('¥33,541.20');
      await shot('08-quote-sent');

      await page.getByRole('button', { name: /客户已接受/ }).click();
      await page.locator('.ant-modal-confirm .ant-btn-primary').click();
      await page.locator('[data-status="accepted"]').waitFor();
      await shot('09-quote-accepted');
    });

    it('the contract is made from the quote, planned, approved by the manager, locked, signed and paid', async () => {
      const { page } = harness!;
      // Accepting the quote set the deal's amount; the kanban shows it, and the deal moves on.
      await moveOnKanban('商务谈判', '合同审批', '¥3.35万');

      await open(`/o/quote/${ids.quote}`, `${DEAL} 报价`);
      await page.locator('[data-action="create-contract"]').click();
      await page
        .locator('.ant-modal-confirm')
        .getByText(/产品明细/)
        .waitFor();
      await page.locator('.ant-modal-confirm .ant-btn-primary').click();
      await page.waitForURL(/\/o\/contract\/\d+$/);
      await page.getByRole('heading', { name: DEAL }).waitFor();
      ids.contract = Number(page.url().split('/').pop());
      const contractPage = `/o/contract/${ids.contract}`;
      expect(await read(rep, `/objects/contract/records/${ids.contract}`)).toMatchObject({
        name: DEAL,
        status: 'draft',
        amount: GRAND_TOTAL,
        partyA: COMPANY,
        partyB: '上海领航软件有限公司',
        quote: ids.quote,
        opportunity: ids.opportunity,
        account: ids.account,
      });
      // The quote's lines came along.
      const lines = (await read(rep, `/objects/contract/records/${ids.contract}/lines`)).lines as Array<{
        name: string;
        quantity: string;
        discountPercent: string;
      }>;
      expect(lines.map((line) => [line.name, line.quantity, line.discountPercent])).toEqual([
        ['领航 MES 标准版', '2', '10'],
        ['实施服务', '5', '0'],
      ]);
      await page.getByRole('tab', { name: '产品明细', selected: true }).waitFor();
      await eventually(() => page.getByTestId('line-grand-total').textContent()).toBe('¥33,541.20');
      await shot('10-contract-draft');

      // Two equal instalments, a month apart.
      await page.getByRole('tab', { name: '回款计划' }).click();
      await page.locator('[data-action="edit-plan"]').click();
      const planDialog = page.locator('.ant-modal').filter({ hasText: '编辑合同' });
      await planDialog.getByRole('spinbutton', { name: '期数' }).fill('2');
      await planDialog.locator('[data-action="split"]').click();
      await eventually(() => planDialog.locator('.ant-table-row').count()).toBe(2);
      await shot('11-payment-plan');
      await planDialog.locator('.ant-modal-footer .ant-btn-primary').click();
      await planDialog.waitFor({ state: 'detached' });
      const planRows = page.getByRole('tabpanel').locator('.ant-table-row', { hasText: '¥16,770.60' });
      await eventually(() => planRows.count()).toBe(2);

      await page.locator('[data-action="submit"]').click();
      await page.getByText('提交后合同金额、客户、甲乙方、日期、条款和回款计划将被锁定').waitFor();
      await confirmTo('pendingApproval');
      expect(await page.locator('[data-action="approve"]').count()).toBe(0);
      await shot('12-submitted');

      // The manager of the rep's department approves it.
      await switchTo('wangjing');
      await open(contractPage, DEAL);
      await page.locator('[data-action="approve"]').click();
      await confirmTo('approved');
      await shot('13-approved');
      // Its key fields are read-only now (shown as text; the notes stay editable)…
      await page.getByRole('button', { name: spaced('编辑') }).click();
      await page.waitForURL(/\/edit$/);
      await page.locator('#record_description').waitFor();
      const readOnly = page.locator('.record-form-read-only');
      await readOnly.getByRole('link', { name: COMPANY }).waitFor();
      await readOnly.filter({ hasText: '¥33,541.20' }).first().waitFor();
      await readOnly.filter({ hasText: /^HT-\d{4}-0001$/ }).waitFor();
      expect(
        await page.locator('#record_amount, #record_partyA, #record_account, #record_terms').count(),
      ).toBe(0);
      await shot('14-locked-form');
      // …and the API refuses to change them.
      const approved = await read(manager, `/objects/contract/records/${ids.contract}`);
      const refused = await api(manager, 'PATCH', `/objects/contract/records/${ids.contract}`, {
        version: approved.version,
        amount: '1.00',
      });
      expect(refused.statusCode, refused.body).toBe(409);
      expect(refused.json().code).toBe('contract.locked_fields');
      expect((await read(rep, `/objects/contract/records/${ids.contract}`)).amount).toBe(GRAND_TOTAL);

      // The rep records the signing and the two payments.
      await switchTo('lina');
      await open(contractPage, DEAL);
      await page.locator('[data-action="sign"]').click();
      await confirmTo('signed');
      // Signing the contract wins its deal.
      expect(await read(rep, `/objects/opportunity/records/${ids.opportunity}`)).toMatchObject({
        status: 'won',
        probability: 100,
      });
      await page.getByRole('tab', { name: '回款记录' }).click();
      const summary = page.locator('.receivable-summary');
      for (const [amount, status] of [
        [HALF, 'partial'],
        [null, 'paid'],
      ] as const) {
        await page.locator('[data-action="record-payment"]').click();
        const dialog = page.locator('.ant-modal').filter({ hasText: '登记回款' });
        await dialog.locator('#recordPayment_amount').waitFor();
        // The second payment takes the amount offered: what is still receivable.
        if (amount) await dialog.locator('#recordPayment_amount').fill(amount);
        else expect(await dialog.locator('#recordPayment_amount').inputValue()).toBe(HALF);
        await dialog.locator('.ant-modal-footer .ant-btn-primary').click();
        await dialog.waitFor({ state: 'detached' });
        await summary.locator(`[data-payment-status="${status}"]`).waitFor();
        expect((await read(rep, `/objects/contract/records/${ids.contract}`)).paymentStatus).toBe(status);
        await shot(status === 'partial' ? '15-partly-paid' : '16-paid');
      }
      expect(await summary.locator('.receivable-summary__receivable').textContent()).toContain('¥0.00');
      expect(await read(rep, `/objects/contract/records/${ids.contract}`)).toMatchObject({
        receivedAmount: GRAND_TOTAL,
        receivableAmount: '0.00',
      });

      // Signed and paid: the deal is won, off the open board.
      expect(await read(rep, `/objects/opportunity/records/${ids.opportunity}`)).toMatchObject({
        status: 'won',
        amount: GRAND_TOTAL,
      });
    });

    it('the account’s 360° view tells the whole story; the funnel and forecast count the rep’s deal', async () => {
      const { page } = harness!;
      // The account's timeline holds every step, the follow-up written on the lead included.
      const items = (await read(rep, `/timeline?object=account&id=${ids.account}&limit=100`)).items as Array<{
        kind: string;
        source: { object: string };
        changes: Array<{ field: string }>;
      }>;
      const steps = new Set(items.map((entry) => `${entry.source.object}:${entry.kind}`));
      for (const step of ['followUp:created', 'quote:created', 'contract:created', 'payment:created']) {
        expect(steps, step).toContain(step);
      }
      const stageChanges = items.filter(
        (entry) =>
          entry.source.object === 'opportunity' &&
          entry.kind === 'updated' &&
          entry.changes.some((change) => change.field === 'stage'),
      );
      expect(stageChanges).toHaveLength(4);
      expect(items.filter((entry) => entry.source.object === 'payment')).toHaveLength(2);

      await open(`/o/account/${ids.account}`, COMPANY);
      await page.getByRole('tab', { name: '360° 概览', selected: true }).waitFor();
      await page.locator('.account-overview').getByText('¥3.35万').first().waitFor();
      const timeline = page.getByTestId('record-timeline');
      for (const text of ['新建了回款', '新建了合同', '新建了报价单', '赢单成交']) {
        await timeline.getByText(text).first().waitFor();
      }
      await shot('17-account-360');
      // Further down: the stage changes, the conversion and the follow-up written on the lead before it.
      const written = timeline.locator('.timeline-entry__content', { hasText: FOLLOW_UP });
      await written.scrollIntoViewIfNeeded();
      await timeline.getByText('下一步：上门演示 MES').waitFor();
      for (const stage of ['方案呈现', '商务谈判', '合同审批'])
        await timeline.getByText(stage).first().waitFor();
      await shot('18-account-360-history', written);

      // The manager picks the rep in the funnel and sees the deal go through every stage to won.
      await switchTo('wangjing');
      await open('/reports/funnel', '销售漏斗');
      await chooseOption(page.getByRole('combobox', { name: '负责人' }), '李娜', { search: '李娜' });
      const row = (stage: string) => page.locator('.ant-table-row', { hasText: stage });
      await row('赢单成交').getByText('¥3.35万').waitFor();
      const funnel = await read(manager, `/reports/funnel?ownerId=${repId}`);
      expect(funnel.totals).toMatchObject({ wonCount: 1, wonAmount: GRAND_TOTAL });
      expect(
        funnel.stages.map((stage: { name: string; entered: number }) => [stage.name, stage.entered]),
      ).toEqual([
        ['初步接洽', 1],
        ['方案呈现', 1],
        ['商务谈判', 1],
        ['合同审批', 1],
        ['赢单成交', 1],
        ['输单', 0],
      ]);
      await shot('19-funnel', page.locator('.report-filters'));

      // The forecast counts it as closed won this month, for the rep and their department.
      await open('/reports/forecast', '成交预测');
      const repRow = page.locator('.ant-table-row', { hasText: '李娜' });
      await repRow.getByText('¥33,541.20').first().waitFor();
      const forecast = await read(manager, `/reports/forecast?ownerId=${repId}`);
      expect(forecast.totals.closedWon).toBe(GRAND_TOTAL);
      expect((await read(rep, '/reports/forecast')).totals.closedWon).toBe(GRAND_TOTAL);
      await shot('20-forecast', repRow);
    });
  });
}
