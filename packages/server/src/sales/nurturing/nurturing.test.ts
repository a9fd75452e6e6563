import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ReceivedMail, type SmtpSink, startSmtpSink } from '../../../test/support/smtp-sink.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { DIALECTS } from '../../../test/support/test-database.ts';
import { atTime } from '../../platform/clock.ts';
import {
  createLead,
  insertLeadOrg,
  type LeadOrg,
  rule,
  saveRuleSet,
} from '../lead-assignment/lead-assignment-test-kit.ts';
import { recycleLeads } from '../lead-pool/recycle-leads.command.ts';
import { runDueJobs } from '../task/run-due-jobs.test-helper.ts';
import { nurtureStepJob } from './nurture-step.job.ts';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** An instant given as Shanghai wall time. */
const at = (wall: string) => new Date(`${wall}+08:00`);
const plus = (moment: Date, ms: number) => new Date(moment.getTime() + ms);

/** The tables nurturing writes, to show that a refused request wrote nothing. */
async function nurtureFootprint(t: TestApp): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of [
    'nurture_sequences',
    'nurture_steps',
    'nurture_enrolments',
    'email_sends',
    'jobs',
    'timeline_entries',
    'audit_log',
  ])
    counts[table] = await t.rowCount(table);
  return counts;
}

for (const dialect of DIALECTS) {
  describe(`nurturing: drip sequences for pooled leads (${dialect})`, () => {
    let t: TestApp;
    let org: LeadOrg;
    let sink: SmtpSink;
    let baseUrl: string;
    let pool: { id: number };
    let sequence: { id: number };
    const templates: Record<string, number> = {};

    /** Runs the step jobs due at `moment`, as a worker would then. */
    const runSteps = (moment: Date) => atTime(moment, () => runDueJobs(t.database, [nurtureStepJob], moment));
    const mailsTo = (address: string): ReceivedMail[] =>
      sink.received.filter((received) => received.envelopeTo.includes(address));
    const nurturing = async (leadId: number, cookie = t.adminCookie) => {
      const res = await t.call(cookie, 'GET', `/leads/${leadId}/nurturing`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json();
    };
    const events = async (leadId: number) =>
      (await t.call(t.adminCookie, 'GET', `/timeline?object=lead&id=${leadId}`))
        .json()
        .items.filter((item: { kind: string }) => item.kind === 'event') as Array<{
        event: { code: string; params: Record<string, unknown> };
      }>;
    /** A lead of 王芳 with an address, returned to the pool at `moment` (so it enters it). */
    const pooledLead = (moment: Date, values: Record<string, unknown>) =>
      atTime(moment, async () => {
        const lead = await createLead(t, values, org.cookies.wang);
        const res = await t.call(org.cookies.wang, 'POST', `/leads/${lead.id}/return-to-pool`, {
          reason: '客户暂无预算',
        });
        expect(res.statusCode, res.body).toBe(200);
        return lead.id;
      });
    const leadOf = async (id: number) =>
      (await t.call(t.adminCookie, 'GET', `/objects/lead/records/${id}`)).json();

    beforeAll(async () => {
      sink = await startSmtpSink();
      t = await createTestApp(dialect);
      await t.app.listen({ port: 0, host: '127.0.0.1' });
      baseUrl = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
      org = await insertLeadOrg(t);
      const smtp = await t.call(t.adminCookie, 'PATCH', '/email/smtp-settings', {
        host: '127.0.0.1',
        port: sink.port,
        security: 'none',
        fromAddress: 'market@lodestar.example',
        fromName: '领航市场部',
        publicUrl: baseUrl,
      });
      expect(smtp.statusCode, smtp.body).toBe(200);
      const created = await t.call(t.adminCookie, 'POST', '/lead-pools', {
        name: '华东公海',
        members: [
          { userId: org.users.wang },
          { userId: org.users.li },
          { userId: org.users.chen, isManager: true },
        ],
      });
      expect(created.statusCode, created.body).toBe(201);
      pool = created.json();
      for (const [key, body] of Object.entries({
        welcome: {
          name: '欢迎',
          language: 'zh-CN',
          subject: '{{ lead.company }}，您好',
          body: '{{ lead.name }} 您好：\n感谢关注，您所在的{{ lead.salesArea }}区域有专属顾问。\n{{ sender.name }}\n<a href="{{ unsubscribe_url }}">退订</a>',
        },
        cases: {
          name: '案例',
          language: 'zh-CN',
          subject: '同行案例',
          body: '{{ lead.name }}，看看同行的做法。',
        },
        offer: {
          name: 'Offer',
          language: 'en',
          subject: 'An offer for {{ lead.company }}',
          body: 'Dear {{ lead.name }}',
        },
      })) {
        const res = await t.call(t.adminCookie, 'POST', '/email-templates', body);
        expect(res.statusCode, res.body).toBe(201);
        templates[key] = res.json().id;
      }
    });
    afterAll(async () => {
      await t?.close();
      await sink?.close();
    });

    it('refuses bad sequences with the fields at fault, writing nothing', async () => {
      const footprint = await nurtureFootprint(t);
      const post = (body: Record<string, unknown>, cookie = t.adminCookie) =>
        t.call(cookie, 'POST', '/nurture-sequences', {
          name: '坏序列',
          steps: [{ templateId: templates.welcome }],
          ...body,
        });
      const unknown = await post({
        enrolPoolId: 999_999,
        handBackRuleSetId: 999_999,
        steps: [{ templateId: templates.welcome }, { templateId: 999_999, delayDays: 1 }],
      });
      expect(unknown.statusCode).toBe(422);
      expect(unknown.json().errors.map((e: { field: string }) => e.field)).toEqual([
        'enrolPoolId',
        'handBackRuleSetId',
        'steps.1.templateId',
      ]);
      expect((await post({ steps: [] })).statusCode).toBe(400);
      expect((await post({ steps: [{ templateId: templates.welcome, delayHours: 24 }] })).statusCode).toBe(
        400,
      );
      expect((await post({ steps: [{ templateId: templates.welcome, delayDays: -1 }] })).statusCode).toBe(
        400,
      );
      expect((await post({ name: '' })).statusCode).toBe(400);
      expect((await post({}, org.cookies.chen)).statusCode).toBe(403);
      expect(
        (
          await t.call(t.adminCookie, 'PUT', '/nurture-sequences/999999', {
            name: 'x',
            steps: [{ templateId: templates.welcome }],
          })
        ).statusCode,
      ).toBe(404);
      expect(await nurtureFootprint(t)).toEqual(footprint);

      const res = await t.call(t.adminCookie, 'POST', '/nurture-sequences', {
        name: '华东培育',
        enrolPoolId: pool.id,
        steps: [
          { templateId: templates.welcome },
          { templateId: templates.cases, delayDays: 2 },
          { templateId: templates.offer, delayDays: 3, delayHours: 12 },
        ],
      });
      expect(res.statusCode, res.body).toBe(201);
      sequence = res.json();
      expect(res.json()).toMatchObject({
        name: '华东培育',
        active: true,
        enrolPool: { id: pool.id, name: '华东公海' },
        handBackRuleSet: null,
        steps: [
          { template: { id: templates.welcome, name: '欢迎' }, delayDays: 0, delayHours: 0 },
          { template: { id: templates.cases, name: '案例' }, delayDays: 2, delayHours: 0 },
          { template: { id: templates.offer, name: 'Offer', language: 'en' }, delayDays: 3, delayHours: 12 },
        ],
        enrolments: { active: 0, completed: 0, stopped: 0 },
      });
      const clash = await post({ name: '另一个', enrolPoolId: pool.id });
      expect(clash.statusCode).toBe(422);
      expect(clash.json().errors[0]).toMatchObject({ field: 'enrolPoolId', code: 'nurturing.pool_taken' });
    });

    it('enrols a lead entering the pool and sends each step at its moment, with its merge fields', async () => {
      const t0 = at('2030-03-04T10:00:00');
      const leadId = await pooledLead(t0, {
        name: '<i>周</i>瑜',
        company: '吴郡 & 船舶',
        salesArea: 'east',
        email: 'zhou.yu@wu.example',
      });
      expect((await nurturing(leadId)).enrolment).toMatchObject({
        sequence: { id: sequence.id, name: '华东培育' },
        status: 'active',
        nextStep: 1,
        steps: 3,
        nextDueAt: t0.toISOString(),
      });
      expect((await events(leadId))[0]!.event).toEqual({
        code: 'nurture.enrolled',
        params: { sequence: '华东培育' },
      });

      expect(await runSteps(plus(t0, -60_000))).toEqual([]);
      await runSteps(t0);
      const [first] = mailsTo('zhou.yu@wu.example');
      expect(first!.mail.subject).toBe('吴郡 & 船舶，您好');
      expect(first!.mail.from?.value[0]).toEqual({ name: '领航市场部', address: 'market@lodestar.example' });
      expect(first!.mail.html).toContain('&lt;i&gt;周&lt;/i&gt;瑜 您好：<br>');
      expect(first!.mail.html).toContain('您所在的华东区域');
      expect(first!.mail.html).toContain('领航市场部');
      expect(first!.mail.html).toContain(`href="${baseUrl}/api/v1/public/unsubscribe/${leadId}.zh-CN.`);
      expect((await nurturing(leadId)).enrolment).toMatchObject({
        nextStep: 2,
        nextDueAt: plus(t0, 2 * DAY_MS).toISOString(),
      });

      expect(await runSteps(plus(t0, 2 * DAY_MS - 60_000))).toEqual([]);
      expect(mailsTo('zhou.yu@wu.example').length).toBe(1);
      await runSteps(plus(t0, 2 * DAY_MS));
      expect(mailsTo('zhou.yu@wu.example')[1]!.mail.subject).toBe('同行案例');
      // The third is due 3½ days later, Saturday at 22:00: it goes out at the next working moment, Monday 9:00.
      const third = at('2030-03-11T09:00:00');
      expect((await nurturing(leadId)).enrolment).toMatchObject({
        nextStep: 3,
        nextDueAt: third.toISOString(),
      });
      expect(await runSteps(plus(t0, 5.5 * DAY_MS))).toEqual([]);
      expect(await runSteps(plus(third, -60_000))).toEqual([]);
      await runSteps(third);
      const last = mailsTo('zhou.yu@wu.example')[2]!;
      expect(last.mail.subject).toBe('An offer for 吴郡 & 船舶');
      // An English template: the footer link and the unsubscribe page speak English.
      expect(last.mail.html).toContain('Unsubscribe</a>');
      expect(last.mail.html).toContain(`/api/v1/public/unsubscribe/${leadId}.en.`);

      const after = await nurturing(leadId);
      expect(after.enrolment).toMatchObject({ status: 'completed', nextDueAt: null });
      expect(
        after.sends.map((send: { subject: string; status: string; step: number }) => [
          send.step,
          send.status,
        ]),
      ).toEqual([
        [3, 'sent'],
        [2, 'sent'],
        [1, 'sent'],
      ]);
      expect((await events(leadId)).map((e) => e.event.code)).toEqual([
        'nurture.completed',
        'email.sent',
        'email.sent',
        'email.sent',
        'nurture.enrolled',
      ]);
      expect(await runSteps(plus(third, 30 * DAY_MS))).toEqual([]);
      expect(mailsTo('zhou.yu@wu.example').length).toBe(3);
    });

    it('stops emailing a lead once a rep claims it', async () => {
      const t0 = at('2030-05-06T09:00:00');
      const leadId = await pooledLead(t0, { name: '鲁肃', company: '临淮', email: 'lu.su@wu.example' });
      await runSteps(t0);
      expect(mailsTo('lu.su@wu.example').length).toBe(1);
      const claimed = await atTime(plus(t0, DAY_MS), () =>
        t.call(org.cookies.li, 'POST', `/lead-pools/${pool.id}/claim`, { leadIds: [leadId] }),
      );
      expect(claimed.statusCode, claimed.body).toBe(200);
      expect((await nurturing(leadId)).enrolment).toMatchObject({ status: 'stopped', stopReason: 'claimed' });
      expect((await events(leadId))[0]!.event).toEqual({
        code: 'nurture.stopped',
        params: { sequence: '华东培育', reason: 'claimed' },
      });
      const pending = await t.database.db
        .selectFrom('jobs')
        .select('id')
        .where('name', '=', 'nurturing.step')
        .where('status', '=', 'pending')
        .execute();
      expect(pending).toEqual([]);
      await runSteps(plus(t0, 10 * DAY_MS));
      expect(mailsTo('lu.su@wu.example').length).toBe(1);
    });

    it('honours the unsubscribe link, followed over HTTP: no email ever again', async () => {
      const t0 = at('2030-07-01T09:00:00');
      const leadId = await pooledLead(t0, { name: '吕蒙', company: '富陂', email: 'Lv.Meng@wu.example' });
      await runSteps(t0);
      const [mail] = mailsTo('Lv.Meng@wu.example');
      const link = /href="([^"]+\/unsubscribe\/[^"]+)"/.exec(String(mail!.mail.html))![1]!;
      expect(link.startsWith(baseUrl)).toBe(true);

      const page = await fetch(link);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/text\/html/);
      const html = await page.text();
      expect(html).toContain('<html lang="zh-CN">');
      expect(html).toContain('确认今后不再接收我们的邮件吗？');
      expect(html).toContain('Lv***@wu.example');
      // Opening the link changed nothing yet.
      expect((await nurturing(leadId)).optedOut).toBeNull();
      const confirmed = await fetch(link, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'confirm=1',
      });
      expect(confirmed.status).toBe(200);
      expect(await confirmed.text()).toContain('您已成功退订，今后不会再收到我们的邮件。');

      const after = await nurturing(leadId);
      expect(after.optedOut).toMatchObject({ source: 'link' });
      expect(after.enrolment).toMatchObject({ status: 'stopped', stopReason: 'unsubscribed' });
      expect((await events(leadId)).map((e) => e.event.code).slice(0, 2)).toEqual([
        'nurture.stopped',
        'email.unsubscribed',
      ]);
      await runSteps(plus(t0, 30 * DAY_MS));
      expect(mailsTo('Lv.Meng@wu.example').length).toBe(1);
      const oneOff = await t.call(t.adminCookie, 'POST', `/leads/${leadId}/emails`, {
        templateId: templates.cases,
      });
      expect(oneOff.statusCode).toBe(409);
      expect(oneOff.json().code).toBe('email.opted_out');
      // Another lead at the same address is not emailed either.
      const twin = await createLead(t, { name: '吕子明', email: 'lv.meng@wu.example' }, org.cookies.wang);
      expect(
        (await t.call(org.cookies.wang, 'POST', `/leads/${twin.id}/emails`, { templateId: templates.cases }))
          .statusCode,
      ).toBe(409);
      // Again: still unsubscribed, nothing more recorded.
      expect((await fetch(link)).status).toBe(200);
      expect(await t.rowCount('email_opt_outs')).toBe(1);

      const tampered = link.replace(/\.(zh-CN)\./, '.en.');
      expect((await fetch(tampered)).status).toBe(404);
      expect(
        (await fetch(`${baseUrl}/api/v1/public/unsubscribe/${leadId + 1}.zh-CN.AAAAAAAAAAAAAAAAAAAAAA`))
          .status,
      ).toBe(404);
      expect((await fetch(`${baseUrl}/api/v1/public/unsubscribe/x`, { method: 'POST' })).status).toBe(404);
      expect(await t.rowCount('email_opt_outs')).toBe(1);
    });

    it('takes a mail client’s one-click unsubscribe (RFC 8058)', async () => {
      const t0 = at('2030-07-10T09:00:00');
      const leadId = await pooledLead(t0, { name: '甘宁', email: 'gan.ning@wu.example' });
      await runSteps(t0);
      const mail = mailsTo('gan.ning@wu.example')[0]!.mail;
      const line = mail.headerLines.find((header) => header.key === 'list-unsubscribe')!.line;
      const url = /<(http[^>]+)>/.exec(line)![1]!;
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      });
      expect(res.status).toBe(200);
      expect((await nurturing(leadId)).optedOut).toMatchObject({ source: 'oneClick' });
    });

    it('hands a nurtured lead back to a rep when its person submits the web form again', async () => {
      const handBack = await saveRuleSet(t, {
        name: '培育回流',
        rules: [rule('张伟接手', 'user', { userId: org.users.zhang })],
      });
      const put = await t.call(t.adminCookie, 'PUT', `/nurture-sequences/${sequence.id}`, {
        name: '华东培育',
        enrolPoolId: pool.id,
        handBackRuleSetId: handBack.id,
        steps: [
          { templateId: templates.welcome },
          { templateId: templates.cases, delayDays: 2 },
          { templateId: templates.offer, delayDays: 3, delayHours: 12 },
        ],
      });
      expect(put.statusCode, put.body).toBe(200);
      const form = await t.call(t.adminCookie, 'POST', '/lead-forms', {
        name: '官网咨询',
        fields: [{ field: 'name', required: true }, { field: 'email' }, { field: 'company' }],
      });
      expect(form.statusCode, form.body).toBe(201);
      const t0 = at('2030-08-01T09:00:00');
      const leadId = await pooledLead(t0, { name: '陆逊', company: '吴县', email: 'lu.xun@wu.example' });
      await runSteps(t0);
      expect(mailsTo('lu.xun@wu.example').length).toBe(1);

      const submitted = await atTime(plus(t0, DAY_MS), () =>
        t.app.inject({
          method: 'POST',
          url: `/api/v1/public/lead-forms/${form.json().token}/submissions`,
          payload: { name: '陆伯言', email: 'lu.xun@wu.example', company: '吴县' },
        }),
      );
      expect(submitted.statusCode, submitted.body).toBe(201);
      expect((await leadOf(leadId)).ownerId).toBe(org.users.zhang);
      expect((await nurturing(leadId)).enrolment).toMatchObject({
        status: 'stopped',
        stopReason: 'formResubmitted',
      });
      expect((await events(leadId))[0]!.event).toEqual({
        code: 'nurture.handedBack',
        params: { reason: 'formResubmitted', via: 'rule', owner: '张伟' },
      });
      const notes = await t.database.db
        .selectFrom('notifications')
        .select(['kind', 'record_id'])
        .where('user_id', '=', org.users.zhang)
        .execute();
      expect(notes).toContainEqual({ kind: 'nurturing.resubmitted', record_id: leadId });
      const tasks = await t.call(
        org.cookies.zhang,
        'GET',
        `/objects/task/records?filter=${encodeURIComponent(JSON.stringify({ field: 'lead', op: 'eq', value: leadId }))}`,
      );
      expect(tasks.json().data).toEqual([
        expect.objectContaining({ ownerId: org.users.zhang, lead: leadId }),
      ]);
      const poolEvents = (await t.call(t.adminCookie, 'GET', `/leads/${leadId}/pool-events`)).json().items;
      expect(poolEvents[0]).toMatchObject({
        kind: 'assigned',
        to: { id: org.users.zhang },
        reasonCode: 'handedBack',
      });
      await runSteps(plus(t0, 10 * DAY_MS));
      expect(mailsTo('lu.xun@wu.example').length).toBe(1);
    });

    it('hands a lead back when a pool member marks it engaged: its previous owner when no rule finds anyone', async () => {
      const put = await t.call(t.adminCookie, 'PUT', `/nurture-sequences/${sequence.id}`, {
        name: '华东培育',
        enrolPoolId: pool.id,
        handBackRuleSetId: null,
        steps: [{ templateId: templates.welcome }, { templateId: templates.cases, delayDays: 2 }],
      });
      expect(put.statusCode, put.body).toBe(200);
      const t0 = at('2030-09-01T09:00:00');
      const leadId = await pooledLead(t0, { name: '诸葛瑾', email: 'zhuge.jin@wu.example' });
      const footprint = await nurtureFootprint(t);
      expect((await t.call(org.cookies.zhao, 'POST', `/leads/${leadId}/engaged`)).statusCode).toBe(403);
      expect((await t.call(org.cookies.li, 'POST', `/leads/999999/engaged`)).statusCode).toBe(404);
      expect((await t.call(org.cookies.li, 'POST', `/leads/${leadId}/nurturing/stop`)).statusCode).toBe(403);
      expect(await nurtureFootprint(t)).toEqual(footprint);

      const res = await atTime(t0, () => t.call(org.cookies.li, 'POST', `/leads/${leadId}/engaged`));
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toEqual({ owner: { id: org.users.wang, name: '王芳' }, via: 'previousOwner' });
      expect((await nurturing(leadId)).enrolment).toMatchObject({ status: 'stopped', stopReason: 'engaged' });
      const notes = await t.database.db
        .selectFrom('notifications')
        .select(['kind', 'record_id', 'actor_user_id'])
        .where('user_id', '=', org.users.wang)
        .where('kind', '=', 'nurturing.engaged')
        .execute();
      expect(notes).toEqual([{ kind: 'nurturing.engaged', record_id: leadId, actor_user_id: org.users.li }]);
      const again = await t.call(org.cookies.li, 'POST', `/leads/${leadId}/engaged`);
      expect(again.statusCode).toBe(409);
      await runSteps(plus(t0, 10 * DAY_MS));
      expect(mailsTo('zhuge.jin@wu.example').length).toBe(0);
    });

    it('hands a lead back when its reply reaches the mailbox (the mail gateway posts the sender)', async () => {
      const t0 = at('2030-09-20T09:00:00');
      const leadId = await pooledLead(t0, { name: '太史慈', email: 'taishi.ci@wu.example' });
      expect((await nurturing(leadId)).enrolment).toMatchObject({ status: 'active' });
      const footprint = await nurtureFootprint(t);
      for (const body of [{}, { from: 'not-an-address' }, { from: 'taishi.ci@wu.example', extra: 1 }]) {
        const bad = await t.call(t.adminCookie, 'POST', '/nurturing/replies', body);
        expect(bad.statusCode, JSON.stringify(body)).toBe(400);
      }
      const rep = await t.call(org.cookies.wang, 'POST', '/nurturing/replies', {
        from: 'taishi.ci@wu.example',
      });
      expect(rep.statusCode).toBe(403);
      const unknown = await t.call(t.adminCookie, 'POST', '/nurturing/replies', {
        from: 'nobody@wu.example',
      });
      expect(unknown.json()).toEqual({ leads: [] });
      expect(await nurtureFootprint(t)).toEqual(footprint);

      const res = await atTime(t0, () =>
        t.call(t.adminCookie, 'POST', '/nurturing/replies', {
          from: 'TaiShi.Ci@WU.example',
          subject: 'Re: 您好',
        }),
      );
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toEqual({
        leads: [{ id: leadId, owner: { id: org.users.wang, name: '王芳' }, via: 'previousOwner' }],
      });
      expect((await leadOf(leadId)).ownerId).toBe(org.users.wang);
      expect((await nurturing(leadId)).enrolment).toMatchObject({ status: 'stopped', stopReason: 'replied' });
      expect((await events(leadId)).map((item) => item.event)).toContainEqual(
        expect.objectContaining({
          code: 'nurture.handedBack',
          params: expect.objectContaining({ reason: 'replied' }),
        }),
      );
      // Now a rep has it: a second reply changes nothing.
      const again = await t.call(t.adminCookie, 'POST', '/nurturing/replies', {
        from: 'taishi.ci@wu.example',
      });
      expect(again.json()).toEqual({ leads: [] });
      await runSteps(plus(t0, 10 * DAY_MS));
      expect(mailsTo('taishi.ci@wu.example').length).toBe(0);
    });

    it('enrols pooled leads by hand (pool managers), skipping those it may not email', async () => {
      await t.call(t.adminCookie, 'PUT', `/nurture-sequences/${sequence.id}`, {
        name: '华东培育',
        enrolPoolId: null,
        steps: [{ templateId: templates.welcome }],
      });
      const t0 = at('2030-10-01T09:00:00');
      const withEmail = await pooledLead(t0, { name: '程普', email: 'cheng.pu@wu.example' });
      const noEmail = await pooledLead(t0, { name: '黄盖' });
      const optedOut = await pooledLead(t0, { name: '韩当', email: 'han.dang@wu.example' });
      await t.database.db
        .insertInto('email_opt_outs')
        .values({
          lead_id: optedOut,
          email: 'han.dang@wu.example',
          source: 'manual',
          language: 'zh-CN',
          at: t0.toISOString(),
        })
        .execute();
      const owned = await createLead(t, { name: '周泰', email: 'zhou.tai@wu.example' }, org.cookies.wang);
      const enrol = (cookie: string, leadIds: number[]) =>
        atTime(t0, () => t.call(cookie, 'POST', `/nurture-sequences/${sequence.id}/enrol`, { leadIds }));
      const footprint = await nurtureFootprint(t);
      expect((await enrol(org.cookies.li, [withEmail])).statusCode).toBe(403);
      const notPooled = await enrol(org.cookies.chen, [withEmail, owned.id]);
      expect(notPooled.statusCode).toBe(409);
      expect(notPooled.json().code).toBe('nurturing.not_pooled');
      expect((await enrol(org.cookies.chen, [999_999])).statusCode).toBe(404);
      expect((await enrol(org.cookies.chen, [])).statusCode).toBe(400);
      expect(
        (await t.call(org.cookies.chen, 'POST', '/nurture-sequences/999999/enrol', { leadIds: [withEmail] }))
          .statusCode,
      ).toBe(404);
      expect(await nurtureFootprint(t)).toEqual(footprint);

      const res = await enrol(org.cookies.chen, [withEmail, noEmail, optedOut]);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toEqual({
        enrolled: [withEmail],
        skipped: [
          { leadId: noEmail, reason: 'noEmail' },
          { leadId: optedOut, reason: 'optedOut' },
        ],
      });
      expect((await enrol(org.cookies.chen, [withEmail])).json().skipped).toEqual([
        { leadId: withEmail, reason: 'alreadyEnrolled' },
      ]);
      const status = await t.call(
        org.cookies.li,
        'GET',
        `/nurturing-status?leadIds=${withEmail},${noEmail},${owned.id}`,
      );
      expect(status.json().items).toEqual([
        expect.objectContaining({
          leadId: withEmail,
          optedOut: false,
          enrolment: expect.objectContaining({ status: 'active' }),
        }),
        { leadId: noEmail, optedOut: false, enrolment: null },
      ]);
      expect(
        (await t.call(org.cookies.zhao, 'GET', `/nurturing-status?leadIds=${withEmail}`)).json().items,
      ).toEqual([]);
      await runSteps(t0);
      expect(mailsTo('cheng.pu@wu.example').length).toBe(1);
      expect((await nurturing(withEmail)).enrolment.status).toBe('completed');
    });

    it('retries a step the server could not take, and stops on a final refusal', async () => {
      await t.call(t.adminCookie, 'PUT', `/nurture-sequences/${sequence.id}`, {
        name: '华东培育',
        enrolPoolId: pool.id,
        steps: [{ templateId: templates.welcome }, { templateId: templates.cases, delayDays: 1 }],
      });
      const t0 = at('2030-11-01T09:00:00');
      const flaky = await pooledLead(t0, { name: '太史慈', email: 'taishi.ci@wu.example' });
      await t.call(t.adminCookie, 'PATCH', '/email/smtp-settings', { port: 1 });
      expect((await runSteps(t0)).map((run) => run.outcome)).toEqual(['pending']);
      expect((await nurturing(flaky)).sends[0]).toMatchObject({
        status: 'retrying',
        attempts: 1,
        error: expect.stringMatching(/ECONNREFUSED/),
      });
      await t.call(t.adminCookie, 'PATCH', '/email/smtp-settings', { port: sink.port });
      await runSteps(plus(t0, HOUR_MS));
      expect(mailsTo('taishi.ci@wu.example').length).toBe(1);
      expect((await nurturing(flaky)).sends[0]).toMatchObject({ status: 'sent', attempts: 2, error: null });
      expect((await events(flaky)).filter((e) => e.event.code.startsWith('email.')).length).toBe(1);

      const gone = await pooledLead(t0, { name: '凌统', email: 'ling.tong@wu.example' });
      sink.refuse.add('ling.tong@wu.example');
      await runSteps(plus(t0, 2 * HOUR_MS));
      const after = await nurturing(gone);
      expect(after.sends[0]).toMatchObject({ status: 'failed', error: expect.stringMatching(/550/) });
      expect(after.enrolment).toMatchObject({ status: 'stopped', stopReason: 'sendFailed' });
      expect((await events(gone))[1]!.event).toMatchObject({
        code: 'email.failed',
        params: { to: 'ling.tong@wu.example', sequence: '华东培育', step: 1 },
      });
    });

    it('enrols the leads a recycle run brings into the pool', async () => {
      await t.database.db
        .updateTable('lead_pools')
        .set({ no_follow_up_days: 30 })
        .where('id', '=', pool.id)
        .execute();
      const t0 = at('2031-01-05T01:00:00');
      const stale = await atTime(plus(t0, -40 * DAY_MS), () =>
        createLead(t, { name: '丁奉', email: 'ding.feng@wu.example' }, org.cookies.wang),
      );
      await atTime(t0, () => recycleLeads(t.database, t0));
      expect((await leadOf(stale.id)).ownerId).toBeNull();
      // Recycled on Sunday at 1:00: its first email waits for the next working moment, Monday 9:00.
      const monday = at('2031-01-06T09:00:00');
      expect((await nurturing(stale.id)).enrolment).toMatchObject({
        status: 'active',
        nextDueAt: monday.toISOString(),
      });
      await runSteps(t0);
      expect(mailsTo('ding.feng@wu.example').length).toBe(0);
      await runSteps(monday);
      expect(mailsTo('ding.feng@wu.example').length).toBe(1);
    });

    it('stops emailing a converted lead, and its emails follow it to the account', async () => {
      const t0 = at('2031-01-20T09:00:00');
      const leadId = await pooledLead(t0, { name: '步骘', company: '淮阴步氏', email: 'bu.zhi@wu.example' });
      await runSteps(t0);
      expect(mailsTo('bu.zhi@wu.example').length).toBe(1);
      const converted = await t.call(t.adminCookie, 'POST', `/leads/${leadId}/convert`, {
        account: { mode: 'new' },
        contact: { mode: 'none' },
      });
      expect(converted.statusCode, converted.body).toBe(200);
      expect((await nurturing(leadId)).enrolment).toMatchObject({
        status: 'stopped',
        stopReason: 'converted',
      });
      const account = (await leadOf(leadId)).convertedAccount;
      const onAccount = (await t.call(t.adminCookie, 'GET', `/timeline?object=account&id=${account}`)).json()
        .items;
      expect(onAccount).toContainEqual(
        expect.objectContaining({ kind: 'event', event: expect.objectContaining({ code: 'email.sent' }) }),
      );
      await runSteps(plus(t0, 10 * DAY_MS));
      expect(mailsTo('bu.zhi@wu.example').length).toBe(1);
    });

    it('stops the leads of a sequence switched off', async () => {
      const t0 = at('2031-02-01T09:00:00');
      const leadId = await pooledLead(t0, { name: '朱桓', email: 'zhu.huan@wu.example' });
      expect((await nurturing(leadId)).enrolment.status).toBe('active');
      const off = await t.call(t.adminCookie, 'PUT', `/nurture-sequences/${sequence.id}`, {
        name: '华东培育',
        active: false,
        enrolPoolId: pool.id,
        steps: [{ templateId: templates.welcome }],
      });
      expect(off.statusCode, off.body).toBe(200);
      expect((await nurturing(leadId)).enrolment).toMatchObject({
        status: 'stopped',
        stopReason: 'sequenceOff',
      });
      const another = await pooledLead(t0, { name: '朱然', email: 'zhu.ran@wu.example' });
      expect((await nurturing(another)).enrolment).toBeNull();
      await runSteps(plus(t0, DAY_MS));
      expect(mailsTo('zhu.huan@wu.example').length).toBe(0);
    });
  });
}
