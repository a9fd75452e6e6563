import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import type { DB } from '../db/schema.ts';
import {
  localMetadataChanges,
  METADATA_CHANNEL,
  readMetadataVersion,
} from '../platform/events/metadata-version.ts';
import { readSettings } from '../platform/settings/settings.repository.ts';
import { loadAllLayouts } from './layouts/layout.repository.ts';
import type { LayoutSection } from './layouts/layout-model.ts';
import { loadAllObjects } from './metadata.repository.ts';
import type { ObjectMeta } from './metadata-model.ts';

/**
 * How long a loaded snapshot is trusted at most. Changes announced by this process are seen at once;
 * another instance's changes are heard on PostgreSQL (LISTEN on `METADATA_CHANNEL`), and elsewhere found by
 * reading the version token at most once per `METADATA_VERSION_CHECK_MS`.
 */
export const METADATA_TTL_MS = 30_000;

/** How often an instance that cannot be notified (SQLite: the CLI, a worker process) checks for changes. */
export const METADATA_VERSION_CHECK_MS = 500;

/** All objects and fields at one moment, indexed by api name. */
export interface MetadataSnapshot {
  objects: ObjectMeta[];
  object(apiName: string): ObjectMeta | undefined;
  /** The saved layout sections of an object (by id), or undefined when none were saved. */
  savedLayout(objectId: number): LayoutSection[] | undefined;
  /** The company's time zone (settings), in which relative dates such as "today" are read. */
  timeZone: string;
}

/** Objects and fields loaded into memory, reloaded after a change or when the snapshot is older than the TTL. */
export class MetadataRegistry {
  private loading: Promise<MetadataSnapshot> | undefined;
  /** The snapshot `loading` resolved to, while it is the current one. */
  private loaded: MetadataSnapshot | undefined;
  private loadedAt = 0;
  /** `localMetadataChanges(this.database.db)` and the version token when the snapshot was loaded. */
  private loadedChanges = -1;
  private loadedVersion = '';
  private checkedAt = 0;
  private listening = false;

  constructor(private readonly database: Database) {}

  /**
   * The current snapshot, loading it when absent, stale or changed by another instance. Inside an open
   * transaction pass it as `trx`: the snapshot in memory is used as it is (the request that opened the
   * transaction checked it moments ago), and one that must be loaded is read through the transaction — the
   * database's own connection may be the one the transaction holds (SQLite), where a read would wait for
   * itself.
   */
  async snapshot(trx?: Kysely<DB>): Promise<MetadataSnapshot> {
    if (trx) {
      // Never wait for a load in progress: it may itself be waiting for the connection `trx` holds.
      if (this.loaded && localMetadataChanges(this.database.db) === this.loadedChanges) return this.loaded;
      return this.loadFrom(trx);
    }
    this.listen();
    const now = Date.now();
    if (this.loading && !this.database.caps.notify && now - this.checkedAt >= METADATA_VERSION_CHECK_MS) {
      this.checkedAt = now;
      if ((await readMetadataVersion(this.database.db)) !== this.loadedVersion) this.invalidate();
    }
    if (
      !this.loading ||
      now - this.loadedAt > METADATA_TTL_MS ||
      localMetadataChanges(this.database.db) !== this.loadedChanges
    ) {
      this.loadedAt = now;
      this.loadedChanges = localMetadataChanges(this.database.db);
      const loading = this.load();
      this.loading = loading;
      this.loaded = undefined;
      loading.then(
        (snapshot) => {
          if (this.loading === loading) this.loaded = snapshot;
        },
        () => {
          if (this.loading === loading) this.loading = undefined;
        },
      );
    }
    return this.loading;
  }

  /** Forgets the snapshot; the next read loads the metadata again. Call after a committed change. */
  invalidate(): void {
    this.loading = undefined;
    this.loaded = undefined;
  }

  private async load(): Promise<MetadataSnapshot> {
    // The token first: a change committed while loading makes the next check load again.
    const version = await readMetadataVersion(this.database.db);
    const snapshot = await this.loadFrom(this.database.db);
    this.loadedVersion = version;
    return snapshot;
  }

  /** Reads a snapshot through `db` (the database or an open transaction) without keeping it. */
  private async loadFrom(db: Kysely<DB>): Promise<MetadataSnapshot> {
    const [objects, layouts, settings] = await Promise.all([
      loadAllObjects(db),
      loadAllLayouts(db),
      readSettings(db),
    ]);
    return buildSnapshot(objects, layouts, settings.locale.timezone);
  }

  /** On PostgreSQL, drops the snapshot whenever any instance announces a change (from the first read on). */
  private listen(): void {
    if (this.listening || !this.database.listen) return;
    this.listening = true;
    void this.database.listen(METADATA_CHANNEL, () => this.invalidate());
  }
}

function buildSnapshot(
  objects: ObjectMeta[],
  layouts: Map<number, LayoutSection[]>,
  timeZone: string,
): MetadataSnapshot {
  const byApiName = new Map(objects.map((object) => [object.apiName, object]));
  return {
    objects,
    timeZone,
    object: (apiName) => byApiName.get(apiName),
    savedLayout: (objectId) => layouts.get(objectId),
  };
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
