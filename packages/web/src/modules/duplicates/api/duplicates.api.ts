import { api } from '../../../api/client.ts';
import type { RecordData } from '../../records/api/records.api.ts';

/** The objects checked for duplicates and merged. */
export type DedupObject = 'account' | 'contact' | 'lead';
export type MatchKind = 'company' | 'phone' | 'email';

/** A record that may be the same company or person, and why. */
export interface DuplicateCandidate {
  object: DedupObject;
  record: RecordData;
  matchedOn: MatchKind[];
}

export interface MergeFieldPreview {
  field: string;
  /** False: the survivor keeps its value (unique, attachment, read-only to the viewer). */
  choosable: boolean;
  defaultRecordId: number;
  differs: boolean;
}

export interface MergePreview {
  object: DedupObject;
  /** The survivor first, then the duplicates. */
  records: RecordData[];
  fields: MergeFieldPreview[];
  references: Array<{ object: string; field: string; count: number }>;
  attachments: number;
}

export interface MergeRequest {
  survivorId: number;
  duplicateIds: number[];
  values?: Record<string, number>;
}

export interface MergeResult {
  survivor: RecordData;
  mergedIds: number[];
  moved: Array<{ object: string; field: string; count: number }>;
  attachments: number;
}

export const duplicatesApi = {
  check: (object: DedupObject, values: Record<string, string | null>, excludeId?: number) =>
    api.post<{ items: DuplicateCandidate[] }>('/duplicates/check', {
      object,
      values,
      ...(excludeId !== undefined ? { excludeId } : {}),
    }),
  ofRecord: (object: DedupObject, id: number) =>
    api.get<{ items: DuplicateCandidate[] }>(`/duplicates/${object}/${id}`),
  mergePreview: (object: DedupObject, survivorId: number, duplicateIds: number[]) =>
    api.get<MergePreview>(`/merges/${object}/preview`, {
      query: { survivorId, duplicateIds: duplicateIds.join(',') },
    }),
  merge: (object: DedupObject, request: MergeRequest) => api.post<MergeResult>(`/merges/${object}`, request),
};

export const DUPLICATES_QUERY_KEY = ['duplicates'] as const;
