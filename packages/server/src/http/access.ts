import type { Action, DataScope, Locale } from '@lodestar/shared';
import type { FastifyRequest } from 'fastify';
import { unauthorized } from '../errors.ts';
import type { PermissionSet } from '../platform/permissions/permission-set.ts';

/**
 * What a route requires. Every route under `/api` declares one (a test walks the routes to enforce it):
 * - `public`: anyone, signed in or not;
 * - `signedIn`: any signed-in user or API key (e.g. `/me`);
 * - `permission`: the viewer must hold `action` on `object` with some data scope; the route then applies
 *   that scope inside its queries;
 * - `objectPermission`: the same, for routes whose object is the path parameter `object` (the records API).
 */
export type Access =
  | { public: true }
  | { signedIn: true }
  | { permission: { object: string; action: Action } }
  | { objectPermission: Action };

/** The signed-in user a request acts for, with everything needed to authorise it. */
export interface Viewer {
  userId: number;
  username: string;
  name: string;
  email: string | null;
  phone: string | null;
  departmentId: number | null;
  departmentName: string | null;
  /** Materialised path of the viewer's department (e.g. `/1/4/`), for department-and-below scopes. */
  departmentPath: string | null;
  locale: Locale;
  /** The user's own IANA time zone; null follows the company's. */
  timeZone: string | null;
  roles: Array<{ id: number; key: string | null; name: string }>;
  permissions: PermissionSet;
  /** Set when authenticated by API key: the key's id and scopes (which narrow the user's permissions). */
  apiKey: { id: number; scopes: string[] } | null;
  /** Set when authenticated by session cookie. */
  sessionId: string | null;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    viewer: Viewer | null;
    locale: Locale;
    /** Scope granted for the route's declared permission (set by the access check). */
    grantedScope: DataScope | null;
  }
}

export const PUBLIC: Access = { public: true };
export const SIGNED_IN: Access = { signedIn: true };
export const can = (object: string, action: Action): Access => ({ permission: { object, action } });
/** Access to `action` on the object named by the route's `object` path parameter. */
export const canOnObject = (action: Action): Access => ({ objectPermission: action });

/** The request's viewer, or a 401 when there is none. */
export function viewerOf(request: FastifyRequest): Viewer {
  if (!request.viewer) throw unauthorized();
  return request.viewer;
}
