import type { Database } from '../../db/database.ts';
import type { Viewer } from '../../http/access.ts';
import { localMetadataChanges, METADATA_CHANNEL } from '../events/metadata-version.ts';
import { loadViewer } from './load-viewer.ts';
import { resolveSession, type SessionRow } from './sessions.ts';
import { localViewerChanges, markViewersChanged, VIEWERS_CHANNEL } from './viewer-version.ts';

/**
 * How long a signed-in viewer (session → user → roles → permissions) is reused without reading the database.
 * A change made through this instance is seen at once; another instance's change when its notification
 * arrives (PostgreSQL) and at the latest after this time.
 */
export const VIEWER_CACHE_TTL_MS = 3_000;

/** Beyond this many cached sessions the cache starts again empty (a bound, not an eviction policy). */
const MAX_ENTRIES = 10_000;

interface Entry {
  loadedAt: number;
  /** The change count when loading started: any change since then makes the entry stale. */
  changes: number;
  session: SessionRow;
  viewer: Viewer | null;
}

/** Viewers of session cookies, kept for `VIEWER_CACHE_TTL_MS` and dropped on every announced change. */
export class ViewerCache {
  private readonly sessions = new Map<string, Entry>();
  private listening = false;

  constructor(private readonly database: Database) {}

  /**
   * The viewer of a session cookie's token, or null when the session or its user is not active. Entries are
   * kept by token (hashing it on every request would cost more than the lookup).
   */
  async bySession(token: string, ttlSeconds: number): Promise<Viewer | null> {
    this.listen();
    const now = Date.now();
    const changes = this.changes();
    const entry = this.sessions.get(token);
    if (
      entry &&
      entry.changes === changes &&
      now - entry.loadedAt < VIEWER_CACHE_TTL_MS &&
      Date.parse(entry.session.expires_at) > now
    ) {
      return entry.viewer;
    }
    const db = this.database.db;
    const session = await resolveSession(db, token, ttlSeconds);
    if (!session) {
      this.sessions.delete(token);
      return null;
    }
    const viewer = await loadViewer(db, session.user_id, null, session.id);
    if (this.sessions.size >= MAX_ENTRIES) this.sessions.clear();
    this.sessions.set(token, { loadedAt: now, changes, session, viewer });
    return viewer;
  }

  /** Forgets every cached viewer. */
  clear(): void {
    this.sessions.clear();
  }

  /** Viewer changes and metadata changes (which can change permissions) seen by this process. */
  private changes(): number {
    const db = this.database.db;
    return localViewerChanges(db) + localMetadataChanges(db);
  }

  /** On PostgreSQL, drops the cache whenever any instance announces a change. */
  private listen(): void {
    if (this.listening || !this.database.listen) return;
    this.listening = true;
    const onChange = () => {
      markViewersChanged(this.database.db);
      this.clear();
    };
    void this.database.listen(VIEWERS_CHANNEL, onChange);
    void this.database.listen(METADATA_CHANNEL, onChange);
  }
}

const caches = new WeakMap<Database, ViewerCache>();

/** The viewer cache of a database, one per open database in this process. */
export function viewerCacheOf(database: Database): ViewerCache {
  let cache = caches.get(database);
  if (!cache) {
    cache = new ViewerCache(database);
    caches.set(database, cache);
  }
  return cache;
}
