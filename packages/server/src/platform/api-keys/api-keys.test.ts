import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { DIALECTS } from '../../../test/support/test-database.ts';
import { sha256 } from '../auth/secrets.ts';

for (const dialect of DIALECTS) {
  describe(`API keys (${dialect})`, () => {
    let t: TestApp;
    let adminId: number;
    let roleIds: Record<string, number>;

    const admin = (method: InjectOptions['method'], url: string, payload?: unknown) =>
      t.app.inject({
        method,
        url: `/api/v1${url}`,
        headers: { cookie: t.adminCookie, 'accept-language': 'en' },
        ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }),
      });
    const bearer = (key: string, method: InjectOptions['method'], url: string, payload?: unknown) =>
      t.app.inject({
        method,
        url: `/api/v1${url}`,
        headers: { authorization: `Bearer ${key}` },
        ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }),
      });
    const createKey = async (body: Record<string, unknown>) => {
      const res = await admin('POST', '/api-keys', body);
      expect(res.statusCode, res.body).toBe(201);
      return res.json() as { apiKey: { id: number; prefix: string; scopes: string[] }; key: string };
    };

    beforeAll(async () => {
      t = await createTestApp(dialect);
      adminId = (await admin('GET', '/me')).json().id;
      const roles = await t.database.db.selectFrom('roles').select(['id', 'key']).execute();
      roleIds = Object.fromEntries(roles.map((r) => [r.key ?? '', r.id]));
    });
    afterAll(async () => t?.close());

    it('creates a key shown once, stores only its hash, and the key authenticates until revoked', async () => {
      const { apiKey, key } = await createKey({ name: 'ERP 同步', scopes: ['write', 'admin', 'read'] });
      expect(key).toMatch(/^ldk_[A-Za-z0-9_-]{43}$/);
      expect(apiKey).toMatchObject({
        name: 'ERP 同步',
        prefix: key.slice(0, 12),
        scopes: ['read', 'write', 'admin'],
        expiresAt: null,
        revokedAt: null,
        lastUsedAt: null,
        user: { id: adminId, name: '系统管理员' },
      });
      const row = await t.database.db
        .selectFrom('api_keys')
        .selectAll()
        .where('id', '=', apiKey.id)
        .executeTakeFirstOrThrow();
      expect(row.key_hash).toBe(sha256(key));
      expect(JSON.stringify(row)).not.toContain(key);

      const me = await bearer(key, 'GET', '/me');
      expect(me.statusCode).toBe(200);
      expect(me.json()).toMatchObject({ id: adminId, authenticatedBy: 'apiKey' });
      const listed = (await admin('GET', '/api-keys')).json().items;
      expect(listed[0]).toMatchObject({ id: apiKey.id, lastUsedAt: expect.any(String) });
      expect(JSON.stringify(listed)).not.toContain(key);

      expect((await admin('DELETE', `/api-keys/${apiKey.id}`)).statusCode).toBe(204);
      const after = await bearer(key, 'GET', '/me');
      expect(after.statusCode).toBe(401);
      expect(after.json().code).toBe('auth.invalid_api_key');
      // Revoking again is a no-op.
      expect((await admin('DELETE', `/api-keys/${apiKey.id}`)).statusCode).toBe(204);
      expect((await admin('DELETE', '/api-keys/999999')).statusCode).toBe(404);

      const audit = (await admin('GET', `/audit-log?entityType=apiKey&entityId=${apiKey.id}`)).json().items;
      expect(audit.map((e: { action: string }) => e.action)).toEqual(['revoke', 'create']);
      expect(audit[1].changes).toMatchObject({ key: ['***', '***'], prefix: [null, key.slice(0, 12)] });
      expect(JSON.stringify(audit)).not.toContain(key);
      const events = await t.database.db
        .selectFrom('outbox_events')
        .select('type')
        .where('aggregate_type', '=', 'apiKey')
        .where('aggregate_id', '=', String(apiKey.id))
        .orderBy('id')
        .execute();
      expect(events.map((e) => e.type)).toEqual(['apiKey.created', 'apiKey.revoked']);
    });

    it('an expired key gets 401', async () => {
      const soon = new Date(Date.now() + 60_000).toISOString();
      const { apiKey, key } = await createKey({ name: 'short-lived', scopes: ['read'], expiresAt: soon });
      expect(apiKey).toMatchObject({ expiresAt: soon });
      expect((await bearer(key, 'GET', '/me')).statusCode).toBe(200);
      await t.database.db
        .updateTable('api_keys')
        .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
        .where('id', '=', apiKey.id)
        .execute();
      const res = await bearer(key, 'GET', '/me');
      expect(res.statusCode).toBe(401);
      expect(res.json().code).toBe('auth.invalid_api_key');
      expect((await bearer('ldk_not-a-real-key', 'GET', '/me')).statusCode).toBe(401);
    });

    it('a read-only key reads but gets 403 on writes; platform objects need the admin scope', async () => {
      const { key } = await createKey({ name: 'reader', scopes: ['read'] });
      expect((await bearer(key, 'GET', '/me')).statusCode).toBe(200);
      const patch = await bearer(key, 'PATCH', '/me', { name: 'changed' });
      expect(patch.statusCode).toBe(403);
      expect(patch.json().code).toBe('auth.api_key_scope');
      const users = await bearer(key, 'GET', '/users');
      expect(users.statusCode).toBe(403);
      expect(users.json().code).toBe('auth.api_key_scope');
      expect((await admin('GET', '/me')).json().name).toBe('系统管理员');

      const { key: adminKey } = await createKey({ name: 'reader+admin', scopes: ['read', 'admin'] });
      expect((await bearer(adminKey, 'GET', '/users')).statusCode).toBe(200);
      const write = await bearer(adminKey, 'POST', '/departments', { name: 'via key' });
      expect(write.statusCode).toBe(403);
      const { key: fullKey } = await createKey({ name: 'full', scopes: ['read', 'write', 'admin'] });
      const created = await bearer(fullKey, 'POST', '/departments', { name: 'via key' });
      expect(created.statusCode).toBe(201);
      const audit = (
        await admin('GET', `/audit-log?entityType=department&entityId=${created.json().id}`)
      ).json();
      expect(audit.items[0]).toMatchObject({ actor: { id: adminId }, apiKeyId: expect.any(Number) });
    });

    it('a key cannot create a key with scopes it lacks', async () => {
      const { key } = await createKey({ name: 'writer', scopes: ['write', 'admin'] });
      const wider = await bearer(key, 'POST', '/api-keys', {
        name: 'escalate',
        scopes: ['read', 'write', 'admin'],
      });
      expect(wider.statusCode).toBe(403);
      expect(wider.json().code).toBe('apiKey.scope_exceeds');
      const same = await bearer(key, 'POST', '/api-keys', { name: 'same', scopes: ['write', 'admin'] });
      expect(same.statusCode).toBe(201);
    });

    it('refuses bad input with 400/422 and creates nothing', async () => {
      const count = async () =>
        Number(
          (
            await t.database.db
              .selectFrom('api_keys')
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        );
      const before = await count();
      for (const payload of [
        { name: 'x', scopes: [] },
        { name: 'x', scopes: ['root'] },
        { name: '', scopes: ['read'] },
        { name: 'x', scopes: ['read'], expiresAt: 'tomorrow' },
        { name: 'x', scopes: ['read'], extra: true },
      ]) {
        const res = await admin('POST', '/api-keys', payload);
        expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      }
      const past = await admin('POST', '/api-keys', {
        name: 'x',
        scopes: ['read'],
        expiresAt: '2020-01-01T00:00:00Z',
      });
      expect(past.statusCode).toBe(422);
      expect(past.json().errors).toEqual([
        expect.objectContaining({ field: 'expiresAt', code: 'apiKey.expires_in_past' }),
      ]);
      const ghost = await admin('POST', '/api-keys', { name: 'x', scopes: ['read'], userId: 999999 });
      expect(ghost.statusCode).toBe(422);
      expect(ghost.json().errors).toEqual([
        expect.objectContaining({ field: 'userId', code: 'apiKey.user_not_found' }),
      ]);
      expect(await count()).toBe(before);
      expect((await admin('GET', '/api-keys?cursor=nope')).statusCode).toBe(400);
    });

    it('an admin creates a key for another user; lists filter by user; a disabled user’s key stops working', async () => {
      const user = (
        await admin('POST', '/users', {
          username: 'integration',
          name: '集成账号',
          roleIds: [roleIds.salesRep],
          password: 'int-Password-1',
        })
      ).json().user;
      const { apiKey, key } = await createKey({ name: 'for integration', scopes: ['read'], userId: user.id });
      expect(apiKey).toMatchObject({ user: { id: user.id, name: '集成账号' } });
      expect((await bearer(key, 'GET', '/me')).json()).toMatchObject({ id: user.id });
      const filtered = (await admin('GET', `/api-keys?userId=${user.id}`)).json().items;
      expect(filtered.map((k: { id: number }) => k.id)).toEqual([apiKey.id]);

      // Keys are managed only with apiKey permissions: a sales rep has none.
      const rep = await t.login('integration', 'int-Password-1');
      const own = await t.app.inject({ method: 'GET', url: '/api/v1/api-keys', headers: { cookie: rep } });
      expect(own.statusCode).toBe(403);

      expect((await admin('PATCH', `/users/${user.id}`, { status: 'disabled' })).statusCode).toBe(200);
      expect((await bearer(key, 'GET', '/me')).statusCode).toBe(401);
    });

    it('pages through keys newest first', async () => {
      const first = (await admin('GET', '/api-keys?limit=2')).json();
      expect(first.items).toHaveLength(2);
      const second = (
        await admin('GET', `/api-keys?limit=2&cursor=${encodeURIComponent(first.nextCursor)}`)
      ).json();
      expect(second.items[0].id).toBeLessThan(first.items[1].id);
    });
  });
}
