import ExcelJS from 'exceljs';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_PASSWORD, insertUser, roleIdByKey } from '../../../test/support/org-fixtures.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { DIALECTS } from '../../../test/support/test-database.ts';
import { announceViewerChange } from '../../platform/auth/viewer-version.ts';
import { csvField } from './csv-writer.ts';

const TRICKY_NAME = '上海"领航", 科技\n有限公司';

for (const dialect of DIALECTS) {
  describe(`export to xlsx and CSV (${dialect})`, () => {
    let t: TestApp;
    let repCookie: string;
    const call = (
      cookie: string,
      url: string,
      language = 'zh-CN',
      method: InjectOptions['method'] = 'GET',
      payload?: unknown,
    ) =>
      t.app.inject({
        method,
        url: `/api/v1${url}`,
        headers: { cookie, 'accept-language': language },
        ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }),
      });
    const sheetRows = async (body: Buffer) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(body as unknown as ArrayBuffer);
      const rows: unknown[][] = [];
      workbook.worksheets[0]?.eachRow((row) => {
        rows.push((row.values as unknown[]).slice(1));
      });
      return rows;
    };

    beforeAll(async () => {
      t = await createTestApp(dialect);
      await insertUser(t.database.db, { username: 'rep', name: '韩梅梅', roles: ['salesRep'] });
      await insertUser(t.database.db, { username: 'rep2', roles: ['salesRep'] });
      repCookie = await t.login('rep', FIXTURE_PASSWORD);
      const otherCookie = await t.login('rep2', FIXTURE_PASSWORD);
      for (const [cookie, body] of [
        [repCookie, { name: TRICKY_NAME, industry: 'it', region: '310115', phone: '13800138000' }],
        [repCookie, { name: '杭州云栖', industry: 'finance', level: 'a' }],
        [otherCookie, { name: '别人的客户', industry: 'retail' }],
      ] as const) {
        const res = await call(cookie, '/objects/account/records', 'en', 'POST', body);
        expect(res.statusCode, res.body).toBe(201);
      }
      const roleId = await roleIdByKey(t.database.db, 'salesRep');
      await t.database.db
        .insertInto('role_field_permissions')
        .values({ role_id: roleId, object: 'account', field: 'phone', access: 'hidden' })
        .execute();
      await announceViewerChange(t.database.db); // written behind the app: its viewer cache must hear of it
    });
    afterAll(async () => t?.close());

    it('gives a rep an xlsx of only their rows, without hidden fields, values for people, audited', async () => {
      const columns = 'name,industry,level,website,region';
      const res = await call(
        repCookie,
        `/objects/account/records/export?format=xlsx&sort=name&fields=${columns}`,
      );
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toContain('spreadsheetml');
      expect(res.headers['content-disposition']).toMatch(
        /^attachment; filename="lodestar-account-\d{4}-\d{2}-\d{2}\.xlsx"$/,
      );
      const rows = await sheetRows(res.rawPayload);
      expect(rows[0]).toEqual([
        '客户名称',
        '行业',
        '客户等级',
        '网址',
        '地区',
        '负责人',
        '创建时间',
        '更新时间',
      ]);
      expect(rows).toHaveLength(3);
      const byName = new Map(rows.slice(1).map((row) => [row[0], row]));
      expect(byName.get(TRICKY_NAME)?.slice(0, 6)).toEqual([
        TRICKY_NAME,
        '信息技术',
        undefined,
        undefined,
        '上海市浦东新区',
        '韩梅梅',
      ]);
      expect(byName.get('杭州云栖')?.slice(0, 3)).toEqual(['杭州云栖', '金融', 'A 类（重点）']);
      expect(String(byName.get('杭州云栖')?.[6])).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
      expect(JSON.stringify(rows)).not.toContain('13800138000');
      expect(JSON.stringify(rows)).not.toContain('别人的客户');

      const audit = await t.database.db
        .selectFrom('audit_log')
        .select(['changes', 'actor_user_id'])
        .where('action', '=', 'export')
        .where('entity_type', '=', 'account')
        .orderBy('id', 'desc')
        .executeTakeFirstOrThrow();
      expect(JSON.parse(audit.changes ?? '{}')).toMatchObject({
        format: [null, 'xlsx'],
        rows: [null, 2],
        sort: [null, 'name'],
      });
    });

    it('writes RFC 4180 CSV with a BOM, English headers and the list filter', async () => {
      const filter = encodeURIComponent(JSON.stringify({ field: 'industry', op: 'eq', value: 'it' }));
      const res = await call(
        repCookie,
        `/objects/account/records/export?format=csv&filter=${filter}&fields=name,industry,region`,
        'en',
      );
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      const text = res.rawPayload.toString('utf8');
      expect(text.startsWith('\uFEFF')).toBe(true);
      const lines = text.slice(1).split('\r\n');
      expect(lines[0]).toBe('Account name,Industry,Region,Owner,Created at,Updated at');
      expect(lines[1]).toMatch(
        /^"上海""领航"", 科技\n有限公司",Information technology,上海市浦东新区,韩梅梅,/,
      );
      expect(text.slice(1).split('\r\n').filter(Boolean)).toHaveLength(2);
      expect(csvField('a,b')).toBe('"a,b"');
      expect(csvField('plain')).toBe('plain');
      expect(csvField(null)).toBe('');
    });

    it('writes tag labels and formula results for people', async () => {
      const label = (zh: string, en: string) => ({ 'zh-CN': zh, en });
      const group = await call(t.adminCookie, '/tag-groups', 'en', 'POST', {
        key: 'exportTier',
        label: label('等级', 'Tier'),
        tags: [{ key: 'vip', label: label('重要客户', 'VIP'), color: '#f5222d' }],
      });
      expect(group.statusCode, group.body).toBe(201);
      for (const field of [
        { apiName: 'tier', type: 'tags', label: label('等级', 'Tier'), options: { group: 'exportTier' } },
        {
          apiName: 'isIt',
          type: 'formula',
          label: label('IT 行业', 'Is IT'),
          options: { expression: 'industry = "it"', resultType: 'boolean' },
        },
      ]) {
        const res = await call(t.adminCookie, '/objects/account/fields', 'en', 'POST', field);
        expect(res.statusCode, res.body).toBe(201);
      }
      const created = await call(t.adminCookie, '/objects/account/records', 'en', 'POST', {
        name: '标签客户',
        industry: 'it',
        tier: ['vip'],
      });
      expect(created.statusCode, created.body).toBe(201);
      const filter = encodeURIComponent(JSON.stringify({ field: 'name', op: 'eq', value: '标签客户' }));
      const res = await call(
        t.adminCookie,
        `/objects/account/records/export?format=csv&filter=${filter}&fields=name,tier,isIt`,
      );
      expect(res.statusCode, res.body).toBe(200);
      const lines = res.rawPayload.toString('utf8').slice(1).split('\r\n');
      expect(lines[1]).toMatch(/^标签客户,重要客户,是,/);
      for (const field of ['isIt', 'tier']) {
        const removed = await call(t.adminCookie, `/objects/account/fields/${field}`, 'en', 'DELETE');
        expect(removed.statusCode, removed.body).toBe(204);
      }
    });

    it('refuses a bad filter, sort or field with a 400 and a rep without export with a 403', async () => {
      const before = await t.database.db
        .selectFrom('audit_log')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      for (const query of [
        'filter=%7B%22field',
        `filter=${encodeURIComponent('{"field":"nope","op":"eq","value":1}')}`,
        'sort=nothing',
        'fields=nickname',
        'format=pdf',
      ]) {
        const res = await call(repCookie, `/objects/account/records/export?${query}`);
        expect(res.statusCode, query).toBe(400);
        expect(res.json().errors.length).toBeGreaterThan(0);
      }
      const roleId = await roleIdByKey(t.database.db, 'salesRep');
      await t.database.db
        .deleteFrom('role_permissions')
        .where('role_id', '=', roleId)
        .where('object', '=', 'contact')
        .where('action', '=', 'export')
        .execute();
      await announceViewerChange(t.database.db); // written behind the app: its viewer cache must hear of it
      expect((await call(repCookie, '/objects/contact/records/export')).statusCode).toBe(403);
      const after = await t.database.db
        .selectFrom('audit_log')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(after.n)).toBe(Number(before.n));
    });

    it('exports every row across keyset pages', async () => {
      const now = new Date().toISOString();
      const values = Array.from({ length: 1_205 }, (_, i) => ({
        name: `批量客户 ${String(i).padStart(4, '0')}`,
        version: 1,
        created_at: now,
        updated_at: now,
      }));
      for (let i = 0; i < values.length; i += 200) {
        await t.database.db
          .insertInto('obj_account' as 'users')
          .values(values.slice(i, i + 200) as never)
          .execute();
      }
      const res = await call(
        t.adminCookie,
        '/objects/account/records/export?format=csv&fields=name&q=批量客户',
      );
      expect(res.statusCode).toBe(200);
      const lines = res.rawPayload.toString('utf8').split('\r\n').filter(Boolean);
      expect(lines).toHaveLength(1_206);
      expect(new Set(lines).size).toBe(1_206);
    });
  });
}
