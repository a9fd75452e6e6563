import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_PASSWORD, insertUser } from '../../../test/support/org-fixtures.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { DIALECTS } from '../../../test/support/test-database.ts';

for (const dialect of DIALECTS) {
  describe(`lead form settings (${dialect})`, () => {
    let t: TestApp;
    let repCookie: string;
    const admin = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown) =>
      t.call(t.adminCookie, method, url, payload);

    beforeAll(async () => {
      t = await createTestApp(dialect);
      await insertUser(t.database.db, { username: 'rep', roles: ['salesRep'] });
      repCookie = await t.login('rep', FIXTURE_PASSWORD);
      // A custom lead field a form may ask for.
      const field = await admin('POST', '/objects/lead/fields', {
        apiName: 'budget',
        type: 'number',
        label: { 'zh-CN': '预算', en: 'Budget' },
      });
      expect(field.statusCode, field.body).toBe(201);
    });
    afterAll(async () => t?.close());

    it('creates a form with defaults, labels from the fields and a random token', async () => {
      const res = await admin('POST', '/lead-forms', {
        name: '官网留言',
        fields: [
          { field: 'name' },
          { field: 'phone', required: true, label: { 'zh-CN': '手机号', en: 'Mobile' } },
          { field: 'budget' },
        ],
        allowedOrigins: ['https://www.example.cn/', 'http://127.0.0.1:8080'],
      });
      expect(res.statusCode, res.body).toBe(201);
      const form = res.json();
      expect(form).toMatchObject({
        name: '官网留言',
        language: 'zh-CN',
        active: true,
        source: 'webForm',
        campaign: null,
        ruleSetId: null,
        allowedOrigins: ['https://www.example.cn', 'http://127.0.0.1:8080'],
        submitLabel: { 'zh-CN': '提交', en: 'Submit' },
        fields: [
          { field: 'name', label: { 'zh-CN': '姓名', en: 'Name' }, required: true },
          { field: 'phone', label: { 'zh-CN': '手机号', en: 'Mobile' }, required: true },
          { field: 'budget', label: { 'zh-CN': '预算', en: 'Budget' }, required: false },
        ],
      });
      expect(form.token).toMatch(/^[A-Za-z0-9_-]{24}$/);
      const other = (
        await admin('POST', '/lead-forms', { name: '另一个', fields: [{ field: 'name' }] })
      ).json();
      expect(other.token).not.toBe(form.token);
      const list = (await admin('GET', '/lead-forms')).json().items;
      expect(list.map((f: { id: number }) => f.id)).toEqual([form.id, other.id]);
      expect((await admin('GET', `/lead-forms/${form.id}`)).json()).toEqual(form);
      const audit = (await admin('GET', '/audit-log?entityType=leadForm')).json().items;
      expect(audit.length).toBeGreaterThanOrEqual(2);
    });

    it('refuses a form naming unknown, managed, automatic or repeated fields, without the name, or with bad origins', async () => {
      const before = await t.rowCount('lead_forms');
      const res = await admin('POST', '/lead-forms', {
        name: '坏表单',
        fields: [
          { field: 'phone' },
          { field: 'nope' },
          { field: 'convertedAt' },
          { field: 'utmSource' },
          { field: 'phone' },
          { field: 'region' },
        ],
        allowedOrigins: ['www.example.cn', 'https://example.cn/path', 'ftp://example.cn', '*'],
        source: 'carrierPigeon',
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors.map((e: { field: string; code: string }) => `${e.field} ${e.code}`)).toEqual([
        'fields.1.field lead_form.unknown_field',
        'fields.2.field lead_form.field_not_allowed',
        'fields.3.field lead_form.field_not_allowed',
        'fields.4.field lead_form.duplicate_field',
        'fields.5.field lead_form.field_not_allowed',
        'fields lead_form.name_required',
        'allowedOrigins.0 lead_form.invalid_origin',
        'allowedOrigins.1 lead_form.invalid_origin',
        'allowedOrigins.2 lead_form.invalid_origin',
        'source lead_form.unknown_source',
      ]);
      expect((await admin('POST', '/lead-forms', { name: '', fields: [] })).statusCode).toBe(400);
      expect(await t.rowCount('lead_forms')).toBe(before);
    });

    it('changes a form on its version, keeps the token, and regenerates it on request', async () => {
      const form = (await admin('POST', '/lead-forms', { name: '展会', fields: [{ field: 'name' }] })).json();
      const changed = await admin('PATCH', `/lead-forms/${form.id}`, {
        version: form.version,
        language: 'en',
        thankYou: { 'zh-CN': '谢谢', en: 'Thanks!' },
        campaign: 'Expo 2025',
        ruleSetId: 3,
        fields: [{ field: 'name' }, { field: 'email', required: true }],
      });
      expect(changed.statusCode, changed.body).toBe(200);
      expect(changed.json()).toMatchObject({
        version: form.version + 1,
        token: form.token,
        language: 'en',
        campaign: 'Expo 2025',
        ruleSetId: 3,
        thankYou: { 'zh-CN': '谢谢', en: 'Thanks!' },
      });
      const stale = await admin('PATCH', `/lead-forms/${form.id}`, { version: form.version, name: 'x' });
      expect(stale.statusCode).toBe(409);
      const unchanged = await admin('PATCH', `/lead-forms/${form.id}`, {
        version: form.version + 1,
        language: 'en',
      });
      expect(unchanged.json().version).toBe(form.version + 1);
      const renewed = await admin('POST', `/lead-forms/${form.id}/token`);
      expect(renewed.json().token).not.toBe(form.token);
      expect((await admin('PATCH', '/lead-forms/99999', { version: 1, name: 'x' })).statusCode).toBe(404);
      expect((await admin('DELETE', `/lead-forms/${form.id}`)).statusCode).toBe(204);
      expect((await admin('GET', `/lead-forms/${form.id}`)).statusCode).toBe(404);
      expect((await admin('DELETE', `/lead-forms/${form.id}`)).statusCode).toBe(404);
    });

    it('keeps the forms and the intake settings from sales reps', async () => {
      expect((await t.call(repCookie, 'GET', '/lead-forms')).statusCode).toBe(403);
      expect(
        (await t.call(repCookie, 'POST', '/lead-forms', { name: 'x', fields: [{ field: 'name' }] }))
          .statusCode,
      ).toBe(403);
      expect(
        (await t.call(repCookie, 'PATCH', '/lead-intake-settings', { duplicateMode: 'merge' })).statusCode,
      ).toBe(403);
    });

    it('reads and changes the duplicate mode', async () => {
      expect((await admin('GET', '/lead-intake-settings')).json()).toEqual({ duplicateMode: 'link' });
      const changed = await admin('PATCH', '/lead-intake-settings', { duplicateMode: 'merge' });
      expect(changed.json()).toEqual({ duplicateMode: 'merge' });
      expect((await admin('PATCH', '/lead-intake-settings', { duplicateMode: 'ignore' })).statusCode).toBe(
        400,
      );
      expect((await admin('GET', '/lead-intake-settings')).json()).toEqual({ duplicateMode: 'merge' });
    });
  });
}
