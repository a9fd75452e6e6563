import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_PASSWORD, insertUser, roleIdByKey } from '../../test/support/org-fixtures.ts';
import { createTestApp, type TestApp } from '../../test/support/test-app.ts';
import { DIALECTS } from '../../test/support/test-database.ts';
import { announceViewerChange } from '../platform/auth/viewer-version.ts';

const label = (text: string) => ({ 'zh-CN': text, en: text });

for (const dialect of DIALECTS) {
  describe(`formula fields (${dialect})`, () => {
    let t: TestApp;
    const admin = (method: InjectOptions['method'], url: string, payload?: unknown, locale = 'en') =>
      t.app.inject({
        method,
        url: `/api/v1${url}`,
        headers: { cookie: t.adminCookie, 'accept-language': locale },
        ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }),
      });
    const addField = (apiName: string, type: string, options: unknown = {}) =>
      admin('POST', '/objects/fdeal/fields', { apiName, type, label: label(apiName), options });
    const addFormula = (apiName: string, expression: string, resultType: string) =>
      addField(apiName, 'formula', { expression, resultType });
    const fieldNames = async () =>
      (await admin('GET', '/objects/fdeal')).json().fields.map((f: { apiName: string }) => f.apiName);
    const list = async (query: string) => {
      const res = await admin('GET', `/objects/fdeal/records?${query}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as { data: Array<Record<string, unknown>>; nextCursor: string | null };
    };
    const titles = async (query: string) => (await list(query)).data.map((r) => r.title);
    const filter = (json: unknown) => `filter=${encodeURIComponent(JSON.stringify(json))}&sort=title`;

    beforeAll(async () => {
      t = await createTestApp(dialect);
      expect((await admin('POST', '/objects', { apiName: 'fdeal', label: label('商机') })).statusCode).toBe(
        201,
      );
      for (const [name, type] of [
        ['title', 'text'],
        ['amount', 'currency'],
        ['discount', 'percent'],
        ['qty', 'number'],
        ['startOn', 'date'],
        ['endOn', 'date'],
        ['won', 'boolean'],
        ['tags', 'multiSelect'],
      ] as const) {
        const options = type === 'multiSelect' ? { choices: [{ value: 'vip', label: label('VIP') }] } : {};
        const res = await addField(name, type, options);
        expect(res.statusCode, res.body).toBe(201);
      }
      for (const record of [
        {
          title: 'a',
          amount: '100.00',
          discount: 10,
          qty: 2,
          startOn: '2024-01-01',
          endOn: '2024-01-31',
          won: true,
        },
        {
          title: 'b',
          amount: '250.50',
          discount: 0,
          qty: 0,
          startOn: '2024-03-01',
          endOn: '2024-03-02',
          won: false,
        },
        { title: 'c', startOn: '2024-05-01' },
        { title: 'd', amount: '33.33', discount: 50, qty: 3, startOn: '2023-12-31', endOn: '2024-01-01' },
      ]) {
        expect((await admin('POST', '/objects/fdeal/records', record)).statusCode).toBe(201);
      }
    });
    afterAll(async () => t?.close());

    it('refuses bad formulas with a 400 on options.expression and writes nothing', async () => {
      const before = await fieldNames();
      const cases: Array<[string, string, string]> = [
        ['amount * missing', 'number', 'formula.unknown_field'],
        ['amount * (1 +', 'number', 'formula.syntax'],
        ['title * 2', 'number', 'formula.type_mismatch'],
        ['title', 'number', 'formula.result_type'],
        ['tags', 'text', 'formula.unsupported_field'],
        ['IF(won, 1)', 'number', 'formula.argument_count'],
        ['ROUND(qty, qty)', 'number', 'formula.round_digits'],
      ];
      for (const [expression, resultType, code] of cases) {
        const res = await addFormula('bad', expression, resultType);
        expect(res.statusCode, expression).toBe(400);
        expect(res.json().errors[0]).toMatchObject({ field: 'options.expression', code });
      }
      const zh = await admin(
        'POST',
        '/objects/fdeal/fields',
        { apiName: 'bad', type: 'formula', label: label('bad'), options: { expression: 'nope + 1' } },
        'zh-CN',
      );
      expect(zh.json().detail).toBe('公式中的字段不存在：nope');
      expect(await fieldNames()).toEqual(before);
    });

    it('computes formulas on create, get and list, and adds no column', async () => {
      expect((await addFormula('net', 'amount * (1 - discount / 100)', 'currency')).statusCode).toBe(201);
      expect((await addFormula('days', 'DATEDIFF(endOn, startOn)', 'number')).statusCode).toBe(201);
      expect((await addFormula('tag', 'CONCAT(title, "-", IF(won, "W", "L")) & ""', 'text')).statusCode).toBe(
        201,
      );
      expect((await addFormula('perUnit', 'ROUND(amount / qty, 1)', 'number')).statusCode).toBe(201);
      expect((await addFormula('big', 'AND(amount > 50, NOT(won = FALSE))', 'boolean')).statusCode).toBe(201);
      const tables = await t.database.db.introspection.getTables();
      const columns = tables.find((table) => table.name === 'obj_fdeal')?.columns.map((c) => c.name);
      expect(columns).toContain('cf_amount');
      expect(columns).not.toContain('cf_net');

      const rows = (await list('sort=title')).data;
      expect(rows.map((r) => [r.title, r.net, r.days, r.tag, r.perUnit, r.big])).toEqual([
        ['a', '90.00', 30, 'a-W', 50, true],
        ['b', '250.50', 1, 'b-L', null, false],
        ['c', null, null, 'c-L', null, null],
        ['d', '16.67', 1, 'd-L', 11.1, false],
      ]);
      const created = await admin('POST', '/objects/fdeal/records', {
        title: 'e',
        amount: '10.00',
        discount: 25,
      });
      expect(created.statusCode).toBe(201);
      expect(created.json()).toMatchObject({ net: '7.50', tag: 'e-L', days: null });
      const fetched = await admin('GET', `/objects/fdeal/records/${created.json().id}`);
      expect(fetched.json()).toMatchObject({ net: '7.50', tag: 'e-L' });
      expect((await admin('DELETE', `/objects/fdeal/records/${created.json().id}`)).statusCode).toBe(204);
    });

    it('filters by formulas, currency in yuan and date differences included', async () => {
      expect(await titles(filter({ field: 'net', op: 'gte', value: 90 }))).toEqual(['a', 'b']);
      expect(await titles(filter({ field: 'net', op: 'eq', value: 16.67 }))).toEqual(['d']);
      expect(await titles(filter({ field: 'days', op: 'gt', value: 5 }))).toEqual(['a']);
      expect(await titles(filter({ field: 'days', op: 'isEmpty' }))).toEqual(['c']);
      expect(await titles(filter({ field: 'tag', op: 'contains', value: '-l' }))).toEqual(['b', 'c', 'd']);
      expect(await titles(filter({ field: 'big', op: 'eq', value: true }))).toEqual(['a']);
      const bad = await admin(
        'GET',
        `/objects/fdeal/records?${filter({ field: 'tag', op: 'gt', value: 1 })}`,
      );
      expect(bad.statusCode).toBe(400);
    });

    it('sorts by formulas and pages through them with keyset cursors', async () => {
      expect(await titles('sort=-net')).toEqual(['b', 'a', 'd', 'c']);
      expect(await titles('sort=days,-title')).toEqual(['d', 'b', 'a', 'c']);
      const seen: unknown[] = [];
      let cursor: string | null = null;
      do {
        const page = await list(`sort=-net&limit=1${cursor ? `&cursor=${cursor}` : ''}`);
        seen.push(...page.data.map((r) => r.title));
        cursor = page.nextCursor;
      } while (cursor && seen.length < 10);
      expect(seen).toEqual(['b', 'a', 'd', 'c']);
    });

    it('refuses input for formula fields with a 400 per field, writing nothing', async () => {
      const count = (await list('limit=100')).data.length;
      const res = await admin('POST', '/objects/fdeal/records', { title: 'x', net: '1.00', days: null });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors.map((e: { field: string }) => e.field)).toEqual(['net', 'days']);
      expect(res.json().errors[0].code).toBe('record.computed_field');
      expect((await list('limit=100')).data.length).toBe(count);
      const [a] = (await list(filter({ field: 'title', op: 'eq', value: 'a' }))).data;
      const patch = await admin('PATCH', `/objects/fdeal/records/${a?.id}`, {
        net: '5',
        version: a?.version,
      });
      expect(patch.statusCode).toBe(400);
    });

    it('hides a formula reading a hidden field, from JSON, filters and sorts', async () => {
      await insertUser(t.database.db, { username: 'frep', roles: ['salesRep'] });
      const rep = await t.login('frep', FIXTURE_PASSWORD);
      const asRep = (url: string) =>
        t.app.inject({
          method: 'GET',
          url: `/api/v1${url}`,
          headers: { cookie: rep, 'accept-language': 'en' },
        });
      for (const [apiName, expression] of [
        ['phoneCopy', 'CONCAT(phone, "")'],
        ['nameTag', 'name & "!"'],
      ] as const) {
        const res = await admin('POST', '/objects/account/fields', {
          apiName,
          type: 'formula',
          label: label(apiName),
          options: { expression, resultType: 'text' },
        });
        expect(res.statusCode, res.body).toBe(201);
      }
      const roleId = await roleIdByKey(t.database.db, 'salesRep');
      await t.database.db
        .insertInto('role_field_permissions')
        .values({ role_id: roleId, object: 'account', field: 'phone', access: 'hidden' })
        .execute();
      await announceViewerChange(t.database.db); // written behind the app: its viewer cache must hear of it
      const created = await t.app.inject({
        method: 'POST',
        url: '/api/v1/objects/account/records',
        headers: { cookie: rep },
        payload: { name: '公式测试' },
      });
      expect(created.statusCode, created.body).toBe(201);
      expect(created.json()).not.toHaveProperty('phoneCopy');
      expect(created.json().nameTag).toBe('公式测试!');
      const list = await asRep('/objects/account/records');
      for (const row of list.json().data) expect(row).not.toHaveProperty('phoneCopy');
      const filtered = await asRep(
        `/objects/account/records?filter=${encodeURIComponent(JSON.stringify({ field: 'phoneCopy', op: 'isEmpty' }))}`,
      );
      expect(filtered.statusCode).toBe(400);
      expect((await asRep('/objects/account/records?sort=phoneCopy')).statusCode).toBe(400);
      expect((await asRep('/objects/account/records?sort=nameTag')).statusCode).toBe(200);
    });

    it('refuses to delete a field formulas use (409), until the formulas are gone', async () => {
      const res = await admin('DELETE', '/objects/fdeal/fields/amount');
      expect(res.statusCode).toBe(409);
      expect(res.json().code).toBe('field.referenced_by_formula');
      expect(res.json().detail).toContain('net');
      expect(res.json().detail).toContain('perUnit');
      expect(await fieldNames()).toContain('amount');
      for (const name of ['net', 'perUnit', 'big']) {
        expect((await admin('DELETE', `/objects/fdeal/fields/${name}`)).statusCode).toBe(204);
      }
      expect((await admin('DELETE', '/objects/fdeal/fields/amount')).statusCode).toBe(204);
      expect((await list('sort=title')).data.map((r) => r.days)).toEqual([30, 1, null, 1]);
    });
  });
}
