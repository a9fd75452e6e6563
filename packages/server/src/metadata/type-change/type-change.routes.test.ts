import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexedColumns as indexedColumnsOf } from '../../../test/support/db-catalogue.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { DIALECTS } from '../../../test/support/test-database.ts';

const label = (text: string) => ({ 'zh-CN': text, en: text });
const CHOICES = [
  { value: 'won', label: label('赢单') },
  { value: 'lost', label: label('输单') },
];

for (const dialect of DIALECTS) {
  describe(`field type changes (${dialect})`, () => {
    let t: TestApp;
    const admin = (method: InjectOptions['method'], url: string, payload?: unknown) =>
      t.app.inject({
        method,
        url: `/api/v1${url}`,
        headers: { cookie: t.adminCookie, 'accept-language': 'en' },
        ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }),
      });
    const preview = async (field: string, body: unknown) => {
      const res = await admin('POST', `/objects/tc/fields/${field}/type-change-preview`, body);
      expect(res.statusCode, res.body).toBe(200);
      return res.json();
    };
    const changeType = (field: string, body: Record<string, unknown>) =>
      admin('PATCH', `/objects/tc/fields/${field}`, body);
    const records = async () => {
      const res = await admin('GET', '/objects/tc/records?sort=title&limit=100');
      expect(res.statusCode, res.body).toBe(200);
      return res.json().data as Array<Record<string, unknown>>;
    };
    const typeOf = async (field: string) =>
      (await admin('GET', '/objects/tc')).json().fields.find((f: { apiName: string }) => f.apiName === field);
    const indexedColumns = (table: string) => indexedColumnsOf(t.database, table);
    const without = (rows: Array<Record<string, unknown>>, ...keys: string[]) =>
      rows.map((row) => Object.fromEntries(Object.entries(row).filter(([key]) => !keys.includes(key))));

    beforeAll(async () => {
      t = await createTestApp(dialect);
      expect((await admin('POST', '/objects', { apiName: 'tc', label: label('转换') })).statusCode).toBe(201);
      const fields: Array<[string, string, Record<string, unknown>, boolean?]> = [
        ['title', 'text', {}],
        ['code', 'text', {}, true],
        ['qty', 'text', {}],
        ['price', 'number', {}],
        ['closedAt', 'datetime', {}],
        ['openedOn', 'date', {}],
        ['stage', 'select', { choices: CHOICES }],
        ['flag', 'boolean', {}],
        ['notes', 'longText', {}],
      ];
      for (const [apiName, type, options, unique] of fields) {
        const res = await admin('POST', '/objects/tc/fields', {
          apiName,
          type,
          label: label(apiName),
          options,
          unique: unique ?? false,
        });
        expect(res.statusCode, res.body).toBe(201);
      }
      const rows = [
        {
          title: 'a',
          code: '100',
          qty: '12',
          price: 12.5,
          closedAt: '2024-05-01T10:30:00+08:00',
          openedOn: '2024-01-02',
          stage: 'won',
          flag: true,
          notes: '第一行',
        },
        {
          title: 'b',
          code: '200',
          qty: '3.5',
          price: 3,
          closedAt: '2024-05-01T00:00:00+08:00',
          stage: 'lost',
        },
        { title: 'c', code: '300', qty: 'abc', flag: false },
        { title: 'd' },
      ];
      for (const row of rows) expect((await admin('POST', '/objects/tc/records', row)).statusCode).toBe(201);
    });
    afterAll(async () => t?.close());

    it('previews counts and samples without writing anything', async () => {
      const result = await preview('qty', { type: 'number' });
      const c = (await records()).find((row) => row.title === 'c');
      expect(result).toEqual({
        convertible: true,
        lossless: false,
        total: 4,
        convertibleCount: 2,
        failing: 1,
        lossy: 0,
        samples: [{ id: c?.id, from: 'abc', to: null, error: 'value.expected_number' }],
        reason: null,
      });
      expect(await preview('price', { type: 'currency' })).toMatchObject({
        convertible: true,
        lossless: true,
        convertibleCount: 2,
        failing: 0,
      });
      expect(await preview('closedAt', { type: 'date' })).toMatchObject({ lossless: false, lossy: 1 });
      expect(await preview('flag', { type: 'number' })).toMatchObject({
        convertible: false,
        reason: 'field.type_change_impossible',
      });
      expect((await typeOf('qty')).type).toBe('text');
      const bad = await admin('POST', '/objects/tc/fields/qty/type-change-preview', { type: 'select' });
      expect(bad.statusCode).toBe(422);
      expect(bad.json().errors[0]).toMatchObject({ field: 'options', code: 'field.invalid_options' });
    });

    it('applies a lossless change at once, keeping the other fields', async () => {
      const before = await records();
      const res = await changeType('price', { type: 'currency' });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ type: 'currency', options: { currency: 'CNY' } });
      const after = await records();
      expect(after.map((row) => row.price)).toEqual(['12.50', '3.00', null, null]);
      expect(without(after, 'price')).toEqual(without(before, 'price'));
      const filtered = await admin(
        'GET',
        `/objects/tc/records?filter=${encodeURIComponent(JSON.stringify({ field: 'price', op: 'gt', value: 5 }))}`,
      );
      expect(filtered.json().data.map((row: { title: string }) => row.title)).toEqual(['a']);
      const audit = await t.database.db
        .selectFrom('audit_log')
        .select('changes')
        .where('entity_id', '=', 'tc.price')
        .orderBy('id', 'desc')
        .executeTakeFirstOrThrow();
      expect(JSON.parse(String(audit.changes)).type).toEqual(['number', 'currency']);
      expect((await changeType('price', { type: 'text' })).statusCode).toBe(200);
      expect((await records()).map((row) => row.price)).toEqual(['12.50', '3.00', null, null]);
    });

    it('refuses a lossy change without confirmLoss (422, nothing changed) and applies it with', async () => {
      const before = await records();
      const refused = await changeType('qty', { type: 'number' });
      expect(refused.statusCode).toBe(422);
      expect(refused.json().code).toBe('field.type_change_needs_confirmation');
      expect(refused.json().detail).toContain('1 values cannot be converted');
      expect((await typeOf('qty')).type).toBe('text');
      expect(await records()).toEqual(before);

      const applied = await changeType('qty', { type: 'number', options: { scale: 1 }, confirmLoss: true });
      expect(applied.statusCode, applied.body).toBe(200);
      const after = await records();
      expect(after.map((row) => row.qty)).toEqual([12, 3.5, null, null]);
      expect(without(after, 'qty')).toEqual(without(before, 'qty'));
      // A number column gets its list indexes in the same change, not at the next start.
      const indexes = await indexedColumns('obj_tc');
      expect(indexes).toContainEqual(['cf_qty']);
      expect(indexes).toContainEqual(['owner_id', 'cf_qty']);

      const dates = await changeType('closedAt', { type: 'date', confirmLoss: true });
      expect(dates.statusCode, dates.body).toBe(200);
      expect((await records()).map((row) => row.closedAt)).toEqual(['2024-05-01', '2024-05-01', null, null]);
      expect((await changeType('openedOn', { type: 'datetime' })).statusCode).toBe(200);
      expect((await records())[0]?.openedOn).toBe('2024-01-01T16:00:00.000Z');
      expect((await changeType('stage', { type: 'multiSelect' })).statusCode).toBe(200);
      expect((await records()).map((row) => row.stage)).toEqual([['won'], ['lost'], [], []]);
      expect((await changeType('notes', { type: 'text' })).statusCode).toBe(200);
      expect((await records())[0]?.notes).toBe('第一行');
    });

    it('keeps the unique index through a conversion, and refuses one that would break it', async () => {
      const res = await changeType('code', { type: 'number' });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ type: 'number', unique: true });
      expect((await records()).map((row) => row.code)).toEqual([100, 200, 300, null]);
      await expect(
        t.database.db
          .insertInto('obj_tc' as 'users')
          .values({ cf_code: 100, created_at: 'x', updated_at: 'x' } as never)
          .execute(),
      ).rejects.toThrow();
      const dup = await admin('POST', '/objects/tc/records', { title: 'e', code: 100 });
      expect(dup.statusCode).toBe(422);

      expect((await changeType('code', { type: 'text' })).statusCode).toBe(200);
      expect((await admin('POST', '/objects/tc/records', { title: 'e', code: '100.0' })).statusCode).toBe(
        201,
      );
      const before = await records();
      const clash = await changeType('code', { type: 'number' });
      expect(clash.statusCode).toBe(422);
      expect(clash.json().errors[0].code).toBe('field.unique_violated');
      expect((await typeOf('code')).type).toBe('text');
      expect(await records()).toEqual(before);
    });

    it('refuses changes that make no sense, and fields formulas use', async () => {
      for (const [field, type] of [
        ['flag', 'number'],
        ['title', 'autoNumber'],
        ['title', 'formula'],
        ['title', 'lookup'],
        ['title', 'attachment'],
        ['stage', 'number'],
      ]) {
        const res = await changeType(field as string, { type });
        expect(res.statusCode, `${field} → ${type}`).toBe(422);
        expect(res.json().errors[0]).toMatchObject({ field: 'type', code: 'field.type_change_impossible' });
      }
      expect(
        (
          await admin('POST', '/objects/tc/fields', {
            apiName: 'label',
            type: 'formula',
            label: label('label'),
            options: { expression: 'title & "!"', resultType: 'text' },
          })
        ).statusCode,
      ).toBe(201);
      const used = await changeType('title', { type: 'longText' });
      expect(used.statusCode).toBe(409);
      expect(used.json().code).toBe('field.referenced_by_formula');
      expect((await typeOf('title')).type).toBe('text');
    });
  });
}
