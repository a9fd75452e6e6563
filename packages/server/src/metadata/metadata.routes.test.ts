import type { InjectOptions } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/test-app.ts';
import { DIALECTS } from '../../test/support/test-database.ts';
import { compileCondition } from '../records/conditions/compile-condition.ts';
import { parseCondition } from '../records/conditions/parse-condition.ts';
import { conditionSchemaFor } from './condition-schema-for.ts';
import { ensureBuiltInObjects } from './ensure-built-in-objects.ts';
import { metadataRegistryOf } from './metadata-registry.ts';

const EXPENSE = { apiName: 'expense', label: { 'zh-CN': '费用报销', en: 'Expense claim' } };
const ROWS = 100_000;

for (const dialect of DIALECTS) {
  describe(`objects and fields (${dialect})`, () => {
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
    const db = () => t.database.db;
    const count = async (table: 'meta_objects' | 'meta_fields' | 'audit_log' | 'outbox_events') =>
      Number(
        (
          await db()
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const snapshotCounts = async () => ({
      objects: await count('meta_objects'),
      fields: await count('meta_fields'),
      audit: await count('audit_log'),
      events: await count('outbox_events'),
    });
    const tableRows = async (table: string) =>
      (await sql<Record<string, unknown>>`select * from ${sql.table(table)} order by id`.execute(db())).rows;
    const columnsOf = async (table: string): Promise<string[]> => {
      if (dialect === 'sqlite') {
        const rows = await sql<{ name: string }>`select name from pragma_table_info(${table})`.execute(db());
        return rows.rows.map((r) => r.name);
      }
      const rows = await sql<{ column_name: string }>`select column_name from information_schema.columns
        where table_schema = current_schema() and table_name = ${table} order by ordinal_position`.execute(
        db(),
      );
      return rows.rows.map((r) => r.column_name);
    };

    beforeAll(async () => {
      t = await createTestApp(dialect);
      const role = await db()
        .selectFrom('roles')
        .select('id')
        .where('key', '=', 'salesRep')
        .executeTakeFirstOrThrow();
      await admin('POST', '/users', {
        username: 'meta.rep',
        name: 'Rep',
        roleIds: [role.id],
        password: 'rep-Password-1',
      });
      repCookie = await t.login('meta.rep', 'rep-Password-1');
    });
    afterAll(async () => t?.close());

    it('creates the built-in objects at prepare time, idempotently', async () => {
      const res = await as(repCookie, 'GET', '/objects');
      expect(res.statusCode, res.body).toBe(200);
      const objects = res.json().items as Array<{
        apiName: string;
        label: { 'zh-CN': string; en: string };
        pluralLabel: { 'zh-CN': string; en: string };
        isCustom: boolean;
        nameField: string;
        fields: Array<{ apiName: string; type: string; options: Record<string, unknown> }>;
      }>;
      expect(objects.map((o) => o.apiName)).toEqual([
        'lead',
        'account',
        'contact',
        'pipeline',
        'pipelineStage',
        'opportunity',
        'product',
        'priceList',
        'quote',
        'contract',
        'paymentPlan',
        'payment',
        'ticket',
        'task',
        'followUp',
      ]);
      expect(objects.every((o) => !o.isCustom && o.nameField)).toBe(true);
      // Lists are titled by the plural; Chinese has none, so it is the label there.
      expect(objects.every((o) => o.pluralLabel['zh-CN'] === o.label['zh-CN'])).toBe(true);
      expect(objects.every((o) => o.pluralLabel.en !== o.label.en)).toBe(true);
      expect(objects.find((o) => o.apiName === 'opportunity')!.pluralLabel).toEqual({
        'zh-CN': '商机',
        en: 'Opportunities',
      });
      const contact = objects.find((o) => o.apiName === 'contact')!;
      expect(contact.fields.find((f) => f.apiName === 'account')).toMatchObject({
        type: 'lookup',
        options: { target: 'account' },
      });
      expect(await columnsOf('obj_opportunity')).toEqual(
        expect.arrayContaining([
          'id',
          'version',
          'owner_id',
          'deleted_at',
          'name',
          'account_id',
          'amount',
          'close_date',
          'stage_id',
          'lead_id',
        ]),
      );
      // A lookup may point at an object declared later (the lead's opportunity, the opportunity's lead).
      const lead = objects.find((o) => o.apiName === 'lead')!;
      expect(lead.fields.find((f) => f.apiName === 'convertedOpportunity')).toMatchObject({
        type: 'lookup',
        options: { target: 'opportunity' },
        managed: true,
      });
      expect(await ensureBuiltInObjects(t.database)).toEqual({ objects: 0, fields: 0 });
    });

    it('creates a custom object with its table, audited and announced (201)', async () => {
      const res = await admin('POST', '/objects', EXPENSE);
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toEqual({
        apiName: 'expense',
        label: EXPENSE.label,
        pluralLabel: EXPENSE.label,
        icon: null,
        nameField: null,
        isCustom: true,
        fields: [],
      });
      expect(await columnsOf('obj_expense')).toEqual([
        'id',
        'version',
        'owner_id',
        'created_by',
        'updated_by',
        'created_at',
        'updated_at',
        'deleted_at',
      ]);
      const audit = await db()
        .selectFrom('audit_log')
        .selectAll()
        .where('entity_type', '=', 'object')
        .execute();
      expect(audit.map((a) => [a.action, a.entity_id])).toEqual([['create', 'expense']]);
      const events = await db()
        .selectFrom('outbox_events')
        .selectAll()
        .where('type', '=', 'metadata.changed')
        .execute();
      expect(events.map((e) => e.aggregate_id)).toEqual(['expense']);
      expect((await admin('GET', '/objects/expense')).json().apiName).toBe('expense');
    });

    it('answers 400, 403, 404, 409 and 422 and writes nothing', async () => {
      const before = await snapshotCounts();
      const missingLabel = await admin('POST', '/objects', { apiName: 'trip' });
      expect(missingLabel.statusCode).toBe(400);
      expect(missingLabel.json().code).toBe('common.validation_failed');
      expect((await as(repCookie, 'POST', '/objects', { ...EXPENSE, apiName: 'trip' })).statusCode).toBe(403);
      expect(
        (
          await as(repCookie, 'POST', '/objects/expense/fields', {
            apiName: 'x',
            type: 'text',
            label: { 'zh-CN': 'x' },
          })
        ).statusCode,
      ).toBe(403);
      const unknown = await admin('GET', '/objects/nothing');
      expect(unknown.statusCode).toBe(404);
      expect(unknown.json().code).toBe('object.not_found');
      expect(
        (
          await admin('POST', '/objects/nothing/fields', {
            apiName: 'x',
            type: 'text',
            label: { 'zh-CN': 'x' },
          })
        ).statusCode,
      ).toBe(404);
      expect((await admin('PATCH', '/objects/expense/fields/nothing', { required: true })).statusCode).toBe(
        404,
      );
      const duplicate = await admin('POST', '/objects', EXPENSE);
      expect(duplicate.statusCode).toBe(409);
      expect(duplicate.json().code).toBe('object.api_name_taken');
      const builtIn = await admin('DELETE', '/objects/lead');
      expect(builtIn.statusCode).toBe(409);
      expect(builtIn.json().code).toBe('object.built_in_not_deletable');
      const builtInField = await admin('DELETE', '/objects/lead/fields/name');
      expect(builtInField.statusCode).toBe(409);
      for (const [apiName, code] of [
        ['a; drop table x', 'metadata.invalid_api_name'],
        ['select', 'metadata.reserved_api_name'],
        ['Robert"); DROP TABLE users;--', 'metadata.invalid_api_name'],
      ]) {
        const object = await admin('POST', '/objects', { ...EXPENSE, apiName });
        expect(object.statusCode, apiName).toBe(422);
        expect(object.json().errors).toEqual([expect.objectContaining({ field: 'apiName', code })]);
        const field = await admin('POST', '/objects/expense/fields', {
          apiName,
          type: 'text',
          label: { 'zh-CN': '字段' },
        });
        expect(field.statusCode, apiName).toBe(422);
        expect(field.json().errors[0].code).toBe(code);
      }
      const systemName = await admin('POST', '/objects/expense/fields', {
        apiName: 'ownerId',
        type: 'user',
        label: { 'zh-CN': '负责人' },
      });
      expect(systemName.json().errors[0].code).toBe('metadata.reserved_api_name');
      const noExpression = await admin('POST', '/objects/expense/fields', {
        apiName: 'total',
        type: 'formula',
        label: { 'zh-CN': '合计' },
      });
      expect(noExpression.statusCode).toBe(422);
      expect(noExpression.json().errors[0]).toMatchObject({
        field: 'options',
        code: 'field.invalid_options',
      });
      const badOptions = await admin('POST', '/objects/expense/fields', {
        apiName: 'kind',
        type: 'select',
        label: { 'zh-CN': '类别' },
        options: { choices: [] },
      });
      expect(badOptions.json().errors[0]).toMatchObject({ field: 'options', code: 'field.invalid_options' });
      const badTarget = await admin('POST', '/objects/expense/fields', {
        apiName: 'client',
        type: 'lookup',
        label: { 'zh-CN': '客户' },
        options: { target: 'nothing' },
      });
      expect(badTarget.json().errors[0].code).toBe('field.unknown_lookup_target');
      const badDefault = await admin('POST', '/objects/expense/fields', {
        apiName: 'amount',
        type: 'currency',
        label: { 'zh-CN': '金额' },
        defaultValue: 'lots',
      });
      expect(badDefault.json().errors[0].code).toBe('field.invalid_default');
      expect(await snapshotCounts()).toEqual(before);
      expect(await columnsOf('obj_expense')).not.toContain('cf_amount');
      expect(await columnsOf('users')).toContain('username');
    });

    it('adds fields of every available type as real columns (201)', async () => {
      const fields = [
        { apiName: 'title', type: 'text', label: { 'zh-CN': '标题', en: 'Title' }, required: true },
        { apiName: 'amount', type: 'currency', label: { 'zh-CN': '金额', en: 'Amount' }, defaultValue: '0' },
        { apiName: 'note', type: 'longText', label: { 'zh-CN': '说明' } },
        { apiName: 'rate', type: 'percent', label: { 'zh-CN': '比例' } },
        { apiName: 'spentOn', type: 'date', label: { 'zh-CN': '日期' } },
        { apiName: 'paidAt', type: 'datetime', label: { 'zh-CN': '支付时间' } },
        { apiName: 'approved', type: 'boolean', label: { 'zh-CN': '已审批' } },
        {
          apiName: 'kind',
          type: 'select',
          label: { 'zh-CN': '类别' },
          options: { choices: [{ value: 'travel', label: { 'zh-CN': '差旅', en: 'Travel' } }] },
        },
        { apiName: 'client', type: 'lookup', label: { 'zh-CN': '客户' }, options: { target: 'account' } },
        { apiName: 'approver', type: 'user', label: { 'zh-CN': '审批人' } },
        { apiName: 'mobile', type: 'phone', label: { 'zh-CN': '电话' } },
        { apiName: 'mail', type: 'email', label: { 'zh-CN': '邮箱' } },
        { apiName: 'link', type: 'url', label: { 'zh-CN': '链接' } },
        { apiName: 'place', type: 'region', label: { 'zh-CN': '地区' } },
        { apiName: 'code', type: 'text', label: { 'zh-CN': '编号' }, unique: true },
      ];
      for (const [index, field] of fields.entries()) {
        const res = await admin('POST', '/objects/expense/fields', field);
        expect(res.statusCode, res.body).toBe(201);
        expect(res.json()).toMatchObject({
          apiName: field.apiName,
          type: field.type,
          position: index,
          isCustom: true,
        });
      }
      expect((await admin('GET', '/objects/expense/fields/amount')).statusCode).toBe(404);
      const expense = (await admin('GET', '/objects/expense')).json();
      expect(expense.fields.find((f: { apiName: string }) => f.apiName === 'amount')).toMatchObject({
        defaultValue: '0.00',
        options: { currency: 'CNY' },
      });
      expect(await columnsOf('obj_expense')).toEqual(
        expect.arrayContaining([
          'cf_title',
          'cf_amount',
          'cf_client_id',
          'cf_approver_id',
          'cf_spent_on',
          'cf_code',
        ]),
      );
      const now = new Date().toISOString();
      const insert = (code: string) =>
        sql`insert into obj_expense (created_at, updated_at, cf_code) values (${now}, ${now}, ${code})`.execute(
          db(),
        );
      await insert('A-1');
      await expect(insert('A-1')).rejects.toThrow();
      const taken = await admin('POST', '/objects/expense/fields', {
        apiName: 'title',
        type: 'text',
        label: { 'zh-CN': '标题' },
      });
      expect(taken.statusCode).toBe(409);
      expect(taken.json().code).toBe('field.api_name_taken');
      const clash = await admin('POST', '/objects/expense/fields', {
        apiName: 'clientId',
        type: 'text',
        label: { 'zh-CN': 'x' },
      });
      expect(clash.json().errors[0].code).toBe('field.column_taken');
      const audit = await db()
        .selectFrom('audit_log')
        .select('entity_id')
        .where('entity_type', '=', 'field')
        .execute();
      expect(audit.map((a) => a.entity_id)).toContain('expense.amount');
    });

    it('changes labels, required, options and uniqueness; refuses impossible type changes (200/422)', async () => {
      const relabel = await admin('PATCH', '/objects/expense/fields/title', {
        label: { 'zh-CN': '事由', en: 'Purpose' },
        required: false,
      });
      expect(relabel.statusCode, relabel.body).toBe(200);
      expect(relabel.json()).toMatchObject({ label: { 'zh-CN': '事由', en: 'Purpose' }, required: false });
      const audit = await db()
        .selectFrom('audit_log')
        .select('changes')
        .where('entity_id', '=', 'expense.title')
        .where('action', '=', 'update')
        .executeTakeFirstOrThrow();
      expect(JSON.parse(audit.changes!)).toEqual({
        labels: [
          { 'zh-CN': '标题', en: 'Title' },
          { 'zh-CN': '事由', en: 'Purpose' },
        ],
        required: [true, false],
      });
      const typeChange = await admin('PATCH', '/objects/expense/fields/title', { type: 'boolean' });
      expect(typeChange.statusCode).toBe(422);
      expect(typeChange.json().code).toBe('field.type_change_impossible');
      const retarget = await admin('PATCH', '/objects/expense/fields/client', {
        options: { target: 'lead' },
      });
      expect(retarget.json().errors[0].code).toBe('field.lookup_target_fixed');

      const now = new Date().toISOString();
      await sql`insert into obj_expense (created_at, updated_at, cf_title) values (${now}, ${now}, ${'同一事由'}), (${now}, ${now}, ${'同一事由'})`.execute(
        db(),
      );
      const duplicates = await admin('PATCH', '/objects/expense/fields/title', { unique: true });
      expect(duplicates.statusCode).toBe(422);
      expect(duplicates.json().errors[0].code).toBe('field.unique_violated');
      expect(
        (await admin('GET', '/objects/expense'))
          .json()
          .fields.find((f: { apiName: string }) => f.apiName === 'title').unique,
      ).toBe(false);
      const notUnique = await admin('PATCH', '/objects/expense/fields/code', { unique: false });
      expect(notUnique.json().unique).toBe(false);
      await sql`insert into obj_expense (created_at, updated_at, cf_code) values (${now}, ${now}, ${'A-1'})`.execute(
        db(),
      );

      const nameField = await admin('PATCH', '/objects/expense', { nameField: 'title', icon: 'wallet' });
      expect(nameField.json()).toMatchObject({ nameField: 'title', icon: 'wallet' });
      const badName = await admin('PATCH', '/objects/expense', { nameField: 'nothing' });
      expect(badName.json().errors[0].code).toBe('object.unknown_name_field');
    });

    it('names several records by the plural label given, by the label otherwise (200/201/400/403)', async () => {
      const plural = await admin('PATCH', '/objects/expense', { pluralLabel: { en: ' Expense claims ' } });
      expect(plural.statusCode, plural.body).toBe(200);
      expect(plural.json().pluralLabel).toEqual({ 'zh-CN': '费用报销', en: 'Expense claims' });
      const audit = await db()
        .selectFrom('audit_log')
        .select('changes')
        .where('entity_type', '=', 'object')
        .where('entity_id', '=', 'expense')
        .orderBy('id', 'desc')
        .executeTakeFirstOrThrow();
      expect(JSON.parse(audit.changes!)).toEqual({ pluralLabels: [{}, { en: 'Expense claims' }] });

      // Another Chinese name keeps the English plural; another English name drops it (it named the old one).
      const zhRenamed = await admin('PATCH', '/objects/expense', {
        label: { 'zh-CN': '报销单', en: 'Expense claim' },
      });
      expect(zhRenamed.json().pluralLabel).toEqual({ 'zh-CN': '报销单', en: 'Expense claims' });
      const enRenamed = await admin('PATCH', '/objects/expense', {
        label: { 'zh-CN': '报销单', en: 'Expense report' },
      });
      expect(enRenamed.json().pluralLabel).toEqual({ 'zh-CN': '报销单', en: 'Expense report' });
      const both = await admin('PATCH', '/objects/expense', {
        label: EXPENSE.label,
        pluralLabel: { en: 'Expense claims' },
      });
      expect(both.json()).toMatchObject({
        label: EXPENSE.label,
        pluralLabel: { 'zh-CN': '费用报销', en: 'Expense claims' },
      });

      const created = await admin('POST', '/objects', {
        apiName: 'trip',
        label: { 'zh-CN': '出差', en: 'Business trip' },
        pluralLabel: { en: 'Business trips' },
      });
      expect(created.statusCode, created.body).toBe(201);
      expect(created.json().pluralLabel).toEqual({ 'zh-CN': '出差', en: 'Business trips' });
      expect((await admin('DELETE', '/objects/trip')).statusCode).toBe(204);

      const before = await snapshotCounts();
      for (const pluralLabel of [
        { en: '  ' },
        { fr: 'Notes de frais' },
        { en: 'x'.repeat(101) },
        'Expenses',
      ]) {
        const res = await admin('PATCH', '/objects/expense', { pluralLabel });
        expect(res.statusCode, JSON.stringify(pluralLabel)).toBe(400);
        expect(res.json().code).toBe('common.validation_failed');
      }
      const rep = await as(repCookie, 'PATCH', '/objects/expense', { pluralLabel: { en: 'Claims' } });
      expect(rep.statusCode).toBe(403);
      expect(await snapshotCounts()).toEqual(before);
      expect((await admin('GET', '/objects/expense')).json().pluralLabel.en).toBe('Expense claims');
    });

    it('gives built-in objects of an earlier release their plural labels, not where an admin renamed them', async () => {
      await db().updateTable('meta_objects').set({ plural_labels: '{}' }).execute();
      await db()
        .updateTable('meta_objects')
        .set({ labels: JSON.stringify({ 'zh-CN': '客户', en: 'Customer' }) })
        .where('api_name', '=', 'account')
        .execute();
      expect(await ensureBuiltInObjects(t.database)).toEqual({ objects: 0, fields: 0 });
      const objects = (await admin('GET', '/objects')).json().items as Array<{
        apiName: string;
        pluralLabel: { 'zh-CN': string; en: string };
      }>;
      const pluralOf = (apiName: string) => objects.find((o) => o.apiName === apiName)!.pluralLabel;
      expect(pluralOf('lead')).toEqual({ 'zh-CN': '线索', en: 'Leads' });
      expect(pluralOf('account')).toEqual({ 'zh-CN': '客户', en: 'Customer' });
      // A custom object is no built-in: it keeps what it has (here, since the reset above, the label).
      expect(pluralOf('expense')).toEqual(EXPENSE.label);
      await admin('PATCH', '/objects/account', { label: { 'zh-CN': '客户', en: 'Account' } });
      await admin('PATCH', '/objects/expense', { pluralLabel: { en: 'Expense claims' } });
      await ensureBuiltInObjects(t.database);
      expect((await admin('GET', '/objects/account')).json().pluralLabel.en).toBe('Accounts');
    });

    it('builds the condition schema from metadata, custom fields included', async () => {
      const schema = conditionSchemaFor(await metadataRegistryOf(t.database).snapshot(), t.database.dialect);
      expect(schema('expense')?.fields.amount).toEqual({ column: 'cf_amount', type: 'number' });
      expect(schema('expense')?.fields.client).toEqual({
        column: 'cf_client_id',
        type: 'lookup',
        target: 'account',
      });
      const parsed = parseCondition(
        {
          and: [
            { field: 'title', op: 'eq', value: '同一事由' },
            { field: 'amount', op: 'isEmpty' },
            { not: { field: 'client.name', op: 'eq', value: '某客户' } },
          ],
        },
        schema,
        'expense',
      );
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
      const rows = await db()
        .selectFrom(sql.table('obj_expense').as('t') as never)
        .select(sql<number>`count(*)`.as('n'))
        .where(compileCondition(parsed.condition, { schema, object: 'expense', alias: 't' }))
        .executeTakeFirstOrThrow();
      expect(Number((rows as { n: number }).n)).toBe(2);
    });

    it(`adds fields to a table of ${ROWS} rows (a default only for new records), drops one keeping the rest, relabels without touching data`, async () => {
      expect(
        (await admin('POST', '/objects', { apiName: 'bulkItem', label: { 'zh-CN': '批量' } })).statusCode,
      ).toBe(201);
      for (const apiName of ['title', 'score']) {
        const res = await admin('POST', '/objects/bulkItem/fields', {
          apiName,
          type: apiName === 'title' ? 'text' : 'number',
          label: { 'zh-CN': apiName },
        });
        expect(res.statusCode, res.body).toBe(201);
      }
      const now = new Date().toISOString();
      await sql`with recursive seq(n) as (select 1 union all select n + 1 from seq where n < ${ROWS})
        insert into obj_bulk_item (created_at, updated_at, cf_title, cf_score)
        select ${now}, ${now}, ${'第'} || n, n * 1.5 from seq`.execute(db());
      const before = await tableRows('obj_bulk_item');
      expect(before).toHaveLength(ROWS);

      // How long this takes is measured by `npm run bench -- records`, not here.
      const added = await admin('POST', '/objects/bulkItem/fields', {
        apiName: 'region',
        type: 'region',
        label: { 'zh-CN': '地区' },
      });
      expect(added.statusCode, added.body).toBe(201);
      // A default applies to records created from now on: existing rows are not rewritten.
      const withDefault = await admin('POST', '/objects/bulkItem/fields', {
        apiName: 'grade',
        type: 'number',
        label: { 'zh-CN': '等级' },
        defaultValue: 3,
      });
      expect(withDefault.statusCode, withDefault.body).toBe(201);
      const afterAdd = await tableRows('obj_bulk_item');
      expect(afterAdd).toEqual(before.map((row) => ({ ...row, cf_region: null, cf_grade: null })));
      const fresh = await admin('POST', '/objects/bulkItem/records', { title: '新' });
      expect(fresh.statusCode, fresh.body).toBe(201);
      expect(fresh.json().grade).toBe(3);
      await sql`delete from obj_bulk_item where id = ${fresh.json().id}`.execute(db());

      const relabel = await admin('PATCH', '/objects/bulkItem/fields/title', {
        label: { 'zh-CN': '名称', en: 'Name' },
      });
      expect(relabel.statusCode).toBe(200);
      expect(await tableRows('obj_bulk_item')).toEqual(afterAdd);

      const dropped = await admin('DELETE', '/objects/bulkItem/fields/score');
      expect(dropped.statusCode, dropped.body).toBe(204);
      expect(await columnsOf('obj_bulk_item')).not.toContain('cf_score');
      expect(await tableRows('obj_bulk_item')).toEqual(afterAdd.map(({ cf_score: _score, ...rest }) => rest));
      const fields = (await admin('GET', '/objects/bulkItem'))
        .json()
        .fields.map((f: { apiName: string }) => f.apiName);
      expect(fields).toEqual(['title', 'region', 'grade']);
    });

    it('deletes custom fields (lookup and unique included) and custom objects (204), not referenced ones (409)', async () => {
      for (const field of ['client', 'approver', 'code', 'title']) {
        const res = await admin('DELETE', `/objects/expense/fields/${field}`);
        expect(res.statusCode, `${field}: ${res.body}`).toBe(204);
      }
      const expense = (await admin('GET', '/objects/expense')).json();
      expect(expense.nameField).toBeNull();
      expect(await columnsOf('obj_expense')).not.toContain('cf_client_id');
      const customOnBuiltIn = await admin('POST', '/objects/lead/fields', {
        apiName: 'budget',
        type: 'currency',
        label: { 'zh-CN': '预算' },
      });
      expect(customOnBuiltIn.statusCode).toBe(201);
      expect(await columnsOf('obj_lead')).toContain('cf_budget');
      expect((await admin('DELETE', '/objects/lead/fields/budget')).statusCode).toBe(204);

      await admin('POST', '/objects/expense/fields', {
        apiName: 'trip',
        type: 'lookup',
        label: { 'zh-CN': '出差' },
        options: { target: 'bulkItem' },
      });
      const referenced = await admin('DELETE', '/objects/bulkItem');
      expect(referenced.statusCode).toBe(409);
      expect(referenced.json().code).toBe('object.referenced');
      expect((await admin('DELETE', '/objects/expense')).statusCode).toBe(204);
      expect((await admin('DELETE', '/objects/bulkItem')).statusCode).toBe(204);
      expect((await admin('GET', '/objects/expense')).statusCode).toBe(404);
      expect(await columnsOf('obj_expense')).toEqual([]);
      const fieldRows = await db()
        .selectFrom('meta_fields')
        .innerJoin('meta_objects', 'meta_objects.id', 'meta_fields.object_id')
        .select('meta_objects.api_name')
        .where('meta_objects.is_custom', '=', true)
        .execute();
      expect(fieldRows).toEqual([]);
    });
  });
}
