import type { Transaction } from 'kysely';
import type { Capabilities } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import { formatAutoNumber, parseAutoNumberPattern, sequenceKeyOf } from './auto-number-pattern.ts';
import { incrementSequence } from './sequence.repository.ts';
import { zonedDateParts } from './zoned-date-parts.ts';

/** The time zone of date placeholders when the caller names none (the product's home market). */
export const DEFAULT_AUTO_NUMBER_TIME_ZONE = 'Asia/Shanghai';

export interface NextAutoNumberProps {
  /** What is being numbered, e.g. `contract.number` (object and field): each scope counts on its own. */
  scope: string;
  /** The pattern, e.g. `HT-{YYYY}-{0000}`. */
  pattern: string;
  /** The moment of creation, whose date fills the date placeholders. */
  now: Date;
  /** IANA time zone the date is read in; defaults to Asia/Shanghai. */
  timeZone?: string;
}

/**
 * Hands out the next number of a pattern, e.g. `HT-2026-0042`. Call it inside the transaction that inserts
 * the record: the number is taken only if that transaction commits, so numbers are gap-free, and concurrent
 * callers never get the same one. Throws an `AppError` 400 with the pattern's first problem for an invalid
 * pattern (patterns are normally checked with `parseAutoNumberPattern` when the field is saved).
 * @example await nextAutoNumber(trx, database.caps, { scope: 'contract.number', pattern: 'HT-{YYYY}-{0000}', now: new Date() })
 */
export async function nextAutoNumber(
  trx: Transaction<DB>,
  caps: Capabilities,
  { scope, pattern, now, timeZone = DEFAULT_AUTO_NUMBER_TIME_ZONE }: NextAutoNumberProps,
): Promise<string> {
  const parsed = parseAutoNumberPattern(pattern);
  if (!parsed.ok) {
    const [first] = parsed.problems;
    throw new AppError(400, first?.code ?? 'autoNumber.invalid_pattern', first?.params ?? {});
  }
  const date = zonedDateParts(now, timeZone);
  const value = await incrementSequence(trx, caps, sequenceKeyOf(scope, parsed.pattern, date));
  return formatAutoNumber(parsed.pattern, date, value);
}
