import { type MatchKey, type MatchKind, matchKeyOf } from './match-keys.ts';

/** The objects checked for duplicates and merged: accounts, contacts and leads. */
export const DEDUP_OBJECTS = ['account', 'contact', 'lead'] as const;
export type DedupObject = (typeof DEDUP_OBJECTS)[number];

/** Which fields of each object give which kind of match key. */
export const MATCH_FIELDS: Record<DedupObject, Partial<Record<MatchKind, string>>> = {
  account: { company: 'name', phone: 'phone' },
  contact: { phone: 'phone', email: 'email' },
  lead: { company: 'company', phone: 'phone', email: 'email' },
};

/**
 * Where a record about to be created may already exist: a new lead may be an account or contact already
 * (the company is a customer, the person a contact); accounts and contacts are compared with their own kind.
 */
export const CHECKED_AGAINST: Record<DedupObject, DedupObject[]> = {
  account: ['account'],
  contact: ['contact'],
  lead: ['lead', 'account', 'contact'],
};

export function isDedupObject(object: string): object is DedupObject {
  return (DEDUP_OBJECTS as readonly string[]).includes(object);
}

/** The match keys of a record of `object` from its API values (each kind at most once). */
export function recordMatchKeys(object: DedupObject, values: Record<string, unknown>): MatchKey[] {
  const keys: MatchKey[] = [];
  for (const [kind, field] of Object.entries(MATCH_FIELDS[object]) as Array<[MatchKind, string]>) {
    const key = matchKeyOf(kind, values[field]);
    if (key !== null) keys.push({ kind, key });
  }
  return keys;
}
