import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/test-app.ts';
import { DIALECTS } from './support/test-database.ts';

for (const dialect of DIALECTS) {
  describe(`HTTP platform (${dialect})`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp(dialect);
    });
    afterAll(async () => t?.close());

    it('health answers 200 with the dialect, without signing in', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/api/v1/health' });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ status: 'ok', database: dialect, uptimeSeconds: expect.any(Number) });
    });

    it('metrics: request counter, latency histogram and job queue depth in Prometheus text', async () => {
      await t.app.inject({ method: 'GET', url: '/api/v1/health' });
      await t.app.inject({ method: 'GET', url: '/api/v1/health' });
      const now = new Date().toISOString();
      await t.database.db
        .insertInto('jobs')
        .values({
          name: 'metrics.test',
          payload: '{}',
          status: 'pending',
          attempts: 0,
          max_attempts: 1,
          run_at: now,
          locked_by: null,
          locked_until: null,
          last_error: null,
          idempotency_key: null,
          created_at: now,
          updated_at: now,
          finished_at: null,
        })
        .execute();

      const res = await t.app.inject({ method: 'GET', url: '/api/v1/metrics' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
      const text = res.body;
      expect(text).toContain('# TYPE lodestar_http_requests_total counter');
      const served = text.match(
        /^lodestar_http_requests_total\{method="GET",route="\/api\/v1\/health",status="200"\} (\d+)$/m,
      );
      expect(Number(served?.[1])).toBeGreaterThanOrEqual(2);
      expect(text).toContain('# TYPE lodestar_http_request_duration_seconds histogram');
      expect(text).toMatch(
        /^lodestar_http_request_duration_seconds_bucket\{method="GET",route="\/api\/v1\/health",le="0\.005"\} \d+$/m,
      );
      expect(text).toMatch(
        /^lodestar_http_request_duration_seconds_bucket\{method="GET",route="\/api\/v1\/health",le="\+Inf"\} \d+$/m,
      );
      expect(text).toMatch(
        /^lodestar_http_request_duration_seconds_count\{method="GET",route="\/api\/v1\/health"\} \d+$/m,
      );
      expect(text).toMatch(/^lodestar_jobs\{status="pending"\} 1$/m);
      expect(text).toMatch(/^lodestar_jobs\{status="dead"\} 0$/m);
      expect(text).toMatch(/^lodestar_process_resident_memory_bytes \d+$/m);
    });

    it('serves a valid OpenAPI 3 document that includes the auth endpoints', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
      expect(res.statusCode).toBe(200);
      const doc = res.json();
      expect(doc.openapi).toMatch(/^3\.\d+\.\d+$/);
      expect(doc.info).toMatchObject({ title: expect.any(String), version: expect.any(String) });
      expect(doc.paths['/api/v1/auth/login']?.post).toBeDefined();
      expect(doc.paths['/api/v1/me']?.get).toBeDefined();
      expect(doc.paths['/api/v1/health']?.get).toBeDefined();
      expect(doc.components.securitySchemes).toHaveProperty('session');
      expect(doc.components.securitySchemes).toHaveProperty('apiKey');
      // Every operation is documented with a response, and every path is under the API prefix.
      for (const [path, operations] of Object.entries(doc.paths as Record<string, Record<string, unknown>>)) {
        expect(path.startsWith('/api/v1/')).toBe(true);
        for (const operation of Object.values(operations) as Array<{ responses?: object }>) {
          expect(operation.responses).toBeDefined();
        }
      }
      // Every reference points at a schema the document defines.
      const refs = new Set(JSON.stringify(doc).match(/"\$ref":"[^"]+"/g) ?? []);
      const unresolved = [...refs]
        .map((ref) => ref.slice('"$ref":"'.length, -1))
        .filter((ref) => {
          const name = ref.replace('#/components/schemas/', '');
          return !ref.startsWith('#/components/schemas/') || !(name in (doc.components.schemas ?? {}));
        });
      expect(unresolved).toEqual([]);
    });

    it('documents what each operation requires', async () => {
      const doc = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
      const login = doc.paths['/api/v1/auth/login'].post;
      expect(login.security).toEqual([]);
      expect(login.description).toContain('Access: public');
      expect(doc.paths['/api/v1/me'].get.description).toContain('any signed-in user');
      expect(doc.paths['/api/v1/users'].get.description).toContain('permission `user.read`');
      expect(doc.paths['/api/v1/users'].get.security).toBeUndefined();
    });

    it('serves the API docs UI as HTML', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/api/docs/' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('text/html');
      expect(res.body.toLowerCase()).toContain('<html');
    });

    it('sets security headers on API responses', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/api/v1/health' });
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("object-src 'none'");
      expect(csp.includes("frame-ancestors 'none'") || res.headers['x-frame-options'] !== undefined).toBe(
        true,
      );
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBeDefined();
      expect(res.headers['x-powered-by']).toBeUndefined();
    });

    it('echoes x-request-id, or generates one, and puts it in problems', async () => {
      const echoed = await t.app.inject({
        method: 'GET',
        url: '/api/v1/health',
        headers: { 'x-request-id': 'trace-abc-123' },
      });
      expect(echoed.headers['x-request-id']).toBe('trace-abc-123');

      const generated = await t.app.inject({ method: 'GET', url: '/api/v1/health' });
      expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);

      const problem = await t.app.inject({
        method: 'GET',
        url: '/api/v1/me',
        headers: { 'x-request-id': 'trace-def-456' },
      });
      expect(problem.statusCode).toBe(401);
      expect(problem.json().requestId).toBe('trace-def-456');
    });

    it('answers an unknown route with a 404 problem in the caller’s language', async () => {
      const en = await t.app.inject({
        method: 'GET',
        url: '/api/v1/no-such-thing?x=1',
        headers: { 'accept-language': 'en' },
      });
      expect(en.statusCode).toBe(404);
      expect(en.headers['content-type']).toContain('application/problem+json');
      expect(en.json()).toMatchObject({
        status: 404,
        code: 'common.route_not_found',
        detail: 'No such endpoint: GET /api/v1/no-such-thing',
        instance: '/api/v1/no-such-thing',
      });
      const zh = await t.app.inject({ method: 'DELETE', url: '/api/v1/nowhere' });
      expect(zh.statusCode).toBe(404);
      expect(zh.json().detail).toBe('接口不存在：DELETE /api/v1/nowhere');
    });

    it('refuses an oversized body with 413 and signs nobody in', async () => {
      const password = 'x'.repeat(1024 * 1024 + 10);
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'admin', password },
      });
      expect(res.statusCode).toBe(413);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().code).toBe('common.body_too_large');
      expect(res.cookies.find((c) => c.name === 'lodestar_session')).toBeUndefined();
    });

    it('honours a smaller configured body limit', async () => {
      const small = await createTestApp(dialect, { bodyLimit: 512 });
      try {
        const res = await small.app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { username: 'admin', password: 'y'.repeat(600) },
        });
        expect(res.statusCode).toBe(413);
        const ok = await small.app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { username: 'admin', password: 'wrong-password' },
        });
        expect(ok.statusCode).toBe(401);
      } finally {
        await small.close();
      }
    });
  });
}
