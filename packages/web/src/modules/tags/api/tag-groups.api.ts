import { api } from '../../../api/client.ts';
import type { Labels } from '../../records/api/objects.api.ts';

/** One tag of a group. */
export interface TagDefinition {
  key: string;
  label: Labels;
  /** `#rrggbb`, or null for the default colour. */
  color: string | null;
}

/** An admin-defined tag group. */
export interface TagGroup {
  id: number;
  key: string;
  label: Labels;
  tags: TagDefinition[];
  position: number;
  createdAt: string;
  updatedAt: string;
}

export interface TagGroupInput {
  key?: string;
  label: Labels;
  tags: TagDefinition[];
}

/** Shared with the form designer's tags option editor: the same key holds the same `{ data }` answer. */
export const TAG_GROUPS_QUERY_KEY = ['tag-groups'] as const;

export const tagGroupsApi = {
  list: () => api.get<{ data: TagGroup[] }>('/tag-groups'),
  create: (input: TagGroupInput) => api.post<TagGroup>('/tag-groups', input),
  update: (id: number, input: Omit<TagGroupInput, 'key'>) => api.patch<TagGroup>(`/tag-groups/${id}`, input),
  delete: (id: number) => api.delete(`/tag-groups/${id}`),
};
