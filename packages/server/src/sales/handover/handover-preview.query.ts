import type { Database } from '../../db/database.ts';
import type { Viewer } from '../../http/access.ts';
import { metadataRegistryOf } from '../../metadata/metadata-registry.ts';
import { countOwned } from './handover.repository.ts';
import { planHandover } from './handover-plan.ts';
import { handoverUsersOrThrow } from './handover-users.ts';

export interface HandoverPreview {
  from: { id: number; name: string };
  to: { id: number; name: string } | null;
  /** Per object with records of the user: how many move, and how many finished ones stay. */
  objects: Array<{ object: string; count: number; staying: number }>;
  total: number;
}

/** What a handover of a user's records would move, per object, with the same checks as the handover. */
export async function handoverPreview(
  database: Database,
  viewer: Viewer,
  props: {
    fromUserId: number;
    toUserId?: number | undefined;
    objects?: string[] | undefined;
    includeClosed: boolean;
  },
): Promise<HandoverPreview> {
  const snapshot = await metadataRegistryOf(database).snapshot();
  const parts = planHandover(snapshot, viewer, props);
  const users = await handoverUsersOrThrow(database.db, props.fromUserId, props.toUserId);
  const objects: HandoverPreview['objects'] = [];
  for (const part of parts) {
    const count = await countOwned(database.db, part.owned);
    const staying = part.owned === part.all ? 0 : (await countOwned(database.db, part.all)) - count;
    if (count > 0 || staying > 0) objects.push({ object: part.object, count, staying });
  }
  return { ...users, objects, total: objects.reduce((sum, part) => sum + part.count, 0) };
}
