import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nurtureStepJob } from '../../server/src/sales/nurturing/nurture-step.job.ts';
import { runDueJobs } from '../../server/src/sales/task/run-due-jobs.test-helper.ts';
import { insertDepartment, insertUser } from '../../server/test/support/org-fixtures.ts';
import { type SmtpSink, startSmtpSink } from '../../server/test/support/smtp-sink.ts';
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
import { chooseInOpenSelect } from './select-option.ts';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH';

for (const dialect of DIALECTS) {
  describe.runIf(HAS_CHROMIUM)(`nurturing email in Chromium (${dialect})`, () => {
    let harness: Harness | undefined;
    let sink: SmtpSink;
    let cookie: string;
    let poolId: number;
    let leadId: number;

    const call = async (method: Method, url: string, payload?: unknown) => {
      const { app } = harness as { app: FastifyInstance };
      return app.inject({
        method,
        url: `/api/v1${url}`,
        headers: { cookie },
        ...(payload === undefined ? {} : { payload: payload as object }),
      });
    };
    const shot = async (name: string) => {
      const { page } = harness!;
      await expect.poll(() => page.locator('.ant-spin-spinning').count(), { timeout: 10_000 }).toBe(0);
      await page.waitForTimeout(400);
      await screenshot(harness!, `nurturing-${dialect}-${name}`, { fullPage: true });
    };
    /** Picks `option` in the dropdown of the select that has the focus. */
    const pick = (option: string | RegExp) => chooseInOpenSelect(harness!.page, option);

    beforeAll(async () => {
      sink = await startSmtpSink();
      harness = await startHarness(dialect);
      cookie = await adminCookie(harness.app);
      const east = await insertDepartment(harness.database.db, '华东大区');
      const wang = await insertUser(harness.database.db, {
        username: 'wang.fang',
        name: '王芳',
        departmentId: east.id,
        roles: ['salesRep'],
      });
      const pool = await call('POST', '/lead-pools', {
        name: '华东公海',
        members: [{ userId: wang }],
      });
      expect(pool.statusCode, pool.body).toBe(201);
      poolId = pool.json().id;
      const lead = await call('POST', '/objects/lead/records', {
        name: '周瑜',
        company: '吴郡船舶有限公司',
        title: '采购经理',
        email: 'zhou.yu@wu.example',
        ownerId: wang,
      });
      expect(lead.statusCode, lead.body).toBe(201);
      leadId = lead.json().id;
      const returned = await call('POST', `/leads/${leadId}/return-to-pool`, { reason: '暂无预算', poolId });
      expect(returned.statusCode, returned.body).toBe(200);
    }, 180_000);

    afterAll(async () => {
      await stopHarness(harness);
      await sink?.close();
    });

    it('an admin sets up SMTP, writes and previews a template, builds a sequence, enrols a pooled lead, and the email arrives', async () => {
      const { page, baseUrl } = harness!;
      await page.goto(`${baseUrl}/login`);
      await signIn(page, 'admin', ADMIN_PASSWORD);

      // 1. The SMTP server, and a test email.
      await page.goto(`${baseUrl}/settings/nurturing`);
      await page.getByRole('heading', { name: '邮件与培育' }).waitFor();
      await page.locator('#smtp_host').fill('127.0.0.1');
      await page.locator('#smtp_security').click();
      await pick('不加密');
      await page.locator('#smtp_port').fill(String(sink.port));
      await page.locator('#smtp_fromAddress').fill('market@lodestar.example');
      await page.locator('#smtp_fromName').fill('领航市场部');
      await expect(page.locator('#smtp_publicUrl').inputValue()).resolves.toBe(baseUrl);
      await page.getByRole('button', { name: /保\s*存/ }).click();
      await page.getByText('发信设置已保存').waitFor();
      await page.getByLabel('收件地址').fill('it@lodestar.example');
      await page.getByRole('button', { name: '发送测试邮件' }).click();
      await page.getByText('测试邮件已发送到 it@lodestar.example').waitFor();
      expect((await sink.waitFor(1))[0]!.mail.subject).toBe('领航 CRM 测试邮件');
      await shot('01-smtp');

      // 2. A template, previewed before it is saved; a Liquid mistake comes back on its field.
      await page.getByRole('tab', { name: '邮件模板' }).click();
      await page.getByRole('button', { name: '新建模板' }).click();
      await page.locator('#emailTemplate_name').fill('欢迎邮件');
      await page.locator('#emailTemplate_subject').fill('{{ lead.company }}，您好');
      await page
        .locator('#emailTemplate_body')
        .fill(
          '{{ lead.name }} 您好：\n感谢您关注领航 CRM。您的职务：{{ lead.title | upcase_nope }}\n{{ sender.name }}',
        );
      await page.getByRole('button', { name: /预\s*览/ }).click();
      await page
        .getByText(/upcase_nope/)
        .first()
        .waitFor();
      await page
        .locator('#emailTemplate_body')
        .fill('{{ lead.name }} 您好：\n感谢您关注领航 CRM。您的职务：{{ lead.title }}\n');
      await page.locator('.merge-field', { hasText: '发件人姓名' }).click();
      await page.getByRole('button', { name: /预\s*览/ }).click();
      const frame = page.frameLocator('.email-preview iframe');
      await frame.getByText('张伟 您好：').waitFor();
      await frame.getByText('退订').waitFor();
      await page.locator('.email-preview').getByText('杭州云栖科技有限公司，您好').waitFor();
      await shot('02-template-preview');
      await page
        .locator('.ant-drawer')
        .getByRole('button', { name: /保\s*存/ })
        .click();
      await page.getByText('模板已保存').waitFor();
      await page.getByRole('cell', { name: '欢迎邮件' }).waitFor();

      // 3. A sequence of two emails, the second two days after the first.
      await page.getByRole('tab', { name: '培育序列' }).click();
      await page.getByRole('button', { name: '新建序列' }).click();
      await page.locator('#sequence_name').fill('新线索培育');
      await page.locator('.sequence-step').nth(0).locator('.ant-select').click();
      await pick('欢迎邮件');
      await expect.poll(() => page.locator('.ant-select-dropdown:visible').count()).toBe(0);
      await page.getByRole('button', { name: '添加一封邮件' }).click();
      await page.locator('.sequence-step').nth(1).locator('.ant-select').click();
      await pick('欢迎邮件');
      await page.locator('#sequence_steps_1_delayDays').fill('2');
      await shot('03-sequence');
      await page
        .locator('.ant-drawer')
        .getByRole('button', { name: /保\s*存/ })
        .click();
      await page.getByText('培育序列已保存').waitFor();
      await page.getByText('第 2 封 · 第 2 天 · 欢迎邮件').waitFor();

      // 4. The pooled lead joins it from the pool page.
      await page.goto(`${baseUrl}/lead-pools?pool=${poolId}`);
      await page.getByRole('button', { name: '将 周瑜 加入培育' }).click();
      await page.getByLabel('选择培育序列').click();
      await pick('新线索培育');
      await page
        .locator('.ant-modal')
        .getByRole('button', { name: /^加\s*入$/ })
        .click();
      await page.getByText('1 条线索已加入培育').waitFor();
      await page.locator('.pooled-leads').getByText('新线索培育').waitFor();
      await shot('04-pool');

      // 5. The worker sends the first step when it is due — at once in working hours, else at the next
      // working moment; the email arrives with its merge fields.
      const { next_due_at: due } = await harness!.database.db
        .selectFrom('nurture_enrolments')
        .select('next_due_at')
        .where('lead_id', '=', leadId)
        .executeTakeFirstOrThrow();
      const sendAt = new Date(Math.max(Date.now(), new Date(due as string).getTime()));
      const ran = await runDueJobs(harness!.database, [nurtureStepJob], sendAt);
      expect(ran.map((run) => run.outcome)).toEqual(['done']);
      const [, welcome] = await sink.waitFor(2);
      expect(welcome!.envelopeTo).toEqual(['zhou.yu@wu.example']);
      expect(welcome!.mail.subject).toBe('吴郡船舶有限公司，您好');
      expect(welcome!.mail.html).toContain('周瑜 您好：');
      expect(welcome!.mail.html).toContain('您的职务：采购经理');
      expect(welcome!.mail.html).toContain(`${baseUrl}/api/v1/public/unsubscribe/${leadId}.zh-CN.`);

      // 6. The lead's page: its 培育邮件 tab and the email on its timeline.
      await page.goto(`${baseUrl}/o/lead/${leadId}`);
      await page.getByRole('tab', { name: '动态' }).click();
      await page.getByText('向 zhou.yu@wu.example 发送了邮件').waitFor();
      await shot('05-lead-timeline');
      await page.getByRole('tab', { name: '培育邮件' }).click();
      await page.getByText('新线索培育 · 第 1 封').waitFor();
      await page.getByText('第 2/2 封').waitFor();
      await shot('06-lead-nurturing');

      // 7. One email from the lead's page, seen before it goes.
      await page.getByRole('button', { name: '发送邮件' }).click();
      await page.getByLabel('选择邮件模板').click();
      await pick('欢迎邮件');
      await page.locator('.ant-modal .email-preview').getByText('吴郡船舶有限公司，您好').waitFor();
      await page.frameLocator('.ant-modal .email-preview iframe').getByText('系统管理员').waitFor();
      await shot('06b-send-email');
      await page.getByRole('button', { name: '立即发送' }).click();
      await page.getByText('邮件已发送到 zhou.yu@wu.example').waitFor();
      const [, , oneOff] = await sink.waitFor(3);
      expect(oneOff!.mail.subject).toBe('吴郡船舶有限公司，您好');
      await page.getByText('系统管理员 手动发送').waitFor();

      // 8. The lead engaged: 王芳, who gave it up, has it again; its emails stop.
      await page.getByRole('button', { name: '周瑜 有意向' }).click();
      await page.getByRole('button', { name: /确\s*定|OK/ }).click();
      await page.getByText('「周瑜」已交给 王芳 跟进').waitFor();
      await page.getByText('有意向，已交还销售').waitFor();
      await shot('06c-engaged');

      // 9. The unsubscribe page the email links to.
      const link = /href="([^"]+\/unsubscribe\/[^"]+)"/.exec(String(welcome!.mail.html))![1]!;
      await page.goto(link);
      await page.getByRole('heading', { name: '退订邮件' }).waitFor();
      await shot('07-unsubscribe');

      // The same pages in English.
      await page.goto(`${baseUrl}/settings/nurturing?tab=sequences`);
      await page.locator('.app-header').getByRole('button', { name: '切换语言' }).click();
      await page.getByRole('menuitem', { name: 'English' }).click();
      await page.getByRole('heading', { name: 'Email & nurturing' }).waitFor();
      await shot('08-sequences-en');
      await page.getByRole('tab', { name: 'Sending' }).click();
      await shot('09-smtp-en');
      await page.getByRole('tab', { name: 'Email templates' }).click();
      await page.locator('.ant-table a', { hasText: '欢迎邮件' }).click();
      await page.getByRole('button', { name: 'Preview' }).click();
      await page.frameLocator('.email-preview iframe').getByText('退订').waitFor();
      await shot('10-template-en');
      await page.goto(`${baseUrl}/o/lead/${leadId}`);
      await page.getByRole('tab', { name: 'Activity' }).click();
      await page.getByText('sent an email to zhou.yu@wu.example').first().waitFor();
      await shot('11-lead-timeline-en');
      await page.getByRole('tab', { name: 'Nurturing' }).click();
      await page.getByText('engaged, handed back to a rep').waitFor();
      await shot('12-lead-en');
    }, 300_000);
  });
}
