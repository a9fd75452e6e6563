import { useMe } from '../../session/hooks/useMe.ts';

/**
 * Whether the signed-in user may hand records over: admins, and holders of `assign` with scope `all` on
 * some object (the server checks each object handed over).
 */
export function useCanHandOver(): boolean {
  const { data: me } = useMe();
  if (!me) return false;
  return me.isAdmin || Object.values(me.permissions).some((actions) => actions.assign === 'all');
}
