import { type Expression, type SqlBool, sql } from 'kysely';
import type { FieldType } from '../metadata/field-types/index.ts';
import { escapeLike } from './conditions/compile-condition.ts';
import { RECORD_ALIAS } from './record.repository.ts';
import { type RecordContext, visibleFields } from './record-context.ts';

/** The types `?q=` searches. */
const SEARCHABLE: ReadonlySet<FieldType> = new Set(['text', 'longText', 'phone', 'email']);

/**
 * `?q=` → case-insensitive "contains" over the visible text-like fields (Chinese matches as is, having no
 * case). Hidden fields are never searched, so a match cannot reveal them.
 */
export function searchPredicate(context: RecordContext, q: string): Expression<SqlBool> {
  const pattern = `%${escapeLike(q.trim())}%`;
  const parts = visibleFields(context)
    .filter((field) => SEARCHABLE.has(field.type))
    .map(
      (field) =>
        sql<SqlBool>`lower(${sql.ref(`${RECORD_ALIAS}.${field.columnName}`)}) like lower(${pattern}) escape '\\'`,
    );
  return parts.length > 0 ? sql<SqlBool>`(${sql.join(parts, sql` or `)})` : sql<SqlBool>`1 = 0`;
}
