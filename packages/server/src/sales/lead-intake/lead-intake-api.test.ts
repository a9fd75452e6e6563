import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertApiKey, insertUser } from '../../../test/support/org-fixtures.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { DIALECTS } from '../../../test/support/test-database.ts';
import { registerLeadIntakeHook } from './lead-intake-hooks.ts';

for (const dialect of DIALECTS) {
  describe(`lead intake API (${dialect})`, () => {
    let t: TestApp;
    let key: string;
    let keyUserId: number;

    const intake = (payload: unknown, headers: Record<string, string> = {}, bearer = key) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/leads/intake',
        headers: { authorization: `Bearer ${bearer}`, 'accept-language': 'en', ...headers },
        payload: payload as Record<string, unknown>,
      });
    const leadCount = () => t.rowCount('obj_lead');
    const lead = async (id: number) => {
      const res = await t.call(t.adminCookie, 'GET', `/objects/lead/records/${id}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json();
    };
    const setMode = async (duplicateMode: string) => {
      const res = await t.call(t.adminCookie, 'PATCH', '/lead-intake-settings', { duplicateMode });
      expect(res.statusCode, res.body).toBe(200);
    };

    beforeAll(async () => {
      t = await createTestApp(dialect);
      keyUserId = await insertUser(t.database.db, {
        username: 'ads.bot',
        name: '广告平台',
        roles: ['salesRep'],
      });
      key = await insertApiKey(t.database.db, keyUserId, ['write']);
      await setMode('create');
    });
    afterAll(async () => t?.close());

    it('takes in one lead with an API key; the key’s user owns it', async () => {
      const res = await intake({
        name: '马丽',
        company: '宁波海联物流有限公司',
        phone: '13566667777',
        source: 'advertising',
        utmSource: 'ocean',
        utmCampaign: 'spring',
      });
      expect(res.statusCode, res.body).toBe(201);
      const body = res.json();
      expect(body).toMatchObject({ outcome: 'created', duplicateOf: null, externalId: null });
      expect(await lead(body.leadId)).toMatchObject({
        name: '马丽',
        phone: '13566667777',
        source: 'advertising',
        utmSource: 'ocean',
        ownerId: keyUserId,
      });
    });

    it('refuses bad input with 400 per field and stores nothing', async () => {
      const before = await leadCount();
      const bad = await intake({ name: '', phone: '123', email: 'x@', nonsense: 1 });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().errors.map((e: { field: string }) => e.field)).toContain('nonsense');
      const invalid = await intake({ name: '刘强', phone: '123', email: 'x@' });
      expect(invalid.statusCode).toBe(400);
      expect(invalid.json().errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual(
        expect.arrayContaining([
          ['phone', 'value.invalid_phone'],
          ['email', 'value.invalid_email'],
        ]),
      );
      const owner = await intake({ name: '刘强', ownerId: 1 });
      expect(owner.statusCode).toBe(400);
      expect(owner.json().errors[0]).toMatchObject({
        field: 'ownerId',
        code: 'lead_intake.owner_not_accepted',
      });
      const tooMany = await intake({ leads: Array.from({ length: 501 }, (_, i) => ({ name: `批量${i}` })) });
      expect(tooMany.statusCode).toBe(400);
      const mixed = await intake({ leads: [{ name: 'a' }], name: 'b' });
      expect(mixed.statusCode).toBe(400);
      const repeated = await intake({
        leads: [
          { name: 'a', externalId: 'x1' },
          { name: 'b', externalId: 'x1' },
        ],
      });
      expect(repeated.statusCode).toBe(400);
      expect(repeated.json().code).toBe('lead_intake.external_id_repeated');
      const badKey = await intake({ name: '刘强' }, { 'idempotency-key': 'has spaces in it' });
      expect(badKey.statusCode).toBe(400);
      expect(await leadCount()).toBe(before);
    });

    it('needs an API key with write scope or a signed-in user who may create leads', async () => {
      const anonymous = await t.app.inject({
        method: 'POST',
        url: '/api/v1/leads/intake',
        payload: { name: 'x' },
      });
      expect(anonymous.statusCode).toBe(401);
      const readOnly = await insertApiKey(t.database.db, keyUserId, ['read']);
      const denied = await intake({ name: 'x' }, {}, readOnly);
      expect(denied.statusCode).toBe(403);
      expect(denied.json().code).toBe('auth.api_key_scope');
    });

    it('takes in a batch; refused items are reported per field and the rest are stored', async () => {
      const before = await leadCount();
      const res = await intake({
        leads: [
          { externalId: 'fb-1001', name: '孔明', phone: '13700001001' },
          { externalId: 'fb-1002', name: '', phone: 'abc' },
          { externalId: 'fb-1003', name: '庞统', email: 'pang.tong@example.cn' },
        ],
      });
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json();
      expect(body.counts).toEqual({ created: 2, linked: 0, merged: 0, existing: 0, rejected: 1 });
      expect(body.items[1]).toMatchObject({
        index: 1,
        outcome: 'rejected',
        leadId: null,
        externalId: 'fb-1002',
      });
      expect(body.items[1].errors.map((e: { field: string }) => e.field).sort()).toEqual(['name', 'phone']);
      expect(await leadCount()).toBe(before + 2);

      // The same external ids again: nothing new; the refused one, corrected, is taken in now.
      const again = await intake({
        leads: [
          { externalId: 'fb-1001', name: '孔明', phone: '13700001001' },
          { externalId: 'fb-1002', name: '士元', phone: '13700001002' },
          { externalId: 'fb-1003', name: '庞统', email: 'pang.tong@example.cn' },
        ],
      });
      expect(again.json().counts).toEqual({ created: 1, linked: 0, merged: 0, existing: 2, rejected: 0 });
      expect(again.json().items[0]).toMatchObject({ outcome: 'existing', leadId: body.items[0].leadId });
      expect(await leadCount()).toBe(before + 3);
    });

    it('replays the stored answer to a retry with the same Idempotency-Key, even concurrent ones', async () => {
      const before = await leadCount();
      const payload = { name: '诸葛瑾', phone: '13700002001', company: '东吴贸易' };
      const headers = { 'idempotency-key': 'order-2001' };
      const answers = await Promise.all(Array.from({ length: 6 }, () => intake(payload, headers)));
      expect(answers.map((a) => a.statusCode)).toEqual(Array(6).fill(201));
      expect(new Set(answers.map((a) => a.body)).size).toBe(1);
      expect(answers.filter((a) => a.headers['idempotent-replayed'] === 'true')).toHaveLength(5);
      expect(await leadCount()).toBe(before + 1);

      const later = await intake(payload, headers);
      expect(later.statusCode).toBe(201);
      expect(later.headers['idempotent-replayed']).toBe('true');
      expect(later.body).toBe(answers[0]!.body);
      const otherBody = await intake({ ...payload, phone: '13700002002' }, headers);
      expect(otherBody.statusCode).toBe(422);
      expect(otherBody.json().code).toBe('lead_intake.idempotency_key_reused');
      // Keys belong to their caller: the admin's same key is another request.
      const admin = await t.app.inject({
        method: 'POST',
        url: '/api/v1/leads/intake',
        headers: { cookie: t.adminCookie, ...headers },
        payload: { name: '鲁肃' },
      });
      expect(admin.statusCode).toBe(201);
      expect(admin.headers['idempotent-replayed']).toBeUndefined();
      expect(await leadCount()).toBe(before + 2);
    });

    it('takes each external id in once when batches overlap concurrently', async () => {
      const before = await leadCount();
      const batch = (offset: number) => ({
        leads: Array.from({ length: 20 }, (_, i) => ({
          externalId: `wx-${offset + i}`,
          name: `并发${offset + i}`,
        })),
      });
      const answers = await Promise.all([
        intake(batch(0)),
        intake(batch(10)),
        intake(batch(5)),
        intake(batch(0)),
      ]);
      for (const answer of answers) expect(answer.statusCode, answer.body).toBe(200);
      expect(await leadCount()).toBe(before + 30);
      const created = answers.reduce((sum, a) => sum + a.json().counts.created, 0);
      expect(created).toBe(30);
    });

    it('links a duplicate to the lead it matches when the setting says link', async () => {
      await setMode('link');
      const first = (await intake({ name: '曹操', phone: '13811112222', company: '许昌重工' })).json();
      const samePhone = (await intake({ name: '曹孟德', phone: '+86 138 1111 2222' })).json();
      expect(samePhone).toMatchObject({ outcome: 'linked', duplicateOf: first.leadId });
      expect(await lead(samePhone.leadId)).toMatchObject({ duplicateOf: first.leadId, name: '曹孟德' });
      const sameEmail = (await intake({ name: 'x', email: 'CAO@xuchang.example.cn' })).json();
      const sameEmail2 = (await intake({ name: 'y', email: 'cao@XUCHANG.example.cn' })).json();
      expect(sameEmail2).toMatchObject({ outcome: 'linked', duplicateOf: sameEmail.leadId });
      // The same company is the same lead only with the same name: colleagues are separate leads.
      const colleague = (await intake({ name: '夏侯惇', company: '许昌重工有限公司' })).json();
      expect(colleague).toMatchObject({ outcome: 'created', duplicateOf: null });
      const sameNameAndCompany = (await intake({ name: '曹操', company: '许昌重工（中国）有限公司' })).json();
      expect(sameNameAndCompany).toMatchObject({ outcome: 'linked', duplicateOf: first.leadId });
    });

    it('links or merges exactly when the same person arrives several times at once', async () => {
      await setMode('link');
      const linked = await Promise.all(
        Array.from({ length: 6 }, (_, i) => intake({ name: `同时${i}`, phone: '13655556666' })),
      );
      expect(linked.map((a) => a.json().outcome).sort()).toEqual(['created', ...Array(5).fill('linked')]);
      const first = linked.find((a) => a.json().outcome === 'created')!.json().leadId;
      expect(new Set(linked.flatMap((a) => a.json().duplicateOf ?? []))).toEqual(new Set([first]));

      await setMode('merge');
      const before = await leadCount();
      const merged = await Promise.all(
        Array.from({ length: 4 }, (_, i) => intake({ name: `又来${i}`, email: 'same.person@example.cn' })),
      );
      expect(merged.map((a) => a.json().outcome).sort()).toEqual(['created', 'merged', 'merged', 'merged']);
      expect(await leadCount()).toBe(before + 1);
      // Batches sharing people, in opposite orders, wait for each other instead of deadlocking.
      const people = Array.from({ length: 8 }, (_, i) => ({ name: `批次${i}`, phone: `1350000${1000 + i}` }));
      const answers = await Promise.all([
        intake({ leads: people }),
        intake({ leads: [...people].reverse() }),
      ]);
      for (const answer of answers) expect(answer.statusCode, answer.body).toBe(200);
      const counts = answers.map((a) => a.json().counts);
      expect(counts.reduce((sum, c) => sum + c.created, 0)).toBe(8);
      expect(counts.reduce((sum, c) => sum + c.merged, 0)).toBe(8);
      await setMode('create');
    });

    it('merges a duplicate into the open lead when the setting says merge, instead of a second lead', async () => {
      await setMode('merge');
      const first = (await intake({ name: '孙权', phone: '13922223333', description: '首次咨询' })).json();
      const before = await leadCount();
      const hooks: Array<{ leadId: number; outcome: string }> = [];
      const remove = registerLeadIntakeHook(async ({ leadId, outcome }) => {
        hooks.push({ leadId, outcome });
      });
      try {
        const again = await intake({
          name: '孙仲谋',
          phone: '139 2222 3333',
          email: 'sun.quan@wu.example.cn',
          company: '建业船舶',
          description: '想要报价',
        });
        expect(again.statusCode, again.body).toBe(200);
        expect(again.json()).toMatchObject({
          outcome: 'merged',
          leadId: first.leadId,
          duplicateOf: first.leadId,
        });
        // The hooks hear of the merge (nurturing hands a returning lead back), with no new lead to assign.
        expect(hooks).toEqual([{ leadId: first.leadId, outcome: 'merged' }]);
      } finally {
        remove();
      }
      expect(await leadCount()).toBe(before);
      const merged = await lead(first.leadId);
      expect(merged).toMatchObject({
        name: '孙权',
        email: 'sun.quan@wu.example.cn',
        company: '建业船舶',
      });
      expect(merged.description).toMatch(
        /^首次咨询\n\n\[Submitted again \d{4}-\d{2}-\d{2} \d{2}:\d{2} \(intake API\)\]\n想要报价$/,
      );
      const timeline = await t.call(t.adminCookie, 'GET', `/timeline?object=lead&id=${first.leadId}`);
      expect(timeline.json().items[0]).toMatchObject({ kind: 'updated' });

      // A converted (closed) lead takes no merge: the new one is linked to it.
      await t.database.db
        .updateTable('obj_lead' as never)
        .set({ status: 'converted' } as never)
        .where('id' as never, '=', first.leadId as never)
        .execute();
      const afterClose = (await intake({ name: '孙权', phone: '13922223333' })).json();
      expect(afterClose).toMatchObject({ outcome: 'linked', duplicateOf: first.leadId });
      await setMode('create');
      const always = (await intake({ name: '孙权', phone: '13922223333' })).json();
      expect(always).toMatchObject({ outcome: 'created', duplicateOf: null });
    });

    it('runs the intake hooks for API leads in the same transaction', async () => {
      const seen: Array<{ leadId: number; channel: string; form: unknown }> = [];
      const remove = registerLeadIntakeHook(async ({ leadId, channel, form }) => {
        seen.push({ leadId, channel, form });
        if (leadId < 0) throw new Error('never');
      });
      try {
        const res = (await intake({ name: '张辽' })).json();
        expect(seen).toEqual([{ leadId: res.leadId, channel: 'api', form: undefined }]);
      } finally {
        remove();
      }
    });
  });
}
