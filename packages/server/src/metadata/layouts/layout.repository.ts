import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { LayoutSection } from './layout-model.ts';

type Db = Kysely<DB>;

/** Every saved layout's sections by object id. */
export async function loadAllLayouts(db: Db): Promise<Map<number, LayoutSection[]>> {
  const rows = await db.selectFrom('meta_layouts').select(['object_id', 'sections']).execute();
  return new Map(rows.map((row) => [row.object_id, JSON.parse(row.sections) as LayoutSection[]]));
}

/** The saved sections of one object, or undefined when none were saved. */
export async function findLayoutSections(db: Db, objectId: number): Promise<LayoutSection[] | undefined> {
  const row = await db
    .selectFrom('meta_layouts')
    .select('sections')
    .where('object_id', '=', objectId)
    .executeTakeFirst();
  return row ? (JSON.parse(row.sections) as LayoutSection[]) : undefined;
}

/** Inserts or replaces the saved sections of one object. */
export async function saveLayoutSections(db: Db, objectId: number, sections: LayoutSection[]): Promise<void> {
  const now = new Date().toISOString();
  const json = JSON.stringify(sections);
  const updated = await db
    .updateTable('meta_layouts')
    .set({ sections: json, updated_at: now })
    .where('object_id', '=', objectId)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) > 0) return;
  await db
    .insertInto('meta_layouts')
    .values({ object_id: objectId, sections: json, created_at: now, updated_at: now })
    .execute();
}

/** Takes a field out of the saved layout of its object (when it is deleted). */
export async function removeFieldFromLayout(db: Db, objectId: number, fieldApiName: string): Promise<void> {
  const sections = await findLayoutSections(db, objectId);
  if (!sections) return;
  const next = sections.map((section) => ({
    ...section,
    fields: section.fields.filter((placement) => placement.field !== fieldApiName),
  }));
  await saveLayoutSections(db, objectId, next);
}
