import type { Kysely, Selectable, Transaction } from 'kysely';
import type { DB, TagGroupTable } from '../../db/schema.ts';
import type { Tag, TagGroupOutput } from './tag-group.schemas.ts';

type Db = Kysely<DB> | Transaction<DB>;

/** A stored tag group with its JSON parsed. */
export type TagGroup = TagGroupOutput;

function toTagGroup(row: Selectable<TagGroupTable>): TagGroup {
  return {
    id: Number(row.id),
    key: row.key,
    label: JSON.parse(row.labels),
    tags: JSON.parse(row.tags) as Tag[],
    position: Number(row.position),
    createdAt: String(row.created_at),
    updatedAt: String(row.updated_at),
  };
}

/** Every tag group, by position then key. */
export async function listTagGroups(db: Db): Promise<TagGroup[]> {
  const rows = await db.selectFrom('tag_groups').selectAll().orderBy('position').orderBy('key').execute();
  return rows.map(toTagGroup);
}

/** One tag group by id, or undefined. */
export async function findTagGroup(db: Db, id: number): Promise<TagGroup | undefined> {
  const row = await db.selectFrom('tag_groups').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toTagGroup(row) : undefined;
}

/** Whether a group with `key` exists. */
export async function tagGroupKeyTaken(db: Db, key: string): Promise<boolean> {
  return !!(await db.selectFrom('tag_groups').select('id').where('key', '=', key).executeTakeFirst());
}

/** Inserts a group and returns its id. */
export async function insertTagGroup(
  db: Db,
  values: { key: string; label: TagGroup['label']; tags: Tag[]; position: number },
): Promise<number> {
  const now = new Date().toISOString();
  const row = await db
    .insertInto('tag_groups')
    .values({
      key: values.key,
      labels: JSON.stringify(values.label),
      tags: JSON.stringify(values.tags),
      position: values.position,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

/** Writes a group's label, tags and position. */
export async function updateTagGroupRow(
  db: Db,
  id: number,
  values: { label: TagGroup['label']; tags: Tag[]; position: number },
): Promise<void> {
  await db
    .updateTable('tag_groups')
    .set({
      labels: JSON.stringify(values.label),
      tags: JSON.stringify(values.tags),
      position: values.position,
      updated_at: new Date().toISOString(),
    })
    .where('id', '=', id)
    .execute();
}

/** Deletes a group. */
export async function deleteTagGroupRow(db: Db, id: number): Promise<void> {
  await db.deleteFrom('tag_groups').where('id', '=', id).execute();
}
