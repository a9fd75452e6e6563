import { api, apiDownload } from '../../../api/client.ts';

/** A record: system fields plus field values by api name (hidden fields are absent). */
export interface RecordData {
  id: number;
  version: number;
  createdAt: string;
  updatedAt: string;
  ownerId: number | null;
  [field: string]: unknown;
}

export interface RecordPage {
  data: RecordData[];
  nextCursor: string | null;
}

export interface RecordListQuery {
  q?: string;
  /** JSON condition, e.g. `{"and":[{"field":"name","op":"contains","value":"华"}]}`. */
  filter?: string;
  /** Comma-separated field names, `-` for descending. */
  sort?: string;
  limit?: number;
  cursor?: string;
  /** Comma-separated fields to return; `lookup.field` adds the related record's value. */
  fields?: string;
}

/** Changes of one record in a bulk request. */
export interface BulkUpdate {
  id: number;
  version: number;
  [field: string]: unknown;
}

/** One change of one field. */
export interface FieldHistoryEntry {
  id: number;
  field: string;
  oldValue: unknown;
  newValue: unknown;
  actorUserId: number | null;
  at: string;
}

const base = (object: string) => `/objects/${encodeURIComponent(object)}/records`;

export const recordsApi = {
  list: (object: string, query: RecordListQuery) =>
    api.get<RecordPage>(base(object), { query: { ...query } }),
  /** One record; `fields` as the list's (`*,account.name` adds the account's name to every own field). */
  get: (object: string, id: number, fields?: string) =>
    api.get<RecordData>(`${base(object)}/${id}`, { query: { fields } }),
  create: (object: string, values: Record<string, unknown>) => api.post<RecordData>(base(object), values),
  update: (object: string, id: number, version: number, values: Record<string, unknown>) =>
    api.patch<RecordData>(`${base(object)}/${id}`, { ...values, version }),
  remove: (object: string, id: number) => api.delete(`${base(object)}/${id}`),
  bulk: (object: string, body: { update?: BulkUpdate[]; delete?: number[] }) =>
    api.post<{ updated: RecordData[]; deleted: number[] }>(`${base(object)}/bulk`, body),
  /** Downloads the export of the list with its query (filter, sort, search, columns). */
  export: (object: string, format: 'xlsx' | 'csv', query: Omit<RecordListQuery, 'limit' | 'cursor'>) =>
    apiDownload(`${base(object)}/export`, { format, ...query }),
  history: (object: string, id: number) =>
    api.get<{ items: FieldHistoryEntry[] }>(`${base(object)}/${id}/history`),
};

export const RECORDS_QUERY_KEY = ['records'] as const;
