import { EMPTY, type ParseResult } from './field-type.ts';

/** Parses the id of a referenced record (a positive integer; existence is the foreign key's business). */
export function parseReference(value: unknown): ParseResult {
  if (value === undefined || value === null) return EMPTY;
  const id = typeof value === 'string' && /^\d{1,15}$/.test(value) ? Number(value) : value;
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id <= 0)
    return { ok: false, code: 'value.expected_id' };
  return { ok: true, value: id };
}
