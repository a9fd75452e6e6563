import type { ConditionNode } from '@lodestar/shared';
import { api } from '../../../api/client.ts';

/** A saved list view: columns, filter, sort and search of an object's list, personal or shared. */
export interface ListView {
  id: number;
  object: string;
  name: string;
  columns: string[];
  filter: ConditionNode | null;
  sort: string | null;
  q: string | null;
  shared: boolean;
  ownerId: number | null;
  createdAt: string;
  updatedAt: string;
}

/** What saving a view sends. */
export type ListViewInput = Pick<ListView, 'name' | 'columns' | 'filter' | 'sort' | 'q' | 'shared'>;

const base = (object: string) => `/objects/${encodeURIComponent(object)}/views`;

export const viewsApi = {
  list: (object: string) => api.get<{ data: ListView[] }>(base(object)),
  create: (object: string, input: ListViewInput) => api.post<ListView>(base(object), input),
  update: (object: string, id: number, input: Partial<ListViewInput>) =>
    api.patch<ListView>(`${base(object)}/${id}`, input),
  remove: (object: string, id: number) => api.delete(`${base(object)}/${id}`),
};

export const VIEWS_QUERY_KEY = ['list-views'] as const;
