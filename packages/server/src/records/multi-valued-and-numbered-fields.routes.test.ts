import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/test-app.ts';
import { DIALECTS } from '../../test/support/test-database.ts';
import { zonedDateParts } from './auto-number/zoned-date-parts.ts';

const label = (text: string) => ({ 'zh-CN': text, en: text });
const CHOICES = [
  { value: 'vip', label: { 'zh-CN': '重要客户', en: 'VIP' } },
  { value: 'key_account', label: { 'zh-CN': '大客户', en: 'Key account' } },
  { value: 'ab', label: label('ab') },
];

for (const dialect of DIALECTS) {
  describe(`autoNumber, multiSelect and tags fields (${dialect})`, () => {
    let t: TestApp;
    const admin = (method: InjectOptions['method'], url: string, payload?: unknown) =>
      t.app.inject({
        method,
        url: `/api/v1${url}`,
        headers: { cookie: t.adminCookie, 'accept-language': 'en' },
        ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }),
      });
    const addField = (apiName: string, type: string, options: unknown, extra = {}) =>
      admin('POST', '/objects/agreement/fields', { apiName, type, label: label(apiName), options, ...extra });
    const rowCount = async () =>
      Number(
        (
          await t.database.db
            .selectFrom('obj_agreement' as 'users')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const filterIds = async (filter: unknown) => {
      const res = await admin(
        'GET',
        `/objects/agreement/records?sort=title&filter=${encodeURIComponent(JSON.stringify(filter))}`,
      );
      expect(res.statusCode, res.body).toBe(200);
      return res.json().data.map((item: { title: string }) => item.title);
    };

    beforeAll(async () => {
      t = await createTestApp(dialect);
      expect(
        (await admin('POST', '/objects', { apiName: 'agreement', label: label('协议') })).statusCode,
      ).toBe(201);
      expect((await addField('title', 'text', {}, { required: true })).statusCode).toBe(201);
    });
    afterAll(async () => t?.close());

    it('numbers new records gap-free; existing records stay empty; input and bad patterns are refused', async () => {
      const before = await admin('POST', '/objects/agreement/records', { title: 'before' });
      expect(before.statusCode).toBe(201);

      for (const pattern of ['HT-{YYYY}', 'HT-{X}-{0000}', 'HT-{0}-{00}']) {
        const bad = await addField('number', 'autoNumber', { pattern });
        expect(bad.statusCode, pattern).toBe(422);
        expect(bad.json().errors[0]).toMatchObject({ field: 'options', code: 'field.invalid_options' });
      }
      expect((await addField('number', 'autoNumber', { pattern: 'HT-{YYYY}-{0000}' })).statusCode).toBe(201);

      const existing = await admin('GET', `/objects/agreement/records/${before.json().id}`);
      expect(existing.json().number).toBeNull();

      const year = zonedDateParts(new Date(), 'Asia/Shanghai').year;
      const first = await admin('POST', '/objects/agreement/records', { title: 'n1' });
      expect(first.statusCode, first.body).toBe(201);
      expect(first.json().number).toBe(`HT-${year}-0001`);

      // A bulk create that fails as a whole takes the number inside its transaction and gives it back.
      const rowsBefore = await rowCount();
      const failed = await admin('POST', '/objects/agreement/records/bulk', {
        create: [{ title: 'kept?' }, {}],
      });
      expect(failed.statusCode).toBe(400);
      expect(failed.json().errors).toEqual([
        expect.objectContaining({ field: 'create.1.title', code: 'value.required' }),
      ]);
      expect(await rowCount()).toBe(rowsBefore);

      const refused = await admin('POST', '/objects/agreement/records', {
        title: 'x',
        number: 'HT-1999-0001',
      });
      expect(refused.statusCode).toBe(400);
      expect(refused.json().errors).toEqual([
        expect.objectContaining({ field: 'number', code: 'value.read_only' }),
      ]);
      expect(await rowCount()).toBe(rowsBefore);

      const second = await admin('POST', '/objects/agreement/records', { title: 'n2' });
      const third = await admin('POST', '/objects/agreement/records', { title: 'n3' });
      expect([second.json().number, third.json().number]).toEqual([`HT-${year}-0002`, `HT-${year}-0003`]);

      const patch = await admin('PATCH', `/objects/agreement/records/${third.json().id}`, {
        number: 'HT-0000-0000',
        version: 1,
      });
      expect(patch.statusCode).toBe(400);
      expect(patch.json().errors[0].code).toBe('value.read_only');
      const unchanged = await admin('GET', `/objects/agreement/records/${third.json().id}`);
      expect(unchanged.json()).toMatchObject({ number: `HT-${year}-0003`, version: 1 });

      const sorted = await admin('GET', '/objects/agreement/records?sort=-number&limit=2');
      expect(sorted.json().data.map((r: { number: string }) => r.number)).toEqual([
        `HT-${year}-0003`,
        `HT-${year}-0002`,
      ]);
      expect(await filterIds({ field: 'number', op: 'eq', value: `HT-${year}-0002` })).toEqual(['n2']);
      expect(await filterIds({ field: 'number', op: 'isEmpty' })).toEqual(['before']);
    });

    it('multiSelect and tags: known values kept in order, filtered with contains and isEmpty', async () => {
      const badValue = await addField('labels', 'multiSelect', {
        choices: [{ value: 'a"%', label: label('x') }],
      });
      expect(badValue.statusCode).toBe(422);
      expect((await addField('labels', 'multiSelect', { choices: CHOICES })).statusCode).toBe(201);
      const group = await admin('POST', '/tag-groups', {
        key: 'customerTier',
        label: { 'zh-CN': '客户分级', en: 'Customer tier' },
        tags: [
          { key: 'gold', label: { 'zh-CN': '金牌', en: 'Gold' }, color: '#faad14' },
          { key: 'silver', label: { 'zh-CN': '银牌', en: 'Silver' }, color: null },
        ],
      });
      expect(group.statusCode, group.body).toBe(201);
      const tagsField = await addField('tier', 'tags', { group: 'customerTier' });
      expect(tagsField.statusCode, tagsField.body).toBe(201);

      const created = await admin('POST', '/objects/agreement/records', {
        title: 'm1',
        labels: ['key_account', 'vip', 'key_account'],
        tier: ['gold'],
      });
      expect(created.statusCode, created.body).toBe(201);
      expect(created.json()).toMatchObject({ labels: ['key_account', 'vip'], tier: ['gold'] });
      await admin('POST', '/objects/agreement/records', {
        title: 'm2',
        labels: ['ab'],
        tier: ['silver', 'gold'],
      });
      const plain = await admin('POST', '/objects/agreement/records', { title: 'm3' });
      expect(plain.json()).toMatchObject({ labels: [], tier: [] });

      const rowsBefore = await rowCount();
      for (const [labels, code] of [
        [['gold'], 'value.unknown_choice'],
        ['vip', 'value.expected_list'],
        [[1], 'value.expected_list'],
      ] as const) {
        const bad = await admin('POST', '/objects/agreement/records', { title: 'bad', labels });
        expect(bad.statusCode).toBe(400);
        expect(bad.json().errors).toEqual([expect.objectContaining({ field: 'labels', code })]);
      }
      expect(await rowCount()).toBe(rowsBefore);

      const onlyM = { field: 'title', op: 'startsWith', value: 'm' };
      const and = (leaf: unknown) => ({ and: [onlyM, leaf] });
      expect(await filterIds(and({ field: 'labels', op: 'contains', value: 'vip' }))).toEqual(['m1']);
      expect(await filterIds(and({ field: 'labels', op: 'contains', value: 'a_' }))).toEqual([]);
      expect(await filterIds(and({ field: 'labels', op: 'isEmpty' }))).toEqual(['m3']);
      expect(await filterIds(and({ field: 'labels', op: 'isNotEmpty' }))).toEqual(['m1', 'm2']);
      expect(await filterIds(and({ field: 'tier', op: 'contains', value: 'gold' }))).toEqual(['m1', 'm2']);
      expect(await filterIds(and({ not: { field: 'tier', op: 'contains', value: 'silver' } }))).toEqual([
        'm1',
        'm3',
      ]);
      const badOp = await admin(
        'GET',
        `/objects/agreement/records?filter=${encodeURIComponent(JSON.stringify({ field: 'labels', op: 'eq', value: 'vip' }))}`,
      );
      expect(badOp.statusCode).toBe(400);

      const m1 = created.json();
      const patched = await admin('PATCH', `/objects/agreement/records/${m1.id}`, {
        labels: [],
        version: m1.version,
      });
      expect(patched.statusCode).toBe(200);
      expect(patched.json().labels).toEqual([]);
      expect(await filterIds(and({ field: 'labels', op: 'isEmpty' }))).toEqual(['m1', 'm3']);
    });
  });
}
