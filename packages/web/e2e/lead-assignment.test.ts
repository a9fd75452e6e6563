// The lead engine in Chromium as its users meet it: an admin builds the pool, the rule set (华东 → round-robin
// among three reps, 华南 → one rep, otherwise → the pool) and a web form embedded on another site; visitors'
// leads land with their owner and task; a rep's follow-up stops the first-response clock, a missed one is
// escalated to the manager; a stale lead is recycled into the pool and claimed within the daily limit.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { businessTimeBetween } from '../../server/src/platform/business-calendar/business-time.ts';
import { companyBusinessClock } from '../../server/src/platform/business-calendar/company-business-clock.ts';
import { atTime } from '../../server/src/platform/clock.ts';
import { recycleLeads } from '../../server/src/sales/lead-pool/recycle-leads.command.ts';
import { leadResponseDueJob } from '../../server/src/sales/lead-response/lead-response-due.job.ts';
import { runDueJobs } from '../../server/src/sales/task/run-due-jobs.test-helper.ts';
import { FIXTURE_PASSWORD, insertDepartment, insertUser } from '../../server/test/support/org-fixtures.ts';
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
import { chooseInOpenSelect } from './select-option.ts';

type Method = 'GET' | 'POST' | 'PUT';

for (const dialect of DIALECTS) {
  describe.runIf(HAS_CHROMIUM)(`lead assignment and pools in Chromium (${dialect})`, () => {
    let harness: Harness | undefined;
    let site: CompanySite | undefined;
    let cookie: string;
    const users: Record<string, number> = {};
    let poolId: number;

    const call = async (method: Method, url: string, payload?: unknown) => {
      const { app } = harness as { app: FastifyInstance };
      return app.inject({
        method,
        url: `/api/v1${url}`,
        headers: { cookie },
        ...(payload === undefined ? {} : { payload: payload as object }),
      });
    };
    const createLead = async (values: Record<string, unknown>) => {
      const res = await call('POST', '/objects/lead/records', values);
      expect(res.statusCode, res.body).toBe(201);
      return res.json() as { id: number; ownerId: number | null };
    };
    const shot = async (name: string) => {
      const { page } = harness!;
      await expect.poll(() => page.locator('.ant-spin-spinning').count(), { timeout: 10_000 }).toBe(0);
      await page.waitForTimeout(400);
      await screenshot(harness!, `lead-assignment-${dialect}-${name}`, { fullPage: true });
    };
    /** Picks `option` in the dropdown of the select that has the focus. */
    const pick = (option: string | RegExp) => chooseInOpenSelect(harness!.page, option);

    beforeAll(async () => {
      harness = await startHarness(dialect);
      const db = harness.database.db;
      cookie = await adminCookie(harness.app);
      const east = await insertDepartment(db, '华东大区');
      const south = await insertDepartment(db, '华南大区');
      const rep = (username: string, name: string, departmentId: number) =>
        insertUser(db, { username, name, departmentId, roles: ['salesRep'] });
      users.wang = await rep('wang.fang', '王芳', east.id);
      users.li = await rep('li.lei', '李雷', east.id);
      users.zhang = await rep('zhang.wei', '张伟', east.id);
      users.zhao = await rep('zhao.min', '赵敏', south.id);
      // The east reps' manager, told when one of them misses a first-response target.
      users.chen = await insertUser(db, {
        username: 'chen.jing',
        name: '陈静',
        departmentId: east.id,
        roles: ['salesManager'],
      });
      await db
        .updateTable('users')
        .set({ manager_id: users.chen })
        .where('id', 'in', [users.wang, users.li, users.zhang])
        .execute();
      site = await startCompanySite();
      const field = await call('POST', '/objects/lead/fields', {
        apiName: 'salesArea',
        type: 'select',
        label: { 'zh-CN': '销售大区', en: 'Sales area' },
        options: {
          choices: [
            { value: 'east', label: { 'zh-CN': '华东', en: 'East' } },
            { value: 'south', label: { 'zh-CN': '华南', en: 'South' } },
            { value: 'north', label: { 'zh-CN': '华北', en: 'North' } },
          ],
        },
      });
      expect(field.statusCode, field.body).toBe(201);
    }, 180_000);

    afterAll(async () => {
      await site?.close();
      await stopHarness(harness);
    });

    it('builds a rule set in the settings, simulates it, assigns new leads by it, and a rep claims a pooled one', async () => {
      const { page, baseUrl, context } = harness!;
      // Leads from before any rule set: the simulation runs on them.
      for (const [name, area] of [
        ['模拟-华东', 'east'],
        ['模拟-华南', 'south'],
        ['模拟-华北', 'north'],
      ] as const)
        expect((await createLead({ name, salesArea: area, campaign: '旧线索' })).ownerId).toBe(1);

      await page.goto(`${baseUrl}/login`);
      await signIn(page, 'admin', ADMIN_PASSWORD);

      // The pool first: three east reps may claim two a day, not a lead they lost in the last week.
      await page.goto(`${baseUrl}/lead-pools`);
      await page.getByRole('button', { name: '新建线索池' }).click();
      await page.locator('#pool_name').fill('华北公海');
      const poolMembers = page.locator('.ant-drawer').locator('.ant-select-multiple').first();
      for (const name of ['王芳', '李雷', '张伟']) {
        await poolMembers.click();
        await page.keyboard.type(name);
        await pick(name);
        await page.keyboard.press('Escape');
        await expect
          .poll(() => poolMembers.locator('.ant-select-selection-item', { hasText: name }).count())
          .toBe(1);
      }
      await page.keyboard.press('Escape');
      await page.locator('#pool_dailyClaimLimit').fill('2');
      await page.locator('#pool_reclaimCooldownDays').fill('7');
      await page.locator('#pool_noFollowUpDays').fill('30');
      await page
        .locator('.ant-drawer')
        .getByRole('button', { name: /保\s*存/ })
        .click();
      await page.getByRole('tab', { name: '华北公海 (0)' }).waitFor();
      const pools = (await call('GET', '/lead-pools')).json().items;
      expect(pools).toEqual([
        expect.objectContaining({
          name: '华北公海',
          dailyClaimLimit: 2,
          reclaimCooldownDays: 7,
          noFollowUpDays: 30,
          members: expect.arrayContaining([
            { user: { id: users.wang, name: '王芳' }, isManager: false },
            { user: { id: users.li, name: '李雷' }, isManager: false },
            { user: { id: users.zhang, name: '张伟' }, isManager: false },
          ]),
        }),
      ]);
      poolId = pools[0].id;

      await page.goto(`${baseUrl}/settings/lead-assignment`);
      await page.getByRole('button', { name: '新建规则集' }).click();
      const drawer = page.locator('.rule-set-editor');
      await drawer.locator('#rule-set-name').fill('华东华南分配');
      await drawer.getByRole('switch', { name: '新建线索时自动分配' }).click();

      // 1. 华东 → round-robin among three reps.
      await drawer.getByRole('button', { name: '添加规则' }).click();
      const east = drawer.locator('.rule-editor').nth(0);
      await east.getByLabel('规则名称').fill('华东轮询');
      await east.getByRole('button', { name: '添加筛选条件' }).click();
      await east.getByLabel('筛选字段').click();
      await page.keyboard.type('销售大区');
      await pick('销售大区');
      await east.locator('.record-filter-bar__row .ant-select').nth(2).click();
      await pick(/^华东$/);
      const members = east.locator('.ant-select-multiple');
      for (const name of ['王芳', '李雷', '张伟']) {
        await members.click();
        await page.keyboard.type(name);
        await pick(name);
        // Closed after each pick, so that the next click opens it (a click on an open one may close it).
        await page.keyboard.press('Escape');
        await expect
          .poll(() => members.locator('.ant-select-selection-item', { hasText: name }).count())
          .toBe(1);
      }
      await page.keyboard.press('Escape');

      // 2. 华南 → one rep.
      await drawer.getByRole('button', { name: '添加规则' }).click();
      const south = drawer.locator('.rule-editor').nth(1);
      await south.getByLabel('规则名称').fill('华南 → 赵敏');
      await south.getByRole('button', { name: '添加筛选条件' }).click();
      await south.getByLabel('筛选字段').click();
      await page.keyboard.type('销售大区');
      await pick('销售大区');
      await south.locator('.record-filter-bar__row .ant-select').nth(2).click();
      await pick(/^华南$/);
      await south.getByLabel('分配方式').click();
      await pick('指定人员');
      await south.locator('.ant-select').last().click();
      await page.keyboard.type('赵敏');
      await pick('赵敏');

      // 3. Otherwise → the pool.
      await drawer.getByRole('button', { name: '添加规则' }).click();
      const rest = drawer.locator('.rule-editor').nth(2);
      await rest.getByLabel('规则名称').fill('其余 → 公海');
      await rest.getByLabel('分配方式').click();
      await pick('放入线索池');
      await rest.getByLabel('线索池', { exact: true }).click();
      await pick('华北公海');
      await shot('01-rule-set');

      // Save and simulate on the older leads: nothing changes, the table says where each would go.
      await drawer.getByRole('button', { name: '添加筛选条件' }).last().click();
      await drawer.getByLabel('筛选字段').last().click();
      await page.keyboard.type('市场活动');
      await pick('市场活动');
      await drawer.locator('.record-filter-bar__row').last().locator('input.ant-input').fill('旧线索');
      await drawer.getByRole('button', { name: '保存并模拟' }).click();
      const results = drawer.locator('.simulation-results');
      await results
        .locator('.ant-table-row')
        .first()
        .waitFor()
        .catch(async (error) => {
          await screenshot(harness!, `lead-assignment-${dialect}-failed-simulation`);
          throw error;
        });
      await expect.poll(() => results.locator('.ant-table-row').count()).toBe(3);
      const rowOf = (name: string) => results.locator('.ant-table-row', { hasText: name });
      await rowOf('模拟-华东').getByText('王芳', { exact: true }).waitFor();
      await rowOf('模拟-华南').getByText('赵敏', { exact: true }).waitFor();
      await rowOf('模拟-华北').getByText('线索池「华北公海」').waitFor();
      await shot('02-simulation');

      const sets = (await call('GET', '/lead-assignment/rule-sets')).json().items;
      expect(sets).toHaveLength(1);
      expect(sets[0]).toMatchObject({
        name: '华东华南分配',
        assignOnCreate: true,
        rules: [
          {
            name: '华东轮询',
            strategy: 'roundRobin',
            condition: { and: [{ field: 'salesArea', op: 'eq', value: 'east' }] },
            members: [{ userId: users.wang }, { userId: users.li }, { userId: users.zhang }],
          },
          { name: '华南 → 赵敏', strategy: 'user', userId: users.zhao },
          { name: '其余 → 公海', strategy: 'pool', poolId, condition: null },
        ],
      });
      // The simulation changed nothing: the older leads keep their owner, no turn was taken.
      for (const lead of (await call('GET', '/objects/lead/records')).json().data)
        expect(lead.ownerId).toBe(1);
      await drawer.locator('.ant-drawer-close').click();

      // New leads land by the rules, each assigned one with a follow-up task.
      const owners = [];
      for (const [name, area] of [
        ['华东一', 'east'],
        ['华东二', 'east'],
        ['华东三', 'east'],
        ['华南一', 'south'],
        ['北方客户', 'north'],
      ] as const)
        owners.push((await createLead({ name, company: `${name}公司`, salesArea: area })).ownerId);
      expect(owners).toEqual([users.wang, users.li, users.zhang, users.zhao, null]);
      const tasks = (await call('GET', '/objects/task/records')).json().data;
      expect(tasks.map((task: { ownerId: number }) => task.ownerId).sort()).toEqual(
        [users.wang, users.li, users.zhang, users.zhao].sort(),
      );

      // A lead entered in the form is assigned before the page shows it; its assignment tab says why.
      await page.goto(`${baseUrl}/o/lead/new`);
      await page.locator('#record_name').fill('表单线索');
      await page.locator('#record_salesArea').click();
      await pick(/^华南$/);
      await page.locator('button[type=submit]').click();
      await page.waitForURL(/\/o\/lead\/\d+$/);
      const formLeadId = Number(page.url().split('/').pop());
      expect((await call('GET', `/objects/lead/records/${formLeadId}`)).json().ownerId).toBe(users.zhao);
      await page.getByRole('tab', { name: '分配记录' }).click();
      await page.getByText('按规则「华南 → 赵敏」分配给 赵敏').waitFor();
      await shot('03-assignment-tab');

      // 李雷 claims the pooled lead within the pool's limit.
      await context.clearCookies();
      await page.goto(`${baseUrl}/login`);
      await signIn(page, 'li.lei', FIXTURE_PASSWORD);
      await page.goto(`${baseUrl}/lead-pools`);
      await page.getByRole('tab', { name: '华北公海 (1)' }).waitFor();
      await page.locator('.pool-limits__claimed', { hasText: '0 / 2' }).waitFor();
      await shot('04-pool');
      await page.getByRole('button', { name: '领取 北方客户' }).click();
      await page.getByText('线索池中暂无线索').waitFor();
      await page.locator('.pool-limits__claimed', { hasText: '1 / 2' }).waitFor();
      const pooled = (await call('GET', '/objects/lead/records'))
        .json()
        .data.find((lead: { name: string }) => lead.name === '北方客户');
      expect(pooled.ownerId).toBe(users.li);
      const events = (await call('GET', `/leads/${pooled.id}/pool-events`)).json().items;
      expect(events[0]).toMatchObject({ kind: 'claimed', to: { id: users.li } });
      await shot('05-claimed');
    }, 180_000);

    it('captures leads from a form embedded on another site, holds them to the rule set’s first-response target, escalates a miss, recycles a stale lead and claims within the limit', async () => {
      const { page, baseUrl, context, database } = harness!;
      const db = database.db;
      const switchTo = async (username: string, password = FIXTURE_PASSWORD) => {
        await context.clearCookies();
        await page.goto(`${baseUrl}/login`);
        await signIn(page, username, password);
      };
      const leadNamed = async (name: string) => {
        const filter = encodeURIComponent(JSON.stringify({ field: 'name', op: 'eq', value: name }));
        const found = (await call('GET', `/objects/lead/records?filter=${filter}`)).json().data;
        expect(found, name).toHaveLength(1);
        return found[0] as {
          id: number;
          ownerId: number | null;
          createdAt: string;
          responseStatus: string | null;
          responseDueAt: string | null;
          firstResponseAt: string | null;
        };
      };
      const tasksOf = async (leadId: number) => {
        const filter = encodeURIComponent(JSON.stringify({ field: 'lead', op: 'eq', value: leadId }));
        return (await call('GET', `/objects/task/records?filter=${filter}`)).json().data as Array<{
          ownerId: number;
          status: string;
        }>;
      };
      const notificationsOf = async (userId: number, leadId: number) =>
        (
          await db
            .selectFrom('notifications')
            .select('kind')
            .where('user_id', '=', userId)
            .where('record_id', '=', leadId)
            .execute()
        ).map((row) => row.kind);

      // 1. The admin holds the rule set's leads to 10 minutes, escalated to the manager.
      await switchTo('admin', ADMIN_PASSWORD);
      await page.goto(`${baseUrl}/settings/lead-assignment`);
      const card = page.locator('.rule-set-card', { hasText: '华东华南分配' });
      await card.getByRole('button', { name: /编\s*辑/ }).click();
      const drawer = page.locator('.rule-set-editor');
      const target = drawer.locator('#rule-set-response-target');
      await target.fill('10');
      await expect(
        drawer.getByRole('switch', { name: '超时通知负责人的上级' }).getAttribute('aria-checked'),
      ).resolves.toBe('true');
      await drawer
        .locator('.ant-drawer-extra')
        .getByRole('button', { name: /^保\s*存$/ })
        .click();
      await page.getByText('规则集已保存').waitFor();
      await drawer.locator('.rule-set-first-response').scrollIntoViewIfNeeded();
      await shot('06-first-response-target');
      await drawer.locator('.ant-drawer-close').click();
      await card.getByText('首次响应 10 分钟').waitFor();
      const [ruleSet] = (await call('GET', '/lead-assignment/rule-sets')).json().items;
      expect(ruleSet.firstResponse).toEqual({ targetMinutes: 10, escalate: true, reassign: false });

      // 2. A web form for the company site, asking for the sales area, its leads assigned by that rule set.
      await page.goto(`${baseUrl}/settings/lead-forms`);
      await page.getByRole('button', { name: '新建表单' }).click();
      await page.locator('#leadForm_name').fill('官网预约演示');
      await page.locator('#leadForm_allowedOrigins').fill(site!.url);
      await page.keyboard.press('Enter');
      await page.locator('#leadForm_ruleSetId').click();
      await pick('华东华南分配');
      await page.locator('#leadForm_addField').click();
      await page.keyboard.type('销售大区');
      await pick('销售大区');
      await page.frameLocator('iframe.lead-form-preview').locator('select[name="salesArea"]').waitFor();
      await page.locator('.lead-form-save').click();
      await page.waitForURL(/\/settings\/lead-forms\/\d+$/);
      const snippet = await page.locator('textarea.lead-form-snippet').inputValue();
      expect(snippet).toContain(`${baseUrl}/api/v1/public/lead-forms/`);
      await shot('07-web-form');
      const [form] = (await call('GET', '/lead-forms')).json().items;
      expect(form).toMatchObject({ name: '官网预约演示', ruleSetId: ruleSet.id });
      site!.setSnippet(snippet);

      // 3. Visitors fill in the form on the company site: 华东 three times, 华南 once, 华北 once.
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      const visitors = [
        ['苏州东方精工', '13800000001', 'east'],
        ['杭州西湖软件', '13800000002', 'east'],
        ['宁波港口物流', '13800000003', 'east'],
        ['深圳南山电子', '13800000004', 'south'],
        ['<img src=x onerror="window.__xss=1">北方访客', '13800000005', 'north'],
      ] as const;
      for (const [index, [name, phone, area]] of visitors.entries()) {
        await page.goto(`${site!.url}/landing?utm_source=baidu`);
        const embedded = page.locator('form.lodestar-lead-form');
        await embedded.getByLabel('姓名').fill(name);
        await embedded.getByLabel('电话').fill(phone);
        await embedded.locator('select[name="salesArea"]').selectOption(area);
        if (index === 0) await shot('08-company-site');
        await embedded.getByRole('button', { name: '提交' }).click();
        await embedded.getByText('感谢您的留言，我们会尽快与您联系。').waitFor();
      }
      await shot('09-submitted');

      // Each lead landed with its owner and a follow-up task, and its clock runs 10 business minutes.
      const clock = await companyBusinessClock(db);
      const expected = [users.wang, users.li, users.zhang, users.zhao];
      const submitted = [];
      for (const [index, [name]] of visitors.slice(0, 4).entries()) {
        const lead = await leadNamed(name);
        submitted.push(lead);
        expect(lead.ownerId, name).toBe(expected[index]);
        expect(await tasksOf(lead.id)).toEqual([
          expect.objectContaining({ ownerId: expected[index], status: 'open' }),
        ]);
        expect(lead.responseStatus).toBe('pending');
        const minutes = businessTimeBetween(new Date(lead.createdAt), new Date(lead.responseDueAt!), clock);
        expect(Math.round(minutes / 60_000)).toBe(10);
      }
      const [eastA, eastB] = submitted;
      const pooled = await leadNamed(visitors[4][0]);
      expect(pooled).toMatchObject({ ownerId: null, responseStatus: null });
      expect(await tasksOf(pooled.id)).toEqual([]);
      expect((await call('GET', `/leads/${pooled.id}/pool-events`)).json().items[0]).toMatchObject({
        kind: 'entered',
        pool: { id: poolId },
      });

      // 4. 王芳 follows her lead up: its clock stops, in time.
      await switchTo('wang.fang');
      await page.goto(`${baseUrl}/o/lead/${eastA!.id}`);
      await page.getByRole('heading', { name: '苏州东方精工' }).waitFor();
      // The page opens with the lead's owner and the time left to its first response.
      const standing = page.locator('.lead-standing');
      await standing.getByText('王芳', { exact: true }).waitFor();
      await expect(standing.locator('.lead-standing__response--dueIn').textContent()).resolves.toMatch(
        /^剩余 (\d+ 小时 ?)?(\d+ 分钟)?（.+ 截止）$/,
      );
      await page.locator('.page-header').getByRole('button', { name: '写跟进' }).click();
      const followUp = page.locator('.ant-modal');
      await followUp.locator('#content').fill('电话联系，客户下周看演示');
      await shot('10-follow-up');
      await followUp.getByRole('button', { name: '保存跟进' }).click();
      await followUp.waitFor({ state: 'detached' });
      const answered = await leadNamed('苏州东方精工');
      expect(answered.responseStatus).toBe('met');
      expect(answered.firstResponseAt).not.toBeNull();
      await page.getByRole('tab', { name: '详细信息' }).click();
      await page.locator('.record-details').getByText('按时响应', { exact: true }).waitFor();
      await standing
        .locator('.lead-standing__response--met')
        .getByText(/^按时响应，用时 \d+ 分钟/)
        .waitFor();
      await shot('11-response-met');

      // 5. 李雷 does not: at his lead's deadline the job marks it breached and tells him and his manager.
      await runDueJobs(database, [leadResponseDueJob], new Date(eastB!.responseDueAt!));
      expect((await leadNamed('杭州西湖软件')).responseStatus).toBe('breached');
      expect(await notificationsOf(users.li!, eastB!.id)).toContain('lead.responseMissed');
      expect(await notificationsOf(users.chen!, eastB!.id)).toEqual(['lead.responseBreached']);
      expect(await notificationsOf(users.chen!, eastA!.id)).toEqual([]);
      await switchTo('chen.jing');
      const bell = page.locator('.app-header').getByRole('button', { name: /^通知/ });
      await bell.click();
      await page
        .locator('.notification-popover')
        .getByText('线索「杭州西湖软件」超过 10 分钟未跟进（负责人：李雷）')
        .waitFor();
      await shot('12-escalated');
      await page.keyboard.press('Escape');

      // 6. A lead 王芳 got 40 days ago and never followed up goes back to the pool on the recycle run.
      const stale = await atTime(new Date(Date.now() - 40 * 86_400_000), () =>
        createLead({ name: '宁波老客户', company: '宁波老客户有限公司', salesArea: 'east' }),
      );
      expect(stale.ownerId).toBe(users.wang);
      expect(await recycleLeads(database, new Date(), [poolId])).toEqual({
        pools: [{ poolId, recycled: 1, reminded: 0 }],
      });
      expect((await call('GET', `/leads/${stale.id}/pool-events`)).json().items[0]).toMatchObject({
        kind: 'recycled',
        reasonCode: 'noFollowUp',
        from: { id: users.wang },
      });

      // 7. 李雷 (one claim today already) sees both in the pool and claims the recycled one: his limit is 2.
      await switchTo('li.lei');
      await page.goto(`${baseUrl}/lead-pools`);
      await page.getByRole('tab', { name: '华北公海 (2)' }).waitFor();
      await page.locator('.pool-limits__claimed', { hasText: '1 / 2' }).waitFor();
      // The visitor's markup is shown as text, never run.
      await page.getByText(visitors[4][0]).waitFor();
      await shot('13-pool');
      await page.getByRole('button', { name: '领取 宁波老客户' }).click();
      await page.locator('.pool-limits__claimed', { hasText: '2 / 2' }).waitFor();
      expect((await leadNamed('宁波老客户')).ownerId).toBe(users.li);
      // One more is refused: the button is disabled and the server says no, changing nothing.
      const more = page.getByRole('button', { name: `领取 ${visitors[4][0]}` });
      await expect.poll(() => more.isDisabled()).toBe(true);
      // The row moved up under the pointer: move away first, so that hovering is a move onto it.
      await page.mouse.move(0, 0);
      await more.locator('xpath=..').hover();
      await page.getByText('已达到领取上限').waitFor();
      await shot('14-claim-limit');
      const liCookie = await (async () => {
        const res = await harness!.app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { username: 'li.lei', password: FIXTURE_PASSWORD },
        });
        const session = res.cookies.find((c) => c.name === 'lodestar_session')!;
        return `${session.name}=${session.value}`;
      })();
      const refused = await harness!.app.inject({
        method: 'POST',
        url: `/api/v1/lead-pools/${poolId}/claim`,
        headers: { cookie: liCookie },
        payload: { leadIds: [pooled.id] },
      });
      expect(refused.statusCode).toBe(409);
      expect(refused.json()).toMatchObject({ code: 'leadPool.daily_limit' });
      expect((await leadNamed(visitors[4][0])).ownerId).toBeNull();
      expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
      expect(dialogs).toEqual([]);
    }, 240_000);
  });
}
