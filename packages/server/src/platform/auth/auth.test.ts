import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_PASSWORD,
  createTestApp,
  sessionCookie,
  type TestApp,
} from '../../../test/support/test-app.ts';
import { DIALECTS } from '../../../test/support/test-database.ts';

for (const dialect of DIALECTS) {
  describe(`auth (${dialect})`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp(dialect);
    });
    afterAll(async () => t?.close());

    it('signs in with username and returns the viewer', async () => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'ADMIN', password: ADMIN_PASSWORD },
      });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ username: 'admin', isAdmin: true, authenticatedBy: 'session' });
      const cookie = res.cookies.find((c) => c.name === 'lodestar_session');
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    });

    it('answers a wrong password and an unknown user with the same 401', async () => {
      const wrong = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'admin', password: 'nope-nope' },
        headers: { 'accept-language': 'en' },
      });
      const unknown = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'ghost', password: 'nope-nope' },
        headers: { 'accept-language': 'en' },
      });
      expect(wrong.statusCode).toBe(401);
      expect(unknown.statusCode).toBe(401);
      expect(wrong.headers['content-type']).toContain('application/problem+json');
      expect(wrong.json().code).toBe('auth.invalid_credentials');
      expect(wrong.json().detail).toBe(unknown.json().detail);
      expect(wrong.json().detail).toBe('Wrong username or password');
    });

    it('translates problems to zh-CN', async () => {
      const res = await t.app.inject({
        method: 'GET',
        url: '/api/v1/me',
        headers: { 'accept-language': 'zh-CN,zh;q=0.9' },
      });
      expect(res.statusCode).toBe(401);
      expect(res.json()).toMatchObject({ code: 'auth.unauthenticated', detail: '请先登录' });
    });

    it('reads /me with the session and signs out', async () => {
      const cookie = await t.login('admin', ADMIN_PASSWORD);
      const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } });
      expect(me.statusCode).toBe(200);
      expect(me.json().roles.map((r: { key: string }) => r.key)).toEqual(['admin']);
      const out = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie } });
      expect(out.statusCode).toBe(204);
      const after = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } });
      expect(after.statusCode).toBe(401);
      expect(after.json().code).toBe('auth.session_expired');
    });

    it('refuses a cookie write from a foreign origin', async () => {
      const res = await t.app.inject({
        method: 'PATCH',
        url: '/api/v1/me',
        headers: { cookie: t.adminCookie, origin: 'https://evil.example', host: 'localhost:3000' },
        payload: { name: 'x' },
      });
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('auth.origin_mismatch');
    });

    it('locks an account after repeated failures with a 429 and Retry-After', async () => {
      const t2 = await createTestApp(dialect);
      try {
        for (let i = 0; i < 5; i++) {
          const r = await t2.app.inject({
            method: 'POST',
            url: '/api/v1/auth/login',
            payload: { username: 'admin', password: `bad-${i}` },
          });
          expect(r.statusCode).toBe(401);
        }
        const locked = await t2.app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { username: 'admin', password: ADMIN_PASSWORD },
        });
        expect(locked.statusCode).toBe(429);
        expect(locked.json().code).toBe('auth.too_many_attempts');
        expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
      } finally {
        await t2.close();
      }
    });

    it('changes the password and signs out other sessions', async () => {
      const other = await t.login('admin', ADMIN_PASSWORD);
      const mine = await t.login('admin', ADMIN_PASSWORD);
      const bad = await t.app.inject({
        method: 'POST',
        url: '/api/v1/me/password',
        headers: { cookie: mine },
        payload: { currentPassword: 'wrong', newPassword: 'short' },
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().errors[0].field).toBe('newPassword');
      const ok = await t.app.inject({
        method: 'POST',
        url: '/api/v1/me/password',
        headers: { cookie: mine },
        payload: { currentPassword: ADMIN_PASSWORD, newPassword: 'new-Password-2' },
      });
      expect(ok.statusCode).toBe(204);
      expect(
        (await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: other } })).statusCode,
      ).toBe(401);
      expect(
        (await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: mine } })).statusCode,
      ).toBe(200);
      const relogin = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'admin', password: 'new-Password-2' },
      });
      expect(relogin.statusCode).toBe(200);
      sessionCookie(relogin);
      // restore for later tests
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/me/password',
        headers: { cookie: mine },
        payload: { currentPassword: 'new-Password-2', newPassword: ADMIN_PASSWORD },
      });
    });
  });
}
