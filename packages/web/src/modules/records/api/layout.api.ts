import { api } from '../../../api/client.ts';
import type { Labels } from './objects.api.ts';

/** One field placed in a section; `span: 2` takes the full width of a two-column section. */
export interface LayoutPlacement {
  field: string;
  span: 1 | 2;
}

/** A titled group of fields; `roleIds: null` shows it to everyone. */
export interface LayoutSection {
  key: string;
  label: Labels;
  columns: 1 | 2;
  roleIds: number[] | null;
  fields: LayoutPlacement[];
}

/** The record layout of an object. */
export interface Layout {
  sections: LayoutSection[];
}

const path = (object: string) => `/objects/${encodeURIComponent(object)}/layout`;

export const layoutApi = {
  /** The sections the viewer may see; every one with `all` (for the designer). */
  get: (object: string, all = false) =>
    api.get<Layout>(path(object), { query: { all: all ? 1 : undefined } }),
  save: (object: string, layout: Layout) => api.put<Layout>(path(object), layout),
};

/** Query key of an object's layout (`all` or the viewer's sections). */
export const layoutQueryKey = (object: string, all = false) =>
  ['layout', object, all ? 'all' : 'mine'] as const;

/** Prefix of every layout query, to invalidate them all after a change. */
export const LAYOUTS_QUERY_KEY = ['layout'] as const;
