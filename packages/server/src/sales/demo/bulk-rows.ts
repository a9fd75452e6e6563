import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { ObjectMeta } from '../../metadata/metadata-model.ts';
import {
  type AutoNumberPattern,
  formatAutoNumber,
  parseAutoNumberPattern,
  sequenceKeyOf,
} from '../../records/auto-number/auto-number-pattern.ts';
import { DEFAULT_AUTO_NUMBER_TIME_ZONE } from '../../records/auto-number/next-auto-number.ts';
import { zonedDateParts } from '../../records/auto-number/zoned-date-parts.ts';

type AnyTable = Kysely<Record<string, Record<string, unknown>>>;
/** Bind parameters per statement: under SQLite's limit (32,766) and PostgreSQL's (65,535). */
const MAX_PARAMETERS = 30_000;

/**
 * A record row from API field names to stored values (already in their column form: 分, ISO text, ids),
 * with the columns every record has.
 */
export function recordRow(
  object: ObjectMeta,
  common: { ownerId: number; at: string },
  values: Record<string, string | number | boolean | null>,
): Record<string, unknown> {
  const row: Record<string, unknown> = {
    version: 1,
    owner_id: common.ownerId,
    created_by: common.ownerId,
    updated_by: common.ownerId,
    created_at: common.at,
    updated_at: common.at,
  };
  for (const [field, value] of Object.entries(values)) {
    const meta = object.fields.find((f) => f.apiName === field);
    if (!meta) throw new Error(`${object.apiName} has no field ${field}`);
    row[meta.columnName] = typeof value === 'boolean' ? (value ? 1 : 0) : value;
  }
  return row;
}

/** Inserts rows in multi-row statements; returns the new ids in the order of `rows` when asked. */
export async function insertRows(
  trx: Transaction<DB> | Kysely<DB>,
  table: string,
  rows: Record<string, unknown>[],
  returnIds = false,
): Promise<number[]> {
  if (rows.length === 0) return [];
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / Object.keys(rows[0]!).length));
  const ids: number[] = [];
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    const query = (trx as unknown as AnyTable).insertInto(table).values(chunk);
    if (returnIds) {
      const inserted = await query.returning('id').execute();
      for (const row of inserted) ids.push(Number(row.id));
    } else {
      await query.execute();
    }
  }
  return ids;
}

/**
 * Hands out auto-numbers (`HT-2026-0001`, …) without the per-record counter update, per scope and
 * period as the records engine would; `saveTo` then moves each counter past the highest number given, so
 * records created afterwards continue the sequence.
 */
export class BulkNumbers {
  private readonly counters = new Map<string, number>();
  private readonly patterns = new Map<string, AutoNumberPattern>();

  constructor(private readonly timeZone = DEFAULT_AUTO_NUMBER_TIME_ZONE) {}

  /** The next number of `object.field` for a record created at `at` (ms). */
  next(object: ObjectMeta, field: string, at: number): string {
    const scope = `${object.apiName}.${field}`;
    let pattern = this.patterns.get(scope);
    if (!pattern) {
      const source = object.fields.find((f) => f.apiName === field)?.options.pattern;
      const parsed = parseAutoNumberPattern(String(source));
      if (!parsed.ok) throw new Error(`${scope} has no auto-number pattern`);
      pattern = parsed.pattern;
      this.patterns.set(scope, pattern);
    }
    const date = zonedDateParts(new Date(at), this.timeZone);
    const key = sequenceKeyOf(scope, pattern, date);
    const value = (this.counters.get(key) ?? 0) + 1;
    this.counters.set(key, value);
    return formatAutoNumber(pattern, date, value);
  }

  /** Writes the counters to `sequences`, never lowering one. */
  async saveTo(db: Kysely<DB>): Promise<void> {
    const at = new Date().toISOString();
    for (const [key, value] of this.counters) {
      const existing = await db
        .selectFrom('sequences')
        .select('value')
        .where('key', '=', key)
        .executeTakeFirst();
      if (!existing) await db.insertInto('sequences').values({ key, value, updated_at: at }).execute();
      else if (Number(existing.value) < value)
        await db.updateTable('sequences').set({ value, updated_at: at }).where('key', '=', key).execute();
    }
  }
}
