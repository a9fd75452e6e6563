import fc from 'fast-check';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { DIALECTS } from '../../../test/support/test-database.ts';

const EXPENSE = { apiName: 'layoutExpense', label: { 'zh-CN': '费用报销', en: 'Expense claim' } };
const URL = `/objects/${EXPENSE.apiName}/layout`;

for (const dialect of DIALECTS) {
  describe(`record layouts (${dialect})`, () => {
    let t: TestApp;
    let repCookie: string;
    let repRoleId: number;
    let managerRoleId: number;
    const as = (cookie: string, method: InjectOptions['method'], url: string, payload?: unknown) =>
      t.app.inject({
        method,
        url: `/api/v1${url}`,
        headers: { cookie, 'accept-language': 'en' },
        ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }),
      });
    const admin = (method: InjectOptions['method'], url: string, payload?: unknown) =>
      as(t.adminCookie, method, url, payload);
    const layoutRows = async () => t.database.db.selectFrom('meta_layouts').selectAll().execute();
    const auditCount = async () =>
      (await t.database.db.selectFrom('audit_log').select('id').where('entity_type', '=', 'layout').execute())
        .length;
    const fieldNames = (body: { sections: Array<{ fields: Array<{ field: string }> }> }) =>
      body.sections.map((section) => section.fields.map((placement) => placement.field));
    const section = (key: string, fields: string[], extra: Record<string, unknown> = {}) => ({
      key,
      label: { 'zh-CN': key, en: key },
      columns: 2,
      roleIds: null,
      fields: fields.map((field) => ({ field, span: 1 })),
      ...extra,
    });
    const addField = async (apiName: string, type = 'text') => {
      const res = await admin('POST', `/objects/${EXPENSE.apiName}/fields`, {
        apiName,
        type,
        label: { 'zh-CN': apiName, en: apiName },
      });
      expect(res.statusCode, res.body).toBe(201);
    };

    beforeAll(async () => {
      t = await createTestApp(dialect);
      const roles = await t.database.db.selectFrom('roles').select(['id', 'key']).execute();
      repRoleId = roles.find((role) => role.key === 'salesRep')!.id;
      managerRoleId =
        roles.find((role) => role.key === 'salesManager')?.id ?? roles.find((r) => r.id !== repRoleId)!.id;
      await admin('POST', '/users', {
        username: 'layout.rep',
        name: 'Rep',
        roleIds: [repRoleId],
        password: 'rep-Password-1',
      });
      repCookie = await t.login('layout.rep', 'rep-Password-1');
      expect((await admin('POST', '/objects', EXPENSE)).statusCode).toBe(201);
      await addField('title');
      await addField('amount', 'currency');
      await addField('spentOn', 'date');
      await addField('notes', 'longText');
      // The rep may read the object (amount hidden), so the role filter is what hides sections from them.
      const before = (await admin('GET', `/roles/${repRoleId}`)).json();
      const granted = await admin('PUT', `/roles/${repRoleId}/permissions`, {
        permissions: { ...before.permissions, [EXPENSE.apiName]: { read: 'own' } },
        fields: { ...before.fields, [EXPENSE.apiName]: { amount: 'hidden' } },
      });
      expect(granted.statusCode, granted.body).toBe(200);
    });
    afterAll(async () => t?.close());

    it('answers a default layout with every field in position order when none was saved', async () => {
      const res = await admin('GET', URL);
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json();
      expect(body.sections).toHaveLength(1);
      expect(body.sections[0]).toMatchObject({ key: 'main', columns: 2, roleIds: null });
      const names = fieldNames(body)[0] ?? [];
      expect(names).toEqual(expect.arrayContaining(['title', 'amount', 'spentOn', 'notes']));
      expect(names.indexOf('title')).toBeLessThan(names.indexOf('notes'));
      expect(body.sections[0].fields.find((p: { field: string }) => p.field === 'notes').span).toBe(2);
      expect(await layoutRows()).toHaveLength(0);
    });

    it('saves sections, order, spans and roles, audited, and answers them back', async () => {
      const before = await auditCount();
      const rest = (await admin('GET', URL))
        .json()
        .sections[0].fields.map((p: { field: string }) => p.field)
        .filter((name: string) => !['title', 'amount', 'spentOn', 'notes'].includes(name));
      const res = await admin('PUT', URL, {
        sections: [
          {
            ...section('basics', ['amount', 'title']),
            fields: [
              { field: 'amount', span: 1 },
              { field: 'title', span: 2 },
            ],
          },
          section('managerOnly', ['notes'], { roleIds: [managerRoleId], columns: 1 }),
          section('dates', ['spentOn', ...rest]),
        ],
      });
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json();
      expect(body.sections.map((s: { key: string }) => s.key)).toEqual(['basics', 'managerOnly', 'dates']);
      expect(body.sections[0].fields).toEqual([
        { field: 'amount', span: 1 },
        { field: 'title', span: 2 },
      ]);
      expect(body.sections[1]).toMatchObject({ columns: 1, roleIds: [managerRoleId] });
      expect(await auditCount()).toBe(before + 1);
      expect((await admin('GET', `${URL}?all=1`)).json()).toEqual(body);
      // Without ?all=1 the admin too sees only the sections of their roles.
      expect((await admin('GET', URL)).json().sections.map((s: { key: string }) => s.key)).toEqual([
        'basics',
        'dates',
      ]);
    });

    it('shows a rep only the sections of their roles, and only an admin every one with ?all=1', async () => {
      const repView = await as(repCookie, 'GET', URL);
      expect(repView.statusCode, repView.body).toBe(200);
      expect(repView.json().sections.map((s: { key: string }) => s.key)).toEqual(['basics', 'dates']);
      // A field hidden from the rep is absent from their layout.
      expect(repView.json().sections[0].fields).toEqual([{ field: 'title', span: 2 }]);
      expect((await as(repCookie, 'GET', `${URL}?all=1`)).statusCode).toBe(403);
      const all = await admin('GET', `${URL}?all=1`);
      expect(all.json().sections.map((s: { key: string }) => s.key)).toEqual([
        'basics',
        'managerOnly',
        'dates',
      ]);
    });

    it('refuses unknown and repeated fields, repeated sections and unknown roles, writing nothing', async () => {
      const before = await layoutRows();
      const audits = await auditCount();
      const res = await admin('PUT', URL, {
        sections: [section('a', ['title', 'nope']), section('a', ['title'], { roleIds: [987654] })],
      });
      expect(res.statusCode, res.body).toBe(400);
      const errors = res.json().errors as Array<{ field: string; code: string }>;
      expect(errors).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ field: 'sections.0.fields.1.field', code: 'layout.unknown_field' }),
          expect.objectContaining({ field: 'sections.1.key', code: 'layout.duplicate_section' }),
          expect.objectContaining({ field: 'sections.1.roleIds.0', code: 'layout.unknown_role' }),
          expect.objectContaining({ field: 'sections.1.fields.0.field', code: 'layout.duplicate_field' }),
        ]),
      );
      const shape = await admin('PUT', URL, {
        sections: [{ ...section('b', ['title']), columns: 3, extra: 1 }],
      });
      expect(shape.statusCode).toBe(400);
      expect((await admin('PUT', URL, { sections: [] })).statusCode).toBe(400);
      expect(await layoutRows()).toEqual(before);
      expect(await auditCount()).toBe(audits);
    });

    it('answers 400 to any malformed body and writes nothing', async () => {
      const before = await layoutRows();
      const badSection = fc.record({
        key: fc.oneof(fc.constant(''), fc.constant('1abc'), fc.constant('a b'), fc.string({ maxLength: 3 })),
        label: fc.oneof(fc.constant({}), fc.constant({ 'zh-CN': '' }), fc.string()),
        columns: fc.oneof(fc.constant(0), fc.constant(3), fc.constant('2')),
        fields: fc.oneof(fc.constant([{ field: 'title', span: 3 }]), fc.constant('title'), fc.constant([{}])),
      });
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc
              .anything()
              .filter((value) => typeof value !== 'object' || value === null || Array.isArray(value)),
            fc.record({ sections: fc.array(badSection, { minLength: 1, maxLength: 3 }) }),
            fc.record({ sections: fc.constant([]) }),
            fc.record({ sections: fc.constant([section('ok', ['title'])]), extra: fc.string() }),
          ),
          async (body) => {
            const res = await t.app.inject({
              method: 'PUT',
              url: `/api/v1${URL}`,
              headers: { cookie: t.adminCookie, 'content-type': 'application/json' },
              payload: JSON.stringify(body) ?? 'null',
            });
            expect(res.statusCode, res.body).toBe(400);
          },
        ),
        { numRuns: 40 },
      );
      expect(await layoutRows()).toEqual(before);
    });

    it('refuses a rep who may not change settings, and a layout of an unknown object', async () => {
      const res = await as(repCookie, 'PUT', URL, { sections: [section('x', ['title'])] });
      expect(res.statusCode).toBe(403);
      expect(
        (await admin('PUT', '/objects/nothingHere/layout', { sections: [section('x', [])] })).statusCode,
      ).toBe(404);
      expect((await admin('GET', '/objects/nothingHere/layout')).statusCode).toBe(404);
    });

    it('appends a field added later to the last section, and drops a deleted field from the layout', async () => {
      await addField('receipt');
      const after = (await admin('GET', `${URL}?all=1`)).json();
      expect(fieldNames(after).at(-1)?.at(-1)).toBe('receipt');
      const del = await admin('DELETE', `/objects/${EXPENSE.apiName}/fields/title`);
      expect(del.statusCode, del.body).toBe(204);
      const saved = JSON.parse((await layoutRows())[0]!.sections) as Array<{
        fields: Array<{ field: string }>;
      }>;
      expect(saved.flatMap((s) => s.fields.map((p) => p.field))).not.toContain('title');
      expect(fieldNames((await admin('GET', `${URL}?all=1`)).json()).flat()).not.toContain('title');
      // Re-created under the same name it is new: it goes to the end, not to its old place.
      await addField('title');
      expect(
        fieldNames((await admin('GET', `${URL}?all=1`)).json())
          .at(-1)
          ?.at(-1),
      ).toBe('title');
    });

    it('goes with its object when the object is deleted', async () => {
      expect(await layoutRows()).toHaveLength(1);
      const res = await admin('DELETE', `/objects/${EXPENSE.apiName}`);
      expect(res.statusCode, res.body).toBe(204);
      expect(await layoutRows()).toHaveLength(0);
      expect((await admin('GET', URL)).statusCode).toBe(404);
    });
  });
}
