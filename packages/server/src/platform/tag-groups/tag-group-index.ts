import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Tag } from './tag-group.schemas.ts';

/** The tags of every group by group key: what validating a `tags` field value needs. */
export interface TagGroupIndex {
  /** The current tags of the group `groupKey`, or undefined when there is no such group. */
  tagsOf(groupKey: string): readonly Tag[] | undefined;
}

/** An index with no groups (for contexts that parse no tags). */
export const EMPTY_TAG_GROUP_INDEX: TagGroupIndex = { tagsOf: () => undefined };

/** Loads every group's tags in one statement. */
export async function loadTagGroupIndex(db: Kysely<DB> | Transaction<DB>): Promise<TagGroupIndex> {
  const rows = await db.selectFrom('tag_groups').select(['key', 'tags']).execute();
  const byKey = new Map(rows.map((row) => [row.key, JSON.parse(row.tags) as Tag[]]));
  return { tagsOf: (groupKey) => byKey.get(groupKey) };
}
