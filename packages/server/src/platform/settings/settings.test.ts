import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { DIALECTS } from '../../../test/support/test-database.ts';

const DEFAULTS = {
  company: { name: '', shortName: '', address: '', phone: '', taxId: '', logoUrl: null },
  locale: { defaultLocale: 'zh-CN', timezone: 'Asia/Shanghai', currency: 'CNY' },
};

for (const dialect of DIALECTS) {
  describe(`settings (${dialect})`, () => {
    let t: TestApp;
    let repCookie: string;
    const as = (cookie: string, method: InjectOptions['method'], url: string, payload?: unknown) =>
      t.app.inject({
        method,
        url: `/api/v1${url}`,
        headers: { cookie, 'accept-language': 'en' },
        ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }),
      });
    const admin = (method: InjectOptions['method'], url: string, payload?: unknown) =>
      as(t.adminCookie, method, url, payload);

    beforeAll(async () => {
      t = await createTestApp(dialect);
      const role = await t.database.db
        .selectFrom('roles')
        .select('id')
        .where('key', '=', 'salesRep')
        .executeTakeFirstOrThrow();
      await admin('POST', '/users', {
        username: 'settings.rep',
        name: 'Rep',
        roleIds: [role.id],
        password: 'rep-Password-1',
      });
      repCookie = await t.login('settings.rep', 'rep-Password-1');
    });
    afterAll(async () => t?.close());

    it('returns the defaults when nothing is stored', async () => {
      const res = await admin('GET', '/settings');
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual(DEFAULTS);
    });

    it('merges a partial change, audits it per key and emits setting.updated', async () => {
      const res = await admin('PATCH', '/settings', {
        company: {
          name: '  领航科技有限公司 ',
          taxId: '91310000MA1FL0000X',
          logoUrl: 'https://cdn.example.com/logo.png',
        },
        locale: { timezone: 'asia/urumqi' },
      });
      expect(res.statusCode, res.body).toBe(200);
      const expected = {
        company: {
          ...DEFAULTS.company,
          name: '领航科技有限公司',
          taxId: '91310000MA1FL0000X',
          logoUrl: 'https://cdn.example.com/logo.png',
        },
        locale: { ...DEFAULTS.locale, timezone: 'Asia/Urumqi' },
      };
      expect(res.json()).toEqual(expected);
      expect((await admin('GET', '/settings')).json()).toEqual(expected);

      const second = await admin('PATCH', '/settings', { company: { shortName: '领航' } });
      expect(second.json().company).toMatchObject({ name: '领航科技有限公司', shortName: '领航' });

      const audit = (await admin('GET', '/audit-log?entityType=setting')).json().items;
      expect(audit.map((e: { entityId: string }) => e.entityId)).toEqual(['company', 'locale', 'company']);
      expect(audit[0].changes).toEqual({ shortName: ['', '领航'] });
      expect(audit[1].changes).toEqual({ timezone: ['Asia/Shanghai', 'Asia/Urumqi'] });
      expect(audit[2].changes.name).toEqual(['', '领航科技有限公司']);
      const events = await t.database.db
        .selectFrom('outbox_events')
        .select(['type', 'aggregate_id'])
        .where('aggregate_type', '=', 'setting')
        .orderBy('id')
        .execute();
      expect(events).toEqual([
        { type: 'setting.updated', aggregate_id: 'company' },
        { type: 'setting.updated', aggregate_id: 'locale' },
        { type: 'setting.updated', aggregate_id: 'company' },
      ]);

      // No change, no audit entry.
      await admin('PATCH', '/settings', { company: { shortName: '领航' } });
      expect((await admin('GET', '/audit-log?entityType=setting')).json().items).toHaveLength(3);
    });

    it('refuses invalid values (400 for shape, 422 for an unknown time zone) and changes nothing', async () => {
      const before = (await admin('GET', '/settings')).json();
      const cases: Array<[unknown, string]> = [
        [{ locale: { currency: 'cny' } }, 'locale.currency'],
        [{ locale: { currency: 'YUAN' } }, 'locale.currency'],
        [{ locale: { defaultLocale: 'fr' } }, 'locale.defaultLocale'],
        [{ company: { logoUrl: 'javascript:alert(1)' } }, 'company.logoUrl'],
        [{ company: { unknown: 'x' } }, 'company'],
        [{ theme: 'dark' }, ''],
      ];
      for (const [payload, field] of cases) {
        const res = await admin('PATCH', '/settings', payload);
        expect(res.statusCode, JSON.stringify(payload)).toBe(400);
        expect(res.json().code).toBe('common.validation_failed');
        if (field) expect(res.json().errors.map((e: { field: string }) => e.field)).toContain(field);
      }
      for (const timezone of ['Mars/Olympus', '+08:00']) {
        const res = await admin('PATCH', '/settings', { company: { name: 'Changed' }, locale: { timezone } });
        expect(res.statusCode).toBe(422);
        expect(res.json().errors).toEqual([
          {
            field: 'locale.timezone',
            code: 'setting.unknown_timezone',
            message: `Unknown time zone: ${timezone} (use an IANA name such as Asia/Shanghai)`,
          },
        ]);
      }
      expect((await admin('GET', '/settings')).json()).toEqual(before);
    });

    it('any signed-in user reads /settings/public; only admins read or change /settings', async () => {
      const pub = await as(repCookie, 'GET', '/settings/public');
      expect(pub.statusCode).toBe(200);
      expect(pub.json().locale.timezone).toBe('Asia/Urumqi');
      expect((await as(repCookie, 'GET', '/settings')).statusCode).toBe(403);
      expect((await as(repCookie, 'PATCH', '/settings', { company: { name: 'x' } })).statusCode).toBe(403);
      expect((await t.app.inject({ method: 'GET', url: '/api/v1/settings/public' })).statusCode).toBe(401);
    });

    it('new users default to the company language', async () => {
      await admin('PATCH', '/settings', { locale: { defaultLocale: 'en' } });
      const res = await admin('POST', '/users', { username: 'english', name: 'English', roleIds: [] });
      expect(res.json().user.locale).toBe('en');
      await admin('PATCH', '/settings', { locale: { defaultLocale: 'zh-CN' } });
    });

    it('falls back to defaults for a stored value that is unreadable', async () => {
      await t.database.db
        .updateTable('settings')
        .set({ value: JSON.stringify({ name: 42, phone: '021-1234' }) })
        .where('key', '=', 'company')
        .execute();
      const res = await admin('GET', '/settings');
      expect(res.statusCode).toBe(200);
      expect(res.json().company).toEqual({ ...DEFAULTS.company, phone: '021-1234' });
    });
  });
}
