import { usePersonName } from '../../people/hooks/usePersonName.ts';

/** A user's display name by id, from the company directory; `#id` until known. */
export function useUserName(id: number | null | undefined) {
  return usePersonName(id);
}
