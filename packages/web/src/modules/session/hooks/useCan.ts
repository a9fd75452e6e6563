import type { Action } from '@lodestar/shared';
import { useCallback } from 'react';
import type { Me } from '../api/session.api.ts';
import { useMe } from './useMe.ts';

/** Whether a user may perform an action on an object (with any data scope). */
export function canDo(me: Me | undefined, object: string, action: Action): boolean {
  if (!me) return false;
  return me.isAdmin || Boolean(me.permissions[object]?.[action]);
}

/** `can(object, action)` for the signed-in user: what the UI offers. The server enforces it regardless. */
export function useCan() {
  const { data: me } = useMe();
  return useCallback((object: string, action: Action) => canDo(me, object, action), [me]);
}
