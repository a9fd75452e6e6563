import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

type Method = 'GET' | 'POST' | 'PUT';

for (const dialect of DIALECTS) {
  describe.runIf(HAS_CHROMIUM)(`lead assignment and pools in Chromium (${dialect})`, () => {
    let harness: Harness | undefined;
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
    /** Picks `option` in the open dropdown. */
    const pick = async (option: string | RegExp) => {
      await harness!.page
        .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option })
        .first()
        .click();
    };

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
  });
}
