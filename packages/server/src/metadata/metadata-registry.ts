import type { Database } from '../db/database.ts';
import { loadAllObjects } from './metadata.repository.ts';
import type { ObjectMeta } from './metadata-model.ts';

/**
 * How long a loaded snapshot is trusted. Changes made by this process invalidate it at once; another
 * instance sharing the database sees them after at most this long (or sooner once it reloads on the
 * `metadata.changed` outbox event).
 */
export const METADATA_TTL_MS = 30_000;

/** All objects and fields at one moment, indexed by api name. */
export interface MetadataSnapshot {
  objects: ObjectMeta[];
  object(apiName: string): ObjectMeta | undefined;
}

/** Objects and fields loaded into memory, reloaded after a change or when the snapshot is older than the TTL. */
export class MetadataRegistry {
  private loading: Promise<MetadataSnapshot> | undefined;
  private loadedAt = 0;

  constructor(private readonly database: Database) {}

  /** The current snapshot, loading it when absent or stale. */
  snapshot(): Promise<MetadataSnapshot> {
    if (!this.loading || Date.now() - this.loadedAt > METADATA_TTL_MS) {
      this.loadedAt = Date.now();
      this.loading = loadAllObjects(this.database.db).then(buildSnapshot);
      this.loading.catch(() => {
        this.loading = undefined;
      });
    }
    return this.loading;
  }

  /** Forgets the snapshot; the next read loads the metadata again. Call after a committed change. */
  invalidate(): void {
    this.loading = undefined;
  }
}

function buildSnapshot(objects: ObjectMeta[]): MetadataSnapshot {
  const byApiName = new Map(objects.map((object) => [object.apiName, object]));
  return { objects, object: (apiName) => byApiName.get(apiName) };
}

const registries = new WeakMap<Database, MetadataRegistry>();

/** The registry of a database, one per open database in this process. */
export function metadataRegistryOf(database: Database): MetadataRegistry {
  let registry = registries.get(database);
  if (!registry) {
    registry = new MetadataRegistry(database);
    registries.set(database, registry);
  }
  return registry;
}
