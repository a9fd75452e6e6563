import { type Kysely, type SqlBool, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Viewer } from '../../http/access.ts';
import type { MetadataSnapshot } from '../../metadata/metadata-registry.ts';
import { scopePredicate } from '../../platform/permissions/data-scope.ts';
import type { TimelineChange } from './timeline.schemas.ts';

/** Names of the records and users an entry page mentions, so lookups show as names, not ids. */
export interface TimelineRefs {
  records: Record<string, Record<string, string>>;
  users: Record<string, string>;
}

interface MentionedEntry {
  sourceObject: string;
  actorUserId: number | null;
  changes: TimelineChange[];
}

const idsOf = (change: TimelineChange) =>
  [change.oldValue, change.newValue].filter((value): value is number => typeof value === 'number');

/**
 * Resolves the names of the records (lookup values) and users (actors, owners, user fields) a page of
 * entries mentions: one query per target object and one for users. A related record the viewer may not read
 * stays unnamed (its id alone shows), as with `?fields=account.name` in the records API.
 */
export async function resolveTimelineRefs(
  db: Kysely<DB>,
  viewer: Viewer,
  snapshot: MetadataSnapshot,
  entries: MentionedEntry[],
): Promise<TimelineRefs> {
  const recordIds = new Map<string, Set<number>>();
  const userIds = new Set<number>();
  for (const entry of entries) {
    if (entry.actorUserId !== null) userIds.add(entry.actorUserId);
    const source = snapshot.object(entry.sourceObject);
    for (const change of entry.changes) {
      const field = source?.fields.find((f) => f.apiName === change.field);
      if (change.field === 'ownerId' || field?.type === 'user') {
        for (const id of idsOf(change)) userIds.add(id);
      } else if (field?.type === 'lookup') {
        const target = String(field.options.target);
        const ids = recordIds.get(target) ?? new Set<number>();
        for (const id of idsOf(change)) ids.add(id);
        recordIds.set(target, ids);
      }
    }
  }
  const refs: TimelineRefs = { records: {}, users: {} };
  for (const [target, ids] of recordIds) {
    const object = snapshot.object(target);
    const scope = viewer.permissions.scope(target, 'read');
    if (!object?.nameField || !scope || ids.size === 0) continue;
    const nameColumn = object.fields.find((f) => f.apiName === object.nameField)?.columnName;
    if (!nameColumn) continue;
    const predicate = scopePredicate(viewer, scope, 'ref.owner_id') ?? sql<SqlBool>`1 = 1`;
    const rows = await sql<{
      id: number | string;
      name: unknown;
    }>`select ref.id, ${sql.ref(`ref.${nameColumn}`)} as name from ${sql.table(object.tableName)} ref where ref.id in (${sql.join([...ids])}) and ${predicate}`.execute(
      db,
    );
    refs.records[target] = Object.fromEntries(
      rows.rows.filter((row) => row.name != null).map((row) => [String(row.id), String(row.name)]),
    );
  }
  if (userIds.size > 0) {
    const users = await db
      .selectFrom('users')
      .select(['id', 'name'])
      .where('id', 'in', [...userIds])
      .execute();
    refs.users = Object.fromEntries(users.map((user) => [String(user.id), user.name]));
  }
  return refs;
}
