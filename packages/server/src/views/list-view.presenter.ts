import type { z } from 'zod';
import { toBool } from '../db/schema.ts';
import type { ListViewRow } from './list-view.repository.ts';
import type { ViewSchema } from './list-views.schemas.ts';

/** A view row as the API shows it. */
export function presentView(row: ListViewRow): z.infer<typeof ViewSchema> {
  return {
    id: Number(row.id),
    object: row.object,
    name: row.name,
    columns: JSON.parse(row.columns) as string[],
    filter: row.filter == null ? null : (JSON.parse(row.filter) as unknown),
    sort: row.sort,
    q: row.q,
    shared: toBool(row.shared),
    ownerId: row.owner_id == null ? null : Number(row.owner_id),
    createdAt: String(row.created_at),
    updatedAt: String(row.updated_at),
  };
}
