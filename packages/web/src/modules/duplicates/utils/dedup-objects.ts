import type { DedupObject, MatchKind } from '../api/duplicates.api.ts';

/** The fields of each object that its duplicates are found by (as on the server). */
export const MATCH_FIELDS: Record<DedupObject, Partial<Record<MatchKind, string>>> = {
  account: { company: 'name', phone: 'phone' },
  contact: { phone: 'phone', email: 'email' },
  lead: { company: 'company', phone: 'phone', email: 'email' },
};

export function isDedupObject(object: string): object is DedupObject {
  return object === 'account' || object === 'contact' || object === 'lead';
}

/** The values a duplicate check sends: the match fields' texts, trimmed, empty ones left out. */
export function checkValues(object: DedupObject, values: Record<string, unknown>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const field of Object.values(MATCH_FIELDS[object])) {
    const value = values[field];
    if (typeof value === 'string' && value.trim() !== '') result[field] = value.trim();
  }
  return result;
}
