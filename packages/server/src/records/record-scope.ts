import type { Action } from '@lodestar/shared';
import { type Expression, type SqlBool, sql } from 'kysely';
import { notFound } from '../errors.ts';
import { viewerScope } from '../platform/permissions/data-scope.ts';
import { RECORD_ALIAS } from './record.repository.ts';
import type { RecordContext } from './record-context.ts';

/**
 * The predicates every records query carries: the viewer's data scope for `action` on the owner column and
 * whether the row is live or in the recycle bin.
 */
export function scopeWhere(
  context: RecordContext,
  action: Action,
  state: 'live' | 'deleted',
): Array<Expression<SqlBool>> {
  const where: Array<Expression<SqlBool>> = [];
  const scope = viewerScope(context.viewer, context.object.apiName, action, `${RECORD_ALIAS}.owner_id`);
  if (scope) where.push(scope);
  const deletedAt = sql.ref(`${RECORD_ALIAS}.deleted_at`);
  where.push(state === 'live' ? sql<SqlBool>`${deletedAt} is null` : sql<SqlBool>`${deletedAt} is not null`);
  return where;
}

/** The 404 of a record that does not exist or lies outside the viewer's scope (the two look alike). */
export const recordNotFound = () => notFound('record.not_found');
