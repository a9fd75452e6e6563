import { DEFAULT_LOCALE } from '@lodestar/shared';
import type { Viewer } from '../../http/access.ts';
import { PermissionSet } from '../../platform/permissions/permission-set.ts';

/**
 * Who a scheduled job acts as: nobody. Its writes carry no user (history and events show the system), which
 * is why the id is null despite the type: record tables, history and events all take a null actor.
 */
export const SYSTEM_ACTOR: Viewer = {
  userId: null as unknown as number,
  username: 'system',
  name: 'system',
  email: null,
  phone: null,
  departmentId: null,
  departmentName: null,
  departmentPath: null,
  locale: DEFAULT_LOCALE,
  timeZone: null,
  roles: [],
  permissions: new PermissionSet([{ isAdmin: true, scopes: {}, fields: {} }]),
  apiKey: null,
  sessionId: null,
};
