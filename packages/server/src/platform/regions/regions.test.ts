import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { DIALECTS } from '../../../test/support/test-database.ts';

for (const dialect of DIALECTS) {
  describe(`regions API (${dialect})`, () => {
    let t: TestApp;
    const get = (url: string, locale = 'en') =>
      t.app.inject({
        method: 'GET',
        url: `/api/v1${url}`,
        headers: { cookie: t.adminCookie, 'accept-language': locale },
      });

    beforeAll(async () => {
      t = await createTestApp(dialect);
    });
    afterAll(async () => t?.close());

    it('lists the 31 provinces when no parent is given, cacheable for a day', async () => {
      const res = await get('/regions');
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['cache-control']).toBe('public, max-age=86400');
      const { items } = res.json();
      expect(items).toHaveLength(31);
      expect(items[0]).toEqual({ code: '110000', name: '北京市', level: 'province', hasChildren: true });
      expect(items.map((r: { code: string }) => r.code)).not.toContain('810000');
    });

    it('lists the children of 上海市 and of its 市辖区', async () => {
      const city = await get('/regions?parent=310000');
      expect(city.json()).toEqual({
        items: [{ code: '310100', name: '市辖区', level: 'city', hasChildren: true }],
      });
      const districts = (await get('/regions?parent=310100')).json().items;
      expect(districts).toHaveLength(16);
      expect(districts).toContainEqual({
        code: '310115',
        name: '浦东新区',
        level: 'district',
        hasChildren: false,
      });
      expect((await get('/regions?parent=310115')).json()).toEqual({ items: [] });
    });

    it('returns a district with its path and display name, in Chinese in both languages', async () => {
      const expected = {
        code: '310115',
        name: '浦东新区',
        level: 'district',
        path: [
          { code: '310000', name: '上海市' },
          { code: '310100', name: '市辖区' },
          { code: '310115', name: '浦东新区' },
        ],
        fullName: '上海市浦东新区',
      };
      for (const locale of ['en', 'zh-CN']) {
        const res = await get('/regions/310115', locale);
        expect(res.statusCode).toBe(200);
        expect(res.json()).toEqual(expected);
        expect(res.headers['cache-control']).toBe('public, max-age=86400');
      }
    });

    it('searches by Chinese name, best matches first, within the limit', async () => {
      const res = await get(`/regions/search?q=${encodeURIComponent('浦东')}`);
      expect(res.statusCode).toBe(200);
      expect(res.json().items).toEqual([
        {
          code: '310115',
          name: '浦东新区',
          level: 'district',
          path: [
            { code: '310000', name: '上海市' },
            { code: '310100', name: '市辖区' },
            { code: '310115', name: '浦东新区' },
          ],
          fullName: '上海市浦东新区',
          hasChildren: false,
        },
      ]);
      const chaoyang = (await get(`/regions/search?q=${encodeURIComponent('朝阳区')}`)).json().items;
      expect(chaoyang.map((r: { fullName: string }) => r.fullName)).toEqual([
        '北京市朝阳区',
        '吉林省长春市朝阳区',
      ]);
      const limited = (await get(`/regions/search?q=${encodeURIComponent('市')}&limit=5`)).json().items;
      expect(limited).toHaveLength(5);
      expect((await get('/regions/search?q=zzz')).json()).toEqual({ items: [] });
    });

    it('answers 404 problem+json for an unknown code, translated', async () => {
      const res = await get('/regions/999999');
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.json()).toMatchObject({
        code: 'region.not_found',
        detail: 'No administrative division has the code 999999',
      });
      expect(res.headers['cache-control']).toBeUndefined();
      const zh = await get('/regions?parent=310199', 'zh-CN');
      expect(zh.statusCode).toBe(404);
      expect(zh.json()).toMatchObject({ code: 'region.not_found', detail: '行政区划代码不存在：310199' });
    });

    it('answers 400 for malformed codes and queries, never 500', async () => {
      const urls = [
        '/regions/31011',
        '/regions/3101150',
        '/regions/abcdef',
        `/regions/${encodeURIComponent('３１０１１５')}`,
        `/regions/${encodeURIComponent("310115' or 1=1")}`,
        '/regions?parent=',
        '/regions?parent=31',
        '/regions?parent=310000&extra=1',
        '/regions/search',
        '/regions/search?q=',
        '/regions/search?q=%20%20',
        `/regions/search?q=${'浦'.repeat(41)}`,
        '/regions/search?q=a&limit=0',
        '/regions/search?q=a&limit=101',
        '/regions/search?q=a&limit=ten',
      ];
      for (const url of urls) {
        const res = await get(url);
        expect(res.statusCode, url).toBe(400);
        expect(res.json().code, url).toBe('common.validation_failed');
        expect(res.headers['content-type'], url).toMatch(/^application\/problem\+json/);
      }
    });

    it('answers any code or query with 200, 400 or 404 — never 500', async () => {
      await fc.assert(
        fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 12 }), async (text) => {
          const value = encodeURIComponent(text);
          for (const url of [`/regions/${value}`, `/regions?parent=${value}`, `/regions/search?q=${value}`]) {
            const res = await get(url);
            expect([200, 400, 404], `${url} ${res.body}`).toContain(res.statusCode);
          }
        }),
        { numRuns: 60 },
      );
    });

    it('requires a signed-in user', async () => {
      for (const url of ['/regions', '/regions/310115', '/regions/search?q=a']) {
        const res = await t.app.inject({ method: 'GET', url: `/api/v1${url}` });
        expect(res.statusCode, url).toBe(401);
        expect(res.json().code).toBe('auth.unauthenticated');
        expect(res.headers['cache-control'], url).toBeUndefined();
      }
    });

    it('is documented in the OpenAPI document', async () => {
      const doc = (await get('/openapi.json')).json();
      expect(Object.keys(doc.paths)).toEqual(
        expect.arrayContaining(['/api/v1/regions', '/api/v1/regions/search', '/api/v1/regions/{code}']),
      );
    });
  });
}
