import { pickLocale } from '@lodestar/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, forbidden, unauthorized } from '../../errors.ts';
import type { Viewer } from '../../http/access.ts';
import { defineMessages } from '../i18n.ts';
import { apiKeyScopeAllows, PLATFORM_OBJECT_SET } from './api-key-scopes.ts';
import { loadViewer } from './load-viewer.ts';
import { sha256 } from './secrets.ts';
import { SESSION_COOKIE } from './sessions.ts';
import { viewerCacheOf } from './viewer-cache.ts';

defineMessages({
  'auth.invalid_api_key': {
    'zh-CN': 'API 密钥无效、已过期或已吊销',
    en: 'The API key is invalid, expired or revoked',
  },
  'auth.api_key_scope': {
    'zh-CN': 'API 密钥的权限范围不包含 {scope}',
    en: 'The API key lacks the "{scope}" scope',
  },
  'auth.route_without_access': {
    'zh-CN': '该接口未声明访问权限',
    en: 'This endpoint declares no access rule',
  },
  'auth.session_required': { 'zh-CN': '此操作需要登录会话', en: 'This action requires a signed-in session' },
});

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * onRequest hook: works out the language, who is calling (API key or session cookie), checks the
 * Origin of cookie-authenticated writes and enforces the route's declared access — before the body is read.
 */
export async function authenticateRequest(request: FastifyRequest, _reply: FastifyReply): Promise<void> {
  const { database, config } = request.server.ctx;
  const db = database.db;
  request.locale = pickLocale(request.headers['accept-language']);
  const routeUrl = request.routeOptions.url;
  if (!routeUrl) return; // unmatched: the not-found handler answers

  const authorization = request.headers.authorization;
  let viewer: Viewer | null = null;
  if (authorization?.toLowerCase().startsWith('bearer ')) {
    const key = await db
      .selectFrom('api_keys')
      .select(['id', 'user_id', 'scopes', 'expires_at', 'revoked_at', 'last_used_at'])
      .where('key_hash', '=', sha256(authorization.slice(7).trim()))
      .executeTakeFirst();
    const now = new Date();
    if (!key || key.revoked_at || (key.expires_at && Date.parse(key.expires_at) <= now.getTime())) {
      throw new AppError(401, 'auth.invalid_api_key');
    }
    viewer = await loadViewer(
      db,
      key.user_id,
      { id: key.id, scopes: JSON.parse(key.scopes) as string[] },
      null,
    );
    if (!viewer) throw new AppError(401, 'auth.invalid_api_key');
    if (!key.last_used_at || now.getTime() - Date.parse(key.last_used_at) > 60_000) {
      await db
        .updateTable('api_keys')
        .set({ last_used_at: now.toISOString() })
        .where('id', '=', key.id)
        .execute();
    }
  } else {
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      viewer = await viewerCacheOf(database).bySession(token, config.sessionTtlSeconds);
      if (!SAFE_METHODS.has(request.method)) checkOrigin(request);
    }
  }
  request.viewer = viewer;
  if (viewer && !request.headers['accept-language']) request.locale = viewer.locale;

  const access = request.routeOptions.config?.access;
  if (!access) {
    if (routeUrl.startsWith('/api/')) {
      request.log.error({ route: routeUrl }, 'route declares no access rule');
      throw forbidden('auth.route_without_access');
    }
    return;
  }
  if ('public' in access) return;
  if (!viewer)
    throw unauthorized(request.cookies[SESSION_COOKIE] ? 'auth.session_expired' : 'auth.unauthenticated');
  if ('signedIn' in access) {
    if (
      viewer.apiKey &&
      !SAFE_METHODS.has(request.method) &&
      !apiKeyScopeAllows(viewer.apiKey.scopes, 'write')
    ) {
      throw forbidden('auth.api_key_scope', { scope: 'write' });
    }
    return;
  }
  const { object, action } =
    'permission' in access
      ? access.permission
      : {
          object: String((request.params as Record<string, unknown>).object),
          action: access.objectPermission,
        };
  if (viewer.apiKey) {
    const needed = action === 'read' || action === 'export' ? 'read' : 'write';
    if (!apiKeyScopeAllows(viewer.apiKey.scopes, needed))
      throw forbidden('auth.api_key_scope', { scope: needed });
    if (PLATFORM_OBJECT_SET.has(object) && !apiKeyScopeAllows(viewer.apiKey.scopes, 'admin')) {
      throw forbidden('auth.api_key_scope', { scope: 'admin' });
    }
  }
  const scope = viewer.permissions.scope(object, action);
  if (!scope) throw forbidden();
  request.grantedScope = scope;
}

/** Cookie-authenticated writes must come from our own origin (CSRF defence on top of SameSite=Lax). */
function checkOrigin(request: FastifyRequest): void {
  const origin = request.headers.origin ?? refererOrigin(request.headers.referer);
  const fetchSite = request.headers['sec-fetch-site'];
  if (!origin) {
    if (fetchSite && fetchSite !== 'same-origin' && fetchSite !== 'none')
      throw forbidden('auth.origin_mismatch');
    return;
  }
  const host =
    request.headers['x-forwarded-host'] && request.server.ctx.config.trustProxy
      ? request.headers['x-forwarded-host']
      : request.headers.host;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw forbidden('auth.origin_mismatch');
  }
  if (originHost !== host) throw forbidden('auth.origin_mismatch');
}

function refererOrigin(referer: string | undefined): string | undefined {
  if (!referer) return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return 'invalid:';
  }
}
