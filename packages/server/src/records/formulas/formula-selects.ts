import { type AliasedExpression, sql } from 'kysely';
import { fieldTypeModule } from '../../metadata/field-types/index.ts';
import { DEFAULT_CONDITION_TIME_ZONE } from '../conditions/default-time-zone.ts';
import { RECORD_ALIAS } from '../record.repository.ts';
import type { RecordContext } from '../record-context.ts';
import { todayIn } from './computed-field.ts';

/**
 * The formula fields of the context's object as SQL selections (`(expr) as "cf_x"`), so a row carries
 * their values under their column names like any other field (and keyset cursors can read them).
 */
export function formulaSelects(context: RecordContext): Array<AliasedExpression<unknown, string>> {
  const fields = context.conditionSchema(context.object.apiName)?.fields ?? {};
  const today = todayIn(new Date(), DEFAULT_CONDITION_TIME_ZONE);
  return context.object.fields
    .filter((field) => fieldTypeModule(field.type)?.computed && fields[field.apiName]?.computed)
    .map((field) => sql`${fields[field.apiName]!.computed!.sql(RECORD_ALIAS, today)}`.as(field.columnName));
}
