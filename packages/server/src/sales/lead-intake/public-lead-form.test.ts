import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertUser } from '../../../test/support/org-fixtures.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { DIALECTS } from '../../../test/support/test-database.ts';
import { registerLeadIntakeHook } from './lead-intake-hooks.ts';

const SITE = 'https://www.example-site.cn';
const LIMITS = { perIp: 8, perToken: 40, windowSeconds: 60, bodyLimit: 2048 };

type Form = { id: number; token: string; version: number };

for (const dialect of DIALECTS) {
  describe(`public web-to-lead endpoint (${dialect})`, () => {
    let t: TestApp;
    let form: Form;
    let ipCounter = 0;
    /** A fresh client address per call site, so that one test's requests never count against another's. */
    const nextIp = () => {
      ipCounter += 1;
      return `198.51.100.${ipCounter}`;
    };

    const createForm = async (body: Record<string, unknown> = {}): Promise<Form> => {
      const res = await t.call(t.adminCookie, 'POST', '/lead-forms', {
        name: '官网咨询',
        fields: [
          { field: 'name', required: true },
          { field: 'company' },
          { field: 'phone', required: true },
          { field: 'email' },
          { field: 'description' },
        ],
        allowedOrigins: [SITE],
        campaign: '2025 春季展会',
        thankYou: { 'zh-CN': '谢谢，我们会尽快联系您。', en: 'Thanks, we will call you.' },
        ...body,
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json();
    };

    const submit = (
      token: string,
      payload: string | Record<string, unknown>,
      options: { origin?: string; ip?: string; headers?: Record<string, string> } = {},
    ): Promise<LightMyRequestResponse> =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/public/lead-forms/${token}/submissions`,
        remoteAddress: options.ip ?? nextIp(),
        headers: {
          ...(typeof payload === 'string' ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
          ...(options.origin ? { origin: options.origin } : {}),
          ...options.headers,
        },
        payload,
      });

    const leadCount = () => t.rowCount('obj_lead');
    const lastLead = async () => {
      const { id } = await t.database.db
        .selectFrom('obj_lead' as never)
        .select((eb) => eb.fn.max('id' as never).as('id'))
        .executeTakeFirstOrThrow();
      const res = await t.call(t.adminCookie, 'GET', `/objects/lead/records/${id}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as Record<string, unknown>;
    };

    beforeAll(async () => {
      t = await createTestApp(dialect, { leadForms: LIMITS });
      form = await createForm();
    });
    afterAll(async () => t?.close());

    it('takes a form-encoded submission from an allowed site, with source, campaign, UTM and referrer', async () => {
      const body = new URLSearchParams({
        name: '周杰',
        company: '苏州新程精密制造有限公司',
        phone: '+86 139 1234 5678',
        email: 'zhou.jie@xincheng.example.cn',
        lf_page: `${SITE}/landing/mes?utm_source=baidu&utm_medium=cpc&utm_campaign=mes-2025&utm_term=MES%E7%B3%BB%E7%BB%9F`,
        lf_referrer: 'https://www.baidu.com/s?wd=mes',
        lf_website: '',
      }).toString();
      const before = await leadCount();
      const res = await submit(form.token, body, { origin: SITE });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toEqual({ ok: true, message: '谢谢，我们会尽快联系您。' });
      expect(res.headers['access-control-allow-origin']).toBe(SITE);
      expect(res.headers.vary).toContain('Origin');
      expect(await leadCount()).toBe(before + 1);
      expect(await lastLead()).toMatchObject({
        name: '周杰',
        company: '苏州新程精密制造有限公司',
        phone: '13912345678',
        email: 'zhou.jie@xincheng.example.cn',
        source: 'webForm',
        campaign: '2025 春季展会',
        utmSource: 'baidu',
        utmMedium: 'cpc',
        utmCampaign: 'mes-2025',
        utmTerm: 'MES系统',
        utmContent: null,
        referrer: 'https://www.baidu.com/s?wd=mes',
        ownerId: null,
        duplicateOf: null,
      });
    });

    it('takes JSON too; UTM values in the body win over the page address, the page stands in for a missing referrer', async () => {
      const res = await submit(
        form.token,
        {
          name: 'Li Na',
          phone: '13800001111',
          utm_source: 'wechat',
          lf_page: `${SITE}/contact?utm_source=ignored&utm_content=banner-a`,
        },
        { origin: SITE },
      );
      expect(res.statusCode, res.body).toBe(201);
      expect(await lastLead()).toMatchObject({
        name: 'Li Na',
        utmSource: 'wechat',
        utmContent: 'banner-a',
        referrer: `${SITE}/contact?utm_source=ignored&utm_content=banner-a`,
      });
    });

    it('answers a CORS preflight for allowed origins only', async () => {
      const preflight = (origin: string, token = form.token) =>
        t.app.inject({
          method: 'OPTIONS',
          url: `/api/v1/public/lead-forms/${token}/submissions`,
          headers: {
            origin,
            'access-control-request-method': 'POST',
            'access-control-request-headers': 'content-type',
          },
        });
      const allowed = await preflight(SITE);
      expect(allowed.statusCode).toBe(204);
      expect(allowed.headers).toMatchObject({
        'access-control-allow-origin': SITE,
        'access-control-allow-methods': 'POST',
      });
      const refused = await preflight('https://evil.example.com');
      expect(refused.statusCode).toBe(403);
      expect(refused.headers['access-control-allow-origin']).toBeUndefined();
      expect((await preflight(SITE, 'no-such-token')).statusCode).toBe(404);
    });

    it('refuses a post from a site that is not allowed, and stores nothing', async () => {
      const before = await leadCount();
      const res = await submit(form.token, 'name=%E5%BC%A0%E4%B8%89&phone=13900000000', {
        origin: 'https://evil.example.com',
      });
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({
        code: 'lead_form.origin_not_allowed',
        detail: '该网站不允许提交此表单',
      });
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
      expect(await leadCount()).toBe(before);
    });

    it('answers a missing, wrong or regenerated token with 404 and an inactive form with 403, storing nothing', async () => {
      const before = await leadCount();
      const body = 'name=%E7%8E%8B%E4%BA%94&phone=13900000001';
      for (const url of [
        '/api/v1/public/lead-forms//submissions',
        '/api/v1/public/lead-forms/submissions',
        '/api/v1/public/lead-forms/not-a-real-token/submissions',
      ]) {
        const res = await t.app.inject({
          method: 'POST',
          url,
          remoteAddress: nextIp(),
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          payload: body,
        });
        expect(res.statusCode, url).toBe(404);
      }
      const other = await createForm({ name: '停用的表单' });
      const paused = await t.call(t.adminCookie, 'PATCH', `/lead-forms/${other.id}`, {
        version: other.version,
        active: false,
      });
      expect(paused.statusCode, paused.body).toBe(200);
      const inactive = await submit(other.token, body, { origin: SITE });
      expect(inactive.statusCode).toBe(403);
      expect(inactive.json().code).toBe('lead_form.inactive');

      const renewed = await t.call(t.adminCookie, 'POST', `/lead-forms/${other.id}/token`);
      expect(renewed.statusCode).toBe(200);
      expect(renewed.json().token).not.toBe(other.token);
      expect((await submit(other.token, body)).statusCode).toBe(404);
      expect(await leadCount()).toBe(before);
    });

    it('answers an oversized body with 413 and stores nothing', async () => {
      const before = await leadCount();
      const res = await submit(
        form.token,
        `name=%E8%B5%B5%E5%85%AD&phone=13900000002&description=${'x'.repeat(LIMITS.bodyLimit)}`,
        { origin: SITE },
      );
      expect(res.statusCode).toBe(413);
      expect(res.json().code).toBe('common.body_too_large');
      expect(res.headers['access-control-allow-origin']).toBe(SITE);
      const json = await submit(form.token, {
        name: '赵六',
        phone: '13900000002',
        description: 'x'.repeat(4000),
      });
      expect(json.statusCode).toBe(413);
      expect(await leadCount()).toBe(before);
    });

    it('answers invalid and missing values with 400 naming each field, in the form’s language, storing nothing', async () => {
      const before = await leadCount();
      const res = await submit(form.token, 'name=&phone=12345&email=not-an-email', {
        origin: SITE,
        headers: { 'accept-language': 'en' },
      });
      expect(res.statusCode).toBe(400);
      const problem = res.json();
      expect(problem.code).toBe('common.validation_failed');
      const byField = Object.fromEntries(
        problem.errors.map((e: { field: string; code: string; message: string }) => [e.field, e]),
      );
      expect(byField.name).toMatchObject({ code: 'lead_form.required', message: '请填写此项' });
      expect(byField.phone).toMatchObject({ code: 'value.invalid_phone' });
      expect(byField.email).toMatchObject({ code: 'value.invalid_email' });
      expect(res.headers['access-control-allow-origin']).toBe(SITE);

      const onlyPhone = await submit(form.token, { name: '孙七', phone: '010-1234' });
      expect(onlyPhone.statusCode).toBe(400);
      expect(onlyPhone.json().errors).toEqual([
        expect.objectContaining({ field: 'phone', code: 'value.invalid_phone' }),
      ]);
      const notAnObject = await submit(form.token, [1, 2, 3] as unknown as Record<string, unknown>);
      expect(notAnObject.statusCode).toBe(400);
      const wrongType = await t.app.inject({
        method: 'POST',
        url: `/api/v1/public/lead-forms/${form.token}/submissions`,
        remoteAddress: nextIp(),
        headers: { 'content-type': 'text/plain' },
        payload: 'name=x',
      });
      expect(wrongType.statusCode).toBe(415);
      expect(await leadCount()).toBe(before);
    });

    it('ignores fields the form does not ask for', async () => {
      const res = await submit(form.token, {
        name: '吴八',
        phone: '13900000003',
        status: 'converted',
        title: 'CEO',
      });
      expect(res.statusCode, res.body).toBe(201);
      expect(await lastLead()).toMatchObject({ name: '吴八', status: 'new', title: null });
    });

    it('answers a filled honeypot like a success and stores nothing', async () => {
      const before = await leadCount();
      const res = await submit(
        form.token,
        'name=Bot&phone=13900000004&lf_website=http%3A%2F%2Fspam.example.com',
        { origin: SITE },
      );
      expect(res.statusCode).toBe(201);
      expect(res.json()).toEqual({ ok: true, message: '谢谢，我们会尽快联系您。' });
      expect(await leadCount()).toBe(before);
    });

    it('stores script payloads as plain text', async () => {
      const payload = '<script>alert("xss")</script>';
      const res = await submit(form.token, {
        name: payload,
        company: '<img src=x onerror=alert(1)>',
        phone: '13900000005',
        description: `</textarea>${payload}`,
      });
      expect(res.statusCode, res.body).toBe(201);
      expect(await lastLead()).toMatchObject({
        name: payload,
        company: '<img src=x onerror=alert(1)>',
        description: `</textarea>${payload}`,
      });
      // A script URL is no referrer: it is dropped, not stored.
      await submit(form.token, { name: '郑九', phone: '13900000006', lf_referrer: 'javascript:alert(1)' });
      expect(await lastLead()).toMatchObject({ name: '郑九', referrer: null });
    });

    it('limits submissions per address with 429 and Retry-After, storing nothing past the limit', async () => {
      const ip = '203.0.113.10';
      const own = await createForm({ name: '按地址限流' });
      const before = await leadCount();
      const answers: number[] = [];
      for (let i = 0; i < LIMITS.perIp + 5; i += 1) {
        const res = await submit(
          own.token,
          { name: `刷单${i}`, phone: `1370000${String(i).padStart(4, '0')}` },
          {
            ip,
            origin: SITE,
          },
        );
        answers.push(res.statusCode);
        if (res.statusCode === 429) {
          expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
          expect(res.json().code).toBe('lead_form.rate_limited');
        }
      }
      expect(answers.filter((s) => s === 201)).toHaveLength(LIMITS.perIp);
      expect(answers.slice(LIMITS.perIp).every((s) => s === 429)).toBe(true);
      expect(await leadCount()).toBe(before + LIMITS.perIp);
      // Another address is not held back.
      expect((await submit(own.token, { name: '正常访客', phone: '13611112222' })).statusCode).toBe(201);
    });

    it('limits submissions per form across addresses', async () => {
      const flooded = await createForm({ name: '被刷的表单' });
      const before = await leadCount();
      const answers: number[] = [];
      for (let i = 0; i < LIMITS.perToken + 10; i += 1) {
        const res = await submit(flooded.token, {
          name: `访客${i}`,
          phone: `1360000${String(i).padStart(4, '0')}`,
        });
        answers.push(res.statusCode);
      }
      expect(answers.filter((s) => s === 201)).toHaveLength(LIMITS.perToken);
      expect(answers.filter((s) => s === 429)).toHaveLength(10);
      expect(await leadCount()).toBe(before + LIMITS.perToken);
      // Other forms still take submissions.
      expect((await submit(form.token, { name: '别的表单', phone: '13622223333' })).statusCode).toBe(201);
    });

    it('runs the intake hooks in the intake transaction, with the form and its rule set', async () => {
      const withRules = await createForm({ name: '华东活动', ruleSetId: 7 });
      const seen: Array<{
        leadId: number;
        form?: { id: number; ruleSetId: number | null };
        channel: string;
      }> = [];
      const remove = registerLeadIntakeHook(async ({ trx, leadId, form: f, channel }) => {
        const row = await trx
          .selectFrom('obj_lead' as never)
          .select('id' as never)
          .where('id' as never, '=', leadId as never)
          .executeTakeFirst();
        expect(row).toBeDefined();
        seen.push({ leadId, ...(f ? { form: f } : {}), channel });
        if ((await lastLeadName(trx, leadId)) === '让钩子失败') throw new Error('hook failed');
      });
      try {
        const res = await submit(withRules.token, { name: '钱十', phone: '13900000007' });
        expect(res.statusCode, res.body).toBe(201);
        expect(seen).toEqual([
          { leadId: (await lastLead()).id, form: { id: withRules.id, ruleSetId: 7 }, channel: 'webForm' },
        ]);
        const before = await leadCount();
        const failing = await submit(withRules.token, { name: '让钩子失败', phone: '13900000008' });
        expect(failing.statusCode).toBe(500);
        expect(await leadCount()).toBe(before);
      } finally {
        remove();
      }
    });

    it('refuses bad input to a form that assigns its leads without storing anything, and never echoes a script back as HTML', async () => {
      const ruleSet = await t.call(t.adminCookie, 'POST', '/lead-assignment/rule-sets', {
        name: '表单分配',
        rules: [{ name: '全部给管理员', strategy: 'user', userId: 1 }],
      });
      expect(ruleSet.statusCode, ruleSet.body).toBe(201);
      const assigning = await createForm({ name: '带分配的表单', ruleSetId: ruleSet.json().id });
      const tables = [
        'obj_lead',
        'obj_task',
        'notifications',
        'lead_assignment_log',
        'lead_custody',
        'record_history',
        'timeline_entries',
        'jobs',
        'outbox_events',
      ];
      const footprint = async () =>
        Object.fromEntries(await Promise.all(tables.map(async (table) => [table, await t.rowCount(table)])));
      const before = await footprint();
      const script = '<script>alert(document.cookie)</script>';
      const refusals = [
        await submit(assigning.token, { name: script, phone: script, email: script }, { origin: SITE }),
        await submit(assigning.token, `name=${encodeURIComponent(script)}&phone=1`, { origin: SITE }),
        await submit(assigning.token, { name: script, phone: '13900000010', description: 'x'.repeat(4000) }),
        await t.app.inject({
          method: 'POST',
          url: `/api/v1/public/lead-forms/${encodeURIComponent(script)}/submissions`,
          remoteAddress: nextIp(),
          payload: { name: script, phone: '13900000011' },
        }),
        await t.app.inject({
          method: 'POST',
          url: `/api/v1/public/lead-forms/${assigning.token}/submissions`,
          remoteAddress: nextIp(),
          headers: { 'content-type': 'application/json' },
          payload: `{"name": "${script}", "phone": `,
        }),
      ];
      expect(refusals.map((res) => res.statusCode)).toEqual([400, 400, 413, 404, 400]);
      for (const res of refusals) {
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(res.headers['x-content-type-options']).toBe('nosniff');
        expect(res.body).not.toContain('<script');
      }
      expect(
        refusals[0]!
          .json()
          .errors.map((e: { field: string }) => e.field)
          .sort(),
      ).toEqual(['email', 'phone']);
      expect(await footprint()).toEqual(before);

      // A flood of scripted submissions from one address: the ones past the limit store nothing either.
      const flood: number[] = [];
      for (let i = 0; i < LIMITS.perIp + 3; i += 1) {
        const res = await submit(
          assigning.token,
          { name: `${script}${i}`, phone: `1350000${String(i).padStart(4, '0')}` },
          { ip: '203.0.113.77', origin: SITE },
        );
        flood.push(res.statusCode);
        if (res.statusCode === 429) expect(res.body).not.toContain('<script');
      }
      expect(flood.filter((status) => status === 201)).toHaveLength(LIMITS.perIp);
      expect(flood.slice(LIMITS.perIp)).toEqual([429, 429, 429]);
      const after = await footprint();
      expect(after.obj_lead).toBe(before.obj_lead + LIMITS.perIp);
      // Each accepted lead has its one task and log row; the refused ones left nothing.
      expect(after.obj_task).toBe(before.obj_task + LIMITS.perIp);
      expect(after.lead_assignment_log).toBe(before.lead_assignment_log + LIMITS.perIp);
      // The accepted ones keep the script as text.
      expect((await lastLead()).name).toBe(`${script}${LIMITS.perIp - 1}`);
    });

    it('assigns a form’s lead by the form’s rule set alone, when another set applies on create', async () => {
      const onCreate = await t.call(t.adminCookie, 'POST', '/lead-assignment/rule-sets', {
        name: '新建时分配',
        assignOnCreate: true,
        rules: [{ name: '全部给管理员', strategy: 'user', userId: 1 }],
      });
      expect(onCreate.statusCode, onCreate.body).toBe(201);
      const rep = await insertUser(t.database.db, { username: 'form.rep', roles: ['salesRep'] });
      const formSet = await t.call(t.adminCookie, 'POST', '/lead-assignment/rule-sets', {
        name: '表单专属',
        rules: [{ name: '全部给销售', strategy: 'user', userId: rep }],
      });
      expect(formSet.statusCode, formSet.body).toBe(201);
      try {
        const own = await createForm({ name: '专属分配表单', ruleSetId: formSet.json().id });
        const res = await submit(own.token, { name: '只分一次', phone: '13700000001' }, { origin: SITE });
        expect(res.statusCode, res.body).toBe(201);
        const lead = await lastLead();
        expect(lead).toMatchObject({ name: '只分一次', ownerId: rep, version: 1 });
        const log = await t.call(t.adminCookie, 'GET', `/leads/${lead.id}/assignments`);
        expect(log.json().items).toEqual([
          expect.objectContaining({
            outcome: 'assigned',
            channel: 'webForm',
            user: expect.objectContaining({ id: rep }),
          }),
        ]);
        const tasks = await t.database.db
          .selectFrom('obj_task' as never)
          .select('owner_id' as never)
          .where('lead_id' as never, '=', lead.id as never)
          .execute();
        expect(tasks).toEqual([{ owner_id: rep }]);
      } finally {
        await t.database.db.updateTable('lead_rule_sets').set({ assign_on_create: false }).execute();
      }
    });

    it('serves the embed script to any site', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/api/v1/public/lead-forms/embed.js' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('text/javascript');
      expect(res.headers['cross-origin-resource-policy']).toBe('cross-origin');
      expect(res.body).toContain('data-lodestar-form');
      expect(res.body).not.toContain('innerHTML');
    });
  });
}

async function lastLeadName(trx: unknown, leadId: number): Promise<string> {
  const row = await (trx as import('kysely').Kysely<Record<string, { id: number; name: string }>>)
    .selectFrom('obj_lead')
    .select('name')
    .where('id', '=', leadId)
    .executeTakeFirstOrThrow();
  return row.name;
}
