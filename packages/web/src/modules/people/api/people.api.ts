import { api } from '../../../api/client.ts';

/** A colleague as every signed-in user may see them (no contact details). */
export interface Person {
  id: number;
  name: string;
  username: string;
  departmentName: string | null;
  active: boolean;
}

export const peopleApi = {
  /** Active people whose name or username contains `q`, by name. */
  search: (q: string | undefined, limit = 20) =>
    api.get<{ items: Person[] }>('/people', { query: { q: q || undefined, limit } }),
  /** These people, active or not. */
  byIds: (ids: number[]) => api.get<{ items: Person[] }>('/people', { query: { ids: ids.join(',') } }),
};

export const PEOPLE_QUERY_KEY = ['people'] as const;
