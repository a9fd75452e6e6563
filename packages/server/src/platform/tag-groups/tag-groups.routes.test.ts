import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_PASSWORD, insertUser } from '../../../test/support/org-fixtures.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { DIALECTS } from '../../../test/support/test-database.ts';

const label = (text: string) => ({ 'zh-CN': text, en: text });

/** The `tier` group out of a tag group list response (the built-in account tags come first). */
const tierGroup = (response: {
  json(): { data: Array<{ key: string; id: number; tags: Array<{ key: string }> }> };
}) => response.json().data.find((group) => group.key === 'tier')!;
const TIER = {
  key: 'tier',
  label: { 'zh-CN': '客户分级', en: 'Customer tier' },
  tags: [
    { key: 'vip', label: { 'zh-CN': '重要客户', en: 'VIP' }, color: '#f5222d' },
    { key: 'key_account', label: { 'zh-CN': '大客户', en: 'Key account' }, color: null },
  ],
};

for (const dialect of DIALECTS) {
  describe(`tag groups (${dialect})`, () => {
    let t: TestApp;
    let repCookie: string;
    const call = (cookie: string, method: InjectOptions['method'], url: string, payload?: unknown) =>
      t.call(cookie, method, url, payload);
    const admin = (method: InjectOptions['method'], url: string, payload?: unknown) =>
      call(t.adminCookie, method, url, payload);
    const groupCount = () => t.rowCount('tag_groups');

    beforeAll(async () => {
      t = await createTestApp(dialect);
      await insertUser(t.database.db, { username: 'tag.rep', roles: ['salesRep'] });
      repCookie = await t.login('tag.rep', FIXTURE_PASSWORD);
      expect((await admin('POST', '/objects', { apiName: 'deal', label: label('商机') })).statusCode).toBe(
        201,
      );
      expect(
        (
          await admin('POST', '/objects/deal/fields', {
            apiName: 'title',
            type: 'text',
            label: label('标题'),
          })
        ).statusCode,
      ).toBe(201);
    });
    afterAll(async () => t?.close());

    it('creates, lists and audits groups; bad input and non-admins change nothing', async () => {
      const created = await admin('POST', '/tag-groups', TIER);
      expect(created.statusCode, created.body).toBe(201);
      // After the built-in account tags.
      expect(created.json()).toMatchObject({ key: 'tier', label: TIER.label, tags: TIER.tags, position: 1 });

      const listed = await call(repCookie, 'GET', '/tag-groups');
      expect(listed.statusCode).toBe(200);
      expect(listed.json().data).toEqual([
        expect.objectContaining({ key: 'accountTags' }),
        expect.objectContaining({ key: 'tier', tags: TIER.tags }),
      ]);

      const before = await groupCount();
      expect((await admin('POST', '/tag-groups', TIER)).statusCode).toBe(409);
      for (const bad of [
        { ...TIER, key: 'Bad key' },
        { ...TIER, key: 'other', tags: [{ key: 'a"%', label: label('x'), color: null }] },
        { ...TIER, key: 'other', tags: [{ key: 'a', label: label('x'), color: 'red;' }] },
        { ...TIER, key: 'other', tags: [TIER.tags[0], { ...TIER.tags[0], key: 'VIP' }] },
      ]) {
        const res = await admin('POST', '/tag-groups', bad);
        expect(res.statusCode, JSON.stringify(bad)).toBe(400);
        expect(res.json().errors.length).toBeGreaterThan(0);
      }
      expect((await call(repCookie, 'POST', '/tag-groups', { ...TIER, key: 'repGroup' })).statusCode).toBe(
        403,
      );
      expect((await call(repCookie, 'DELETE', `/tag-groups/${created.json().id}`)).statusCode).toBe(403);
      expect(await groupCount()).toBe(before);

      const audit = await admin('GET', `/audit-log?entityType=tagGroup&entityId=${created.json().id}`);
      expect(audit.json().items[0]).toMatchObject({ action: 'create', changes: { key: [null, 'tier'] } });
    });

    it('tags fields refer to a group: values checked against its current tags', async () => {
      const unknownGroup = await admin('POST', '/objects/deal/fields', {
        apiName: 'tier',
        type: 'tags',
        label: label('分级'),
        options: { group: 'nope' },
      });
      expect(unknownGroup.statusCode).toBe(422);
      expect(unknownGroup.json().errors[0]).toMatchObject({
        field: 'options',
        code: 'field.unknown_tag_group',
      });
      const inline = await admin('POST', '/objects/deal/fields', {
        apiName: 'tier',
        type: 'tags',
        label: label('分级'),
        options: { group: label('x'), tags: [] },
      });
      expect(inline.statusCode).toBe(422);

      const field = await admin('POST', '/objects/deal/fields', {
        apiName: 'tier',
        type: 'tags',
        label: label('分级'),
        options: { group: 'tier' },
      });
      expect(field.statusCode, field.body).toBe(201);

      const record = await admin('POST', '/objects/deal/records', { title: 'd1', tier: ['vip'] });
      expect(record.statusCode, record.body).toBe(201);
      expect(record.json().tier).toEqual(['vip']);
      const bad = await admin('POST', '/objects/deal/records', { title: 'd2', tier: ['gold'] });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().errors[0]).toMatchObject({ field: 'tier', code: 'value.unknown_choice' });

      const group = tierGroup(await admin('GET', '/tag-groups'));
      const withGold = await admin('PATCH', `/tag-groups/${group.id}`, {
        tags: [...TIER.tags, { key: 'gold', label: label('金牌'), color: '#faad14' }],
      });
      expect(withGold.statusCode, withGold.body).toBe(200);
      expect((await admin('POST', '/objects/deal/records', { title: 'd2', tier: ['gold'] })).statusCode).toBe(
        201,
      );

      const filter = encodeURIComponent(JSON.stringify({ field: 'tier', op: 'contains', value: 'gold' }));
      const found = await admin('GET', `/objects/deal/records?filter=${filter}`);
      expect(found.json().data.map((r: { title: string }) => r.title)).toEqual(['d2']);
    });

    it('refuses to remove a tag that records hold or to delete a group in use (409)', async () => {
      const group = tierGroup(await admin('GET', '/tag-groups'));
      const dropVip = await admin('PATCH', `/tag-groups/${group.id}`, {
        tags: group.tags.filter((tag: { key: string }) => tag.key !== 'vip'),
      });
      expect(dropVip.statusCode).toBe(409);
      expect(dropVip.json().code).toBe('tag_group.tag_in_use');
      expect(tierGroup(await admin('GET', '/tag-groups')).tags).toHaveLength(3);

      const dropUnused = await admin('PATCH', `/tag-groups/${group.id}`, {
        tags: group.tags.filter((tag: { key: string }) => tag.key !== 'key_account'),
        label: label('等级'),
      });
      expect(dropUnused.statusCode, dropUnused.body).toBe(200);
      expect(dropUnused.json().tags.map((tag: { key: string }) => tag.key)).toEqual(['vip', 'gold']);

      const inUse = await admin('DELETE', `/tag-groups/${group.id}`);
      expect(inUse.statusCode).toBe(409);
      expect(inUse.json().code).toBe('tag_group.in_use');
      expect(await groupCount()).toBe(2);

      expect((await admin('DELETE', '/objects/deal/fields/tier')).statusCode).toBe(204);
      expect((await admin('DELETE', `/tag-groups/${group.id}`)).statusCode).toBe(204);
      expect(await groupCount()).toBe(1);
      expect((await admin('DELETE', `/tag-groups/${group.id}`)).statusCode).toBe(404);
      const audit = await admin('GET', `/audit-log?entityType=tagGroup&entityId=${group.id}`);
      expect(audit.json().items.map((item: { action: string }) => item.action)).toEqual(
        expect.arrayContaining(['create', 'update', 'delete']),
      );
    });
  });
}
