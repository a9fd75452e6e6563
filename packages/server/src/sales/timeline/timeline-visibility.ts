import { type Expression, type SqlBool, sql } from 'kysely';
import type { Viewer } from '../../http/access.ts';
import type { MetadataSnapshot } from '../../metadata/metadata-registry.ts';
import { scopePredicate } from '../../platform/permissions/data-scope.ts';
import { anchorLinksOf } from './timeline-anchors.ts';

/**
 * Which timeline entries (alias `te`) the viewer may see, as SQL: an entry is visible when the viewer may
 * read the record it is about. Per source object: nothing when the viewer may not read the object at all,
 * the object's name alone when they read all of its records, else an EXISTS on the source record with the
 * read scope on its owner. Returns `false` when no source object is readable.
 */
export function timelineVisibility(viewer: Viewer, snapshot: MetadataSnapshot): Expression<SqlBool> {
  const readAll: string[] = [];
  const scoped: Array<Expression<SqlBool>> = [];
  for (const object of snapshot.objects) {
    if (anchorLinksOf(object).length === 0) continue;
    const scope = viewer.permissions.scope(object.apiName, 'read');
    if (!scope) continue;
    const predicate = scopePredicate(viewer, scope, 'src.owner_id');
    if (!predicate) {
      readAll.push(object.apiName);
      continue;
    }
    scoped.push(
      sql<SqlBool>`(te.source_object = ${object.apiName} and exists (select 1 from ${sql.table(object.tableName)} src where src.id = te.source_id and ${predicate}))`,
    );
  }
  const terms = [...scoped];
  if (readAll.length > 0)
    terms.unshift(sql<SqlBool>`te.source_object in (${sql.join(readAll.map((name) => sql`${name}`))})`);
  if (terms.length === 0) return sql<SqlBool>`1 = 0`;
  return sql<SqlBool>`(${sql.join(terms, sql` or `)})`;
}
