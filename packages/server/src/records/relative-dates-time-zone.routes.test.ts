import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/test-app.ts';
import { DIALECTS } from '../../test/support/test-database.ts';

/** 16:30 UTC on 1 April 2025: 00:30 on 2 April in Shanghai, 09:30 on 1 April in Los Angeles. */
const NEAR_MIDNIGHT = new Date('2025-04-01T16:30:00Z');

for (const dialect of DIALECTS) {
  describe(`relative dates in the viewer's time zone (${dialect})`, () => {
    let t: TestApp;
    const call = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
      t.app.inject({
        method,
        url: `/api/v1${url}`,
        headers: { cookie: t.adminCookie },
        ...(payload ? { payload } : {}),
      });
    const dueToday = async () => {
      const filter = encodeURIComponent(
        JSON.stringify({ field: 'due', op: 'eq', value: { relative: 'today' } }),
      );
      const res = await call('GET', `/objects/chore/records?filter=${filter}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json().data.map((r: { title: string }) => r.title);
    };

    beforeAll(async () => {
      t = await createTestApp(dialect);
      expect(
        (await call('POST', '/objects', { apiName: 'chore', label: { 'zh-CN': '杂务' } })).statusCode,
      ).toBe(201);
      for (const field of [
        { apiName: 'title', type: 'text', label: { 'zh-CN': '标题' } },
        { apiName: 'due', type: 'date', label: { 'zh-CN': '到期' } },
      ]) {
        expect((await call('POST', '/objects/chore/fields', field)).statusCode).toBe(201);
      }
      for (const [title, due] of [
        ['April 1', '2025-04-01'],
        ['April 2', '2025-04-02'],
      ]) {
        expect((await call('POST', '/objects/chore/records', { title, due })).statusCode).toBe(201);
      }
    });
    afterEach(() => {
      vi.useRealTimers();
    });
    afterAll(async () => t?.close());

    it('reads "today" in the company time zone: a different day on either side of the world', async () => {
      vi.useFakeTimers({ now: NEAR_MIDNIGHT, toFake: ['Date'] });
      expect(await dueToday()).toEqual(['April 2']);

      const changed = await call('PATCH', '/settings', { locale: { timezone: 'America/Los_Angeles' } });
      expect(changed.statusCode, changed.body).toBe(200);
      expect(await dueToday()).toEqual(['April 1']);

      const back = await call('PATCH', '/settings', { locale: { timezone: 'Asia/Shanghai' } });
      expect(back.statusCode, back.body).toBe(200);
      expect(await dueToday()).toEqual(['April 2']);
    });

    it('reads "today" in the user\'s own time zone when they set one, else the company\'s', async () => {
      vi.useFakeTimers({ now: NEAR_MIDNIGHT, toFake: ['Date'] });
      const own = await call('PATCH', '/me', { timeZone: 'america/los_angeles' });
      expect(own.statusCode, own.body).toBe(200);
      expect(own.json().timeZone).toBe('America/Los_Angeles');
      expect(await dueToday()).toEqual(['April 1']);

      const refused = await call('PATCH', '/me', { timeZone: 'Mars/Olympus' });
      expect(refused.statusCode).toBe(400);
      expect(refused.json().errors).toEqual([
        expect.objectContaining({ field: 'timeZone', code: 'setting.unknown_timezone' }),
      ]);
      expect((await call('GET', '/me')).json().timeZone).toBe('America/Los_Angeles');

      const cleared = await call('PATCH', '/me', { timeZone: null });
      expect(cleared.json().timeZone).toBeNull();
      expect(await dueToday()).toEqual(['April 2']);
    });

    it('refuses an unknown time zone (422) and keeps reading dates in the current one', async () => {
      vi.useFakeTimers({ now: NEAR_MIDNIGHT, toFake: ['Date'] });
      const refused = await call('PATCH', '/settings', { locale: { timezone: 'Mars/Olympus' } });
      expect(refused.statusCode).toBe(422);
      expect(await dueToday()).toEqual(['April 2']);
    });
  });
}
