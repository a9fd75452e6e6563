import { useUserName } from '../hooks/useUserName.ts';

/** A user id shown as the user's name. */
export function UserName({ id }: { id: number }) {
  return <>{useUserName(id)}</>;
}
