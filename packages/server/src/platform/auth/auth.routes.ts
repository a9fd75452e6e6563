import { KNOWN_OBJECTS } from '@lodestar/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import { AppError, invalidFields, invalidInput } from '../../errors.ts';
import { PUBLIC, SIGNED_IN, type Viewer, viewerOf } from '../../http/access.ts';
import { metadataRegistryOf } from '../../metadata/metadata-registry.ts';
import { diffChanges, recordAudit } from '../audit/record-audit.ts';
import { defineMessages } from '../i18n.ts';
import '../settings/settings.messages.ts';
import { canonicalTimeZone } from '../settings/time-zone.ts';
import '../users/user.messages.ts';
import { ChangePasswordBody, LoginBody, MeResponse, MeUpdateBody } from './auth.schemas.ts';
import { loadViewer } from './load-viewer.ts';
import { assertNotThrottled, clearAccountFailures, recordLoginFailure } from './login-throttle.ts';
import { hashPassword, verifyPassword } from './secrets.ts';
import { createSession, deleteSession, deleteUserSessions, SESSION_COOKIE } from './sessions.ts';
import { announceViewerChange } from './viewer-version.ts';

defineMessages({
  'auth.invalid_credentials': { 'zh-CN': '用户名或密码错误', en: 'Wrong username or password' },
  'auth.account_disabled': {
    'zh-CN': '该账号已停用，请联系管理员',
    en: 'This account is disabled; contact your administrator',
  },
  'auth.too_many_attempts': {
    'zh-CN': '登录失败次数过多，请 {minutes} 分钟后再试',
    en: 'Too many failed sign-ins; try again in {minutes} minutes',
  },
  'auth.session_expired': {
    'zh-CN': '登录已过期，请重新登录',
    en: 'Your session has expired; please sign in again',
  },
  'auth.wrong_current_password': { 'zh-CN': '当前密码不正确', en: 'The current password is wrong' },
});

const ProblemRef = z.object({ code: z.string(), detail: z.string() }).loose();

export async function authRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { database, config } = fastify.ctx;
  const db = database.db;

  const cookieOptions = {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: config.secureCookies,
  };

  app.post(
    '/auth/login',
    {
      config: { access: PUBLIC },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with username (or email) and password; sets the session cookie',
        body: LoginBody,
        response: { 200: MeResponse, 401: ProblemRef, 429: ProblemRef },
      },
    },
    async (request, reply) => {
      const { username, password } = request.body;
      const ip = request.ip;
      await assertNotThrottled(db, username, ip);
      const login = username.toLowerCase();
      const user = await db
        .selectFrom('users')
        .select(['id', 'password_hash', 'status'])
        .where((eb) => eb.or([eb('username', '=', login), eb('email', '=', login)]))
        .executeTakeFirst();
      const ok = await verifyPassword(user?.password_hash, password);
      if (!user || !ok) {
        await recordLoginFailure(db, username, ip);
        throw new AppError(401, 'auth.invalid_credentials');
      }
      if (user.status !== 'active') throw new AppError(403, 'auth.account_disabled');
      await clearAccountFailures(db, username);
      const session = await createSession(db, {
        userId: user.id,
        ttlSeconds: config.sessionTtlSeconds,
        ip,
        userAgent: request.headers['user-agent'] ?? null,
      });
      const now = new Date().toISOString();
      await db.transaction().execute(async (trx) => {
        await trx.updateTable('users').set({ last_login_at: now }).where('id', '=', user.id).execute();
        await recordAudit(
          trx,
          { userId: user.id, ip, requestId: String(request.id) },
          { action: 'login', entityType: 'user', entityId: user.id },
        );
      });
      reply.setCookie(SESSION_COOKIE, session.token, { ...cookieOptions, maxAge: config.sessionTtlSeconds });
      return presentMe(await viewerForUser(request, user.id, session.id), await permissionObjects(database));
    },
  );

  app.post(
    '/auth/logout',
    {
      config: { access: PUBLIC },
      schema: {
        tags: ['auth'],
        summary: 'Sign out: ends the session and clears the cookie',
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      if (request.viewer?.sessionId) await deleteSession(db, request.viewer.sessionId);
      reply.clearCookie(SESSION_COOKIE, cookieOptions);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/me',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags: ['auth'],
        summary: 'The signed-in user, roles and effective permissions',
        response: { 200: MeResponse },
      },
    },
    async (request) => presentMe(viewerOf(request), await permissionObjects(database)),
  );

  app.patch(
    '/me',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags: ['auth'],
        summary: 'Update own profile (name, email, phone, language)',
        body: MeUpdateBody,
        response: { 200: MeResponse },
      },
    },
    async (request) => {
      const viewer = viewerOf(request);
      const body = request.body;
      const patch: Record<string, unknown> = {};
      if (body.name !== undefined) patch.name = body.name;
      if (body.email !== undefined) patch.email = body.email?.toLowerCase() ?? null;
      if (body.phone !== undefined) patch.phone = body.phone || null;
      if (body.locale !== undefined) patch.locale = body.locale;
      if (body.timeZone !== undefined) {
        const zone = body.timeZone === null ? null : canonicalTimeZone(body.timeZone);
        if (body.timeZone !== null && !zone) {
          throw invalidInput([
            { field: 'timeZone', code: 'setting.unknown_timezone', params: { timezone: body.timeZone } },
          ]);
        }
        patch.time_zone = zone;
      }
      if (patch.email) {
        const taken = await db
          .selectFrom('users')
          .select('id')
          .where('email', '=', patch.email as string)
          .where('id', '!=', viewer.userId)
          .executeTakeFirst();
        if (taken) throw invalidFields([{ field: 'email', code: 'user.email_taken' }]);
      }
      await db.transaction().execute(async (trx) => {
        const before = await trx
          .selectFrom('users')
          .selectAll()
          .where('id', '=', viewer.userId)
          .executeTakeFirstOrThrow();
        const changes = diffChanges(before, patch);
        if (Object.keys(changes).length === 0) return;
        await trx
          .updateTable('users')
          .set({ ...patch, updated_at: new Date().toISOString() })
          .where('id', '=', viewer.userId)
          .execute();
        await announceViewerChange(trx);
        await recordAudit(trx, actorOf(request), {
          action: 'update',
          entityType: 'user',
          entityId: viewer.userId,
          changes,
        });
      });
      return presentMe(
        await viewerForUser(request, viewer.userId, viewer.sessionId),
        await permissionObjects(database),
      );
    },
  );

  app.post(
    '/me/password',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags: ['auth'],
        summary: 'Change own password; other sessions are signed out',
        body: ChangePasswordBody,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const viewer = viewerOf(request);
      if (viewer.apiKey) throw new AppError(403, 'auth.session_required');
      const row = await db
        .selectFrom('users')
        .select(['password_hash'])
        .where('id', '=', viewer.userId)
        .executeTakeFirstOrThrow();
      await assertNotThrottled(db, viewer.username, request.ip);
      if (!(await verifyPassword(row.password_hash, request.body.currentPassword))) {
        await recordLoginFailure(db, viewer.username, request.ip);
        throw invalidFields([{ field: 'currentPassword', code: 'auth.wrong_current_password' }]);
      }
      const hash = await hashPassword(request.body.newPassword);
      const now = new Date().toISOString();
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('users')
          .set({ password_hash: hash, password_changed_at: now, updated_at: now })
          .where('id', '=', viewer.userId)
          .execute();
        await announceViewerChange(trx);
        await recordAudit(trx, actorOf(request), {
          action: 'change_password',
          entityType: 'user',
          entityId: viewer.userId,
          changes: { password: ['***', '***'] },
        });
      });
      await deleteUserSessions(db, viewer.userId, viewer.sessionId ?? undefined);
      return reply.code(204).send(null);
    },
  );
}

/** The audit actor for a request. */
export function actorOf(request: FastifyRequest) {
  return {
    userId: request.viewer?.userId ?? null,
    apiKeyId: request.viewer?.apiKey?.id ?? null,
    ip: request.ip,
    requestId: String(request.id),
  };
}

async function viewerForUser(
  request: FastifyRequest,
  userId: number,
  sessionId: string | null,
): Promise<Viewer> {
  const viewer = await loadViewer(request.server.ctx.database.db, userId, null, sessionId);
  if (!viewer) throw new AppError(403, 'auth.account_disabled');
  return viewer;
}

/** The signed-in user as the API shows it; everything comes from the viewer already loaded. */
/** Every object a permission can name: the built-in vocabulary plus the objects in the metadata (custom ones). */
async function permissionObjects(database: Database): Promise<string[]> {
  const snapshot = await metadataRegistryOf(database).snapshot();
  return [...new Set<string>([...KNOWN_OBJECTS, ...snapshot.objects.map((o) => o.apiName)])];
}

function presentMe(viewer: Viewer, objects: readonly string[]): z.infer<typeof MeResponse> {
  return {
    id: viewer.userId,
    username: viewer.username,
    name: viewer.name,
    email: viewer.email,
    phone: viewer.phone,
    locale: viewer.locale,
    timeZone: viewer.timeZone,
    department:
      viewer.departmentId != null ? { id: viewer.departmentId, name: viewer.departmentName ?? '' } : null,
    roles: viewer.roles,
    isAdmin: viewer.permissions.isAdmin,
    permissions: viewer.permissions.summarize(objects),
    authenticatedBy: viewer.apiKey ? 'apiKey' : 'session',
  };
}
