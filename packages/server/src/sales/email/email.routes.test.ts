import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SmtpSink, startSmtpSink } from '../../../test/support/smtp-sink.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { DIALECTS } from '../../../test/support/test-database.ts';
import { createLead, insertLeadOrg, type LeadOrg } from '../lead-assignment/lead-assignment-test-kit.ts';

/** The tables email writes, to show that a refused request wrote nothing. */
async function emailFootprint(t: TestApp): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of ['email_templates', 'email_sends', 'email_opt_outs', 'timeline_entries', 'audit_log'])
    counts[table] = await t.rowCount(table);
  counts.smtp = Number(
    (
      await t.database.db
        .selectFrom('settings')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('key', '=', 'smtp')
        .executeTakeFirstOrThrow()
    ).n,
  );
  return counts;
}

for (const dialect of DIALECTS) {
  describe(`email: SMTP settings, templates, preview and one-off sends (${dialect})`, () => {
    let t: TestApp;
    let org: LeadOrg;
    let sink: SmtpSink;

    const smtp = (extra: Record<string, unknown> = {}) =>
      t.call(t.adminCookie, 'PATCH', '/email/smtp-settings', {
        host: '127.0.0.1',
        port: sink.port,
        security: 'none',
        user: 'crm',
        password: 's3cret-Pass',
        fromAddress: 'market@lodestar.example',
        fromName: '领航市场部',
        publicUrl: 'https://crm.example.com/',
        ...extra,
      });
    const template = async (body: Record<string, unknown>) => {
      const res = await t.call(t.adminCookie, 'POST', '/email-templates', body);
      expect(res.statusCode, res.body).toBe(201);
      return res.json() as { id: number };
    };

    beforeAll(async () => {
      sink = await startSmtpSink({ user: 'crm', pass: 's3cret-Pass' });
      t = await createTestApp(dialect);
      org = await insertLeadOrg(t);
      await t.database.db
        .updateTable('users')
        .set({ email: 'wang.fang@lodestar.example', phone: '13911112222' })
        .where('id', '=', org.users.wang)
        .execute();
    });
    afterAll(async () => {
      await t?.close();
      await sink?.close();
    });

    it('keeps the SMTP password but never shows it, not even in the audit log', async () => {
      expect((await t.call(org.cookies.wang, 'GET', '/email/smtp-settings')).statusCode).toBe(403);
      const before = (await t.call(t.adminCookie, 'GET', '/email/smtp-settings')).json();
      expect(before).toMatchObject({ host: '', passwordSet: false, configured: false });
      const res = await smtp();
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toEqual({
        host: '127.0.0.1',
        port: sink.port,
        security: 'none',
        user: 'crm',
        passwordSet: true,
        fromAddress: 'market@lodestar.example',
        fromName: '领航市场部',
        publicUrl: 'https://crm.example.com',
        configured: true,
      });
      expect(res.body).not.toContain('s3cret');
      // Leaving the password out keeps it.
      const renamed = await t.call(t.adminCookie, 'PATCH', '/email/smtp-settings', { fromName: '领航' });
      expect(renamed.json()).toMatchObject({ passwordSet: true, fromName: '领航' });
      const audit = await t.database.db
        .selectFrom('audit_log')
        .select('changes')
        .where('entity_type', '=', 'setting')
        .where('entity_id', '=', 'smtp')
        .execute();
      expect(audit.length).toBe(2);
      expect(JSON.stringify(audit)).not.toContain('s3cret');
      expect(JSON.parse(audit[0]!.changes!).password).toEqual(['***', '***']);
      const events = await t.database.db.selectFrom('outbox_events').select('payload').execute();
      expect(JSON.stringify(events)).not.toContain('s3cret');
    });

    it('refuses bad SMTP settings with the fields at fault, changing nothing', async () => {
      const footprint = await emailFootprint(t);
      const bad = await t.call(t.adminCookie, 'PATCH', '/email/smtp-settings', {
        host: 'not a host!',
        port: 70_000,
        security: 'ssl',
        fromAddress: 'nobody',
        publicUrl: 'ftp://x',
      });
      expect(bad.statusCode).toBe(400);
      expect(
        bad
          .json()
          .errors.map((e: { field: string }) => e.field)
          .sort(),
      ).toEqual(['fromAddress', 'host', 'port', 'publicUrl', 'security']);
      expect(await emailFootprint(t)).toEqual(footprint);
    });

    it('sends a test email, and quotes the server when it refuses', async () => {
      const ok = await t.call(
        t.adminCookie,
        'POST',
        '/email/smtp-settings/test',
        { to: 'it@lodestar.example' },
        'zh-CN',
      );
      expect(ok.statusCode, ok.body).toBe(200);
      const [test] = await sink.waitFor(1);
      expect(test!.mail.subject).toBe('领航 CRM 测试邮件');
      expect(test!.envelopeTo).toEqual(['it@lodestar.example']);
      expect(test!.user).toBe('crm');
      expect(test!.mail.from?.value[0]).toEqual({ name: '领航', address: 'market@lodestar.example' });

      expect(
        (await t.call(t.adminCookie, 'POST', '/email/smtp-settings/test', { to: 'not-an-address' }))
          .statusCode,
      ).toBe(400);
      expect(
        (await t.call(org.cookies.wang, 'POST', '/email/smtp-settings/test', { to: 'it@lodestar.example' }))
          .statusCode,
      ).toBe(403);

      await smtp({ password: 'wrong' });
      const refused = await t.call(t.adminCookie, 'POST', '/email/smtp-settings/test', {
        to: 'it@lodestar.example',
      });
      expect(refused.statusCode).toBe(502);
      expect(refused.json()).toMatchObject({ code: 'email.smtp_failed' });
      expect(refused.json().detail).toMatch(/EAUTH.*535.*Authentication credentials invalid/);

      await smtp({ port: 1 });
      const unreachable = await t.call(t.adminCookie, 'POST', '/email/smtp-settings/test', {
        to: 'it@lodestar.example',
      });
      expect(unreachable.statusCode).toBe(502);
      expect(unreachable.json().detail).toMatch(/ECONNREFUSED/);
      await smtp();
      expect(sink.received.length).toBe(1);
    });

    it('refuses templates that are not valid Liquid with Liquid’s message, storing nothing', async () => {
      const footprint = await emailFootprint(t);
      const post = (body: Record<string, unknown>) =>
        t.call(t.adminCookie, 'POST', '/email-templates', {
          name: '坏模板',
          language: 'zh-CN',
          subject: '你好',
          body: 'x',
          ...body,
        });
      const unclosed = await post({ body: '您好 {{ lead.name ' });
      expect(unclosed.statusCode).toBe(400);
      expect(unclosed.json().errors[0]).toMatchObject({
        field: 'body',
        code: 'email_template.invalid_liquid',
      });
      expect(unclosed.json().errors[0].message).toMatch(/line:1/);
      const tag = await post({ subject: '{% if lead.name %}缺少结束' });
      expect(tag.json().errors[0]).toMatchObject({ field: 'subject', code: 'email_template.invalid_liquid' });
      const filter = await post({ body: '{{ lead.name | shout }}' });
      expect(filter.statusCode).toBe(400);
      expect(filter.json().errors[0].message).toMatch(/shout/);
      const variable = await post({ body: '{{ lead.nickname }}' });
      expect(variable.statusCode).toBe(400);
      expect(variable.json().errors[0].message).toMatch(/nickname/);
      const include = await post({ body: "{% include '/etc/passwd' %}" });
      expect(include.statusCode).toBe(400);
      expect((await post({ language: 'fr' })).statusCode).toBe(400);
      expect((await post({ subject: '' })).statusCode).toBe(400);
      expect(
        (
          await t.call(org.cookies.wang, 'POST', '/email-templates', {
            name: 'x',
            language: 'en',
            subject: 's',
            body: 'b',
          })
        ).statusCode,
      ).toBe(403);
      expect(await emailFootprint(t)).toEqual(footprint);
    });

    it('previews a template with sample data or a lead, escaping merged values', async () => {
      const body =
        '{{ lead.name }}，您好！贵司 {{ lead.company }}（{{ lead.salesArea }}）\n{{ sender.name }} {{ sender.phone }}';
      const sample = await t.call(org.cookies.wang, 'POST', '/email-templates/preview', {
        language: 'zh-CN',
        subject: '给 {{ lead.company }} 的方案',
        body,
      });
      expect(sample.statusCode, sample.body).toBe(200);
      expect(sample.json()).toMatchObject({ subject: '给 杭州云栖科技有限公司 的方案', lead: null });
      expect(sample.json().html).toContain('张伟，您好！');
      expect(sample.json().html).toContain('[销售大区]');
      expect(sample.json().html).toContain('王芳 13911112222');

      const lead = await createLead(
        t,
        {
          name: '<script>alert(1)</script>',
          company: 'A & B "科技"',
          salesArea: 'east',
          email: 'x@example.com',
        },
        org.cookies.wang,
      );
      const real = await t.call(org.cookies.wang, 'POST', '/email-templates/preview', {
        language: 'zh-CN',
        subject: '{{ lead.company }}',
        body,
        leadId: lead.id,
      });
      expect(real.statusCode, real.body).toBe(200);
      expect(real.json().subject).toBe('A & B "科技"');
      expect(real.json().html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;，您好！');
      expect(real.json().html).not.toContain('<script>');
      expect(real.json().html).toContain('A &amp; B &#34;科技&#34;（华东）<br>');
      expect(real.json().text).toContain('<script>alert(1)</script>，您好！');
      expect(real.json().lead).toEqual({ id: lead.id, name: '<script>alert(1)</script>' });
      // Someone else's lead is no lead at all to 李雷.
      const other = await t.call(org.cookies.li, 'POST', '/email-templates/preview', {
        language: 'zh-CN',
        subject: 'x',
        body: 'y',
        leadId: lead.id,
      });
      expect(other.statusCode).toBe(404);
      const broken = await t.call(org.cookies.wang, 'POST', '/email-templates/preview', {
        language: 'en',
        subject: 'x',
        body: '{{ lead.name | nope }}',
      });
      expect(broken.statusCode).toBe(400);
    });

    it('sends one email from a template to a lead: merge fields, escaping, unsubscribe link, logged', async () => {
      const tpl = await template({
        name: '首次问候',
        language: 'zh-CN',
        subject: '{{ lead.company }}，您好',
        body: '尊敬的 {{ lead.name }}：\n您所在的 {{ lead.salesArea }} 区域有新方案。\n{{ sender.name }}\n<a href="{{ unsubscribe_url }}">不再接收</a>',
      });
      const lead = await createLead(
        t,
        { name: '钱<b>伟</b>', company: '无锡 & 测试', salesArea: 'south', email: 'qian.wei@example.com' },
        org.cookies.wang,
      );
      const before = sink.received.length;
      const res = await t.call(org.cookies.wang, 'POST', `/leads/${lead.id}/emails`, { templateId: tpl.id });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toMatchObject({
        to: 'qian.wei@example.com',
        subject: '无锡 & 测试，您好',
        status: 'sent',
        template: { id: tpl.id, name: '首次问候' },
        sentBy: { id: org.users.wang, name: '王芳' },
        sequence: null,
      });
      const [received] = (await sink.waitFor(before + 1)).slice(before);
      const mail = received!.mail;
      expect(mail.subject).toBe('无锡 & 测试，您好');
      expect(mail.html).toContain('尊敬的 钱&lt;b&gt;伟&lt;/b&gt;：<br>');
      expect(mail.html).toContain('您所在的 华南 区域');
      expect(mail.text).toContain('尊敬的 钱<b>伟</b>：');
      expect(mail.replyTo?.value[0]?.address).toBe('wang.fang@lodestar.example');
      const header = (name: string) => mail.headerLines.find((line) => line.key === name)?.line ?? '';
      expect(header('list-unsubscribe')).toMatch(
        new RegExp(`https://crm\\.example\\.com/api/v1/public/unsubscribe/${lead.id}\\.zh-CN\\.`),
      );
      expect(mail.html).toMatch(
        new RegExp(`href="https://crm\\.example\\.com/api/v1/public/unsubscribe/${lead.id}\\.zh-CN\\.`),
      );
      expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');

      const timeline = await t.call(org.cookies.wang, 'GET', `/timeline?object=lead&id=${lead.id}`);
      expect(timeline.json().items[0]).toMatchObject({
        kind: 'event',
        source: { object: 'lead', id: lead.id, title: '无锡 & 测试，您好' },
        actor: { id: org.users.wang, name: '王芳' },
        event: { code: 'email.sent', params: { to: 'qian.wei@example.com', template: '首次问候' } },
      });
    });

    it('refuses a one-off email it cannot send with a clear 4xx, writing nothing', async () => {
      const tpl = await template({
        name: '简单',
        language: 'en',
        subject: 'Hello {{ lead.name }}',
        body: 'Hi',
      });
      const noEmail = await createLead(t, { name: '无邮箱' }, org.cookies.wang);
      const withEmail = await createLead(t, { name: '有邮箱', email: 'you@example.com' }, org.cookies.wang);
      const footprint = await emailFootprint(t);
      const send = (cookie: string, id: number, body: unknown) =>
        t.call(cookie, 'POST', `/leads/${id}/emails`, body);
      const unknown = await send(org.cookies.wang, withEmail.id, { templateId: 999_999 });
      expect(unknown.statusCode).toBe(422);
      expect(unknown.json().errors[0]).toMatchObject({
        field: 'templateId',
        code: 'email_template.not_found',
      });
      const missing = await send(org.cookies.wang, noEmail.id, { templateId: tpl.id });
      expect(missing.statusCode).toBe(422);
      expect(missing.json().errors[0]).toMatchObject({ field: 'email', code: 'email.lead_has_no_email' });
      expect((await send(org.cookies.wang, withEmail.id, { templateId: 'x' })).statusCode).toBe(400);
      expect((await send(org.cookies.wang, withEmail.id, {})).statusCode).toBe(400);
      expect((await send(org.cookies.li, withEmail.id, { templateId: tpl.id })).statusCode).toBe(404);
      await t.database.db.updateTable('settings').set({ value: '{}' }).where('key', '=', 'smtp').execute();
      const notSetUp = await send(org.cookies.wang, withEmail.id, { templateId: tpl.id });
      expect(notSetUp.statusCode).toBe(409);
      expect(notSetUp.json().code).toBe('email.smtp_not_configured');
      expect(
        (await t.call(t.adminCookie, 'POST', '/email/smtp-settings/test', { to: 'it@lodestar.example' }))
          .statusCode,
      ).toBe(409);
      expect(await emailFootprint(t)).toEqual(footprint);
      expect((await smtp()).statusCode).toBe(200);
    });

    it('logs a refused one-off email as failed and answers 502', async () => {
      const tpl = await template({ name: '退信', language: 'zh-CN', subject: '你好', body: '正文' });
      const lead = await createLead(t, { name: '退信人', email: 'gone@example.com' }, org.cookies.wang);
      sink.refuse.add('gone@example.com');
      const res = await t.call(org.cookies.wang, 'POST', `/leads/${lead.id}/emails`, { templateId: tpl.id });
      expect(res.statusCode).toBe(502);
      expect(res.json().detail).toMatch(/550.*Mailbox unavailable/);
      const nurturing = await t.call(org.cookies.wang, 'GET', `/leads/${lead.id}/nurturing`);
      expect(nurturing.json().sends[0]).toMatchObject({
        status: 'failed',
        error: expect.stringMatching(/550/),
      });
      const timeline = await t.call(org.cookies.wang, 'GET', `/timeline?object=lead&id=${lead.id}`);
      expect(timeline.json().items[0].event).toMatchObject({ code: 'email.failed' });
    });

    it('keeps templates in use by a sequence, and takes names once', async () => {
      const tpl = await template({ name: '序列用', language: 'zh-CN', subject: 's', body: 'b' });
      const taken = await t.call(t.adminCookie, 'POST', '/email-templates', {
        name: '序列用',
        language: 'zh-CN',
        subject: 's',
        body: 'b',
      });
      expect(taken.statusCode).toBe(422);
      const sequence = await t.call(t.adminCookie, 'POST', '/nurture-sequences', {
        name: '保留模板',
        steps: [{ templateId: tpl.id }],
      });
      expect(sequence.statusCode, sequence.body).toBe(201);
      const refused = await t.call(t.adminCookie, 'DELETE', `/email-templates/${tpl.id}`);
      expect(refused.statusCode).toBe(409);
      expect((await t.call(t.adminCookie, 'GET', `/email-templates/${tpl.id}`)).json().usedBySteps).toBe(1);
      const stale = await t.call(t.adminCookie, 'PUT', `/email-templates/${tpl.id}`, {
        name: '序列用',
        language: 'en',
        subject: 's2',
        body: 'b2',
        version: 99,
      });
      expect(stale.statusCode).toBe(409);
      const updated = await t.call(t.adminCookie, 'PUT', `/email-templates/${tpl.id}`, {
        name: '序列用',
        language: 'en',
        subject: 's2',
        body: 'b2',
        version: 1,
      });
      expect(updated.json()).toMatchObject({ language: 'en', subject: 's2', version: 2 });
    });
  });
}
