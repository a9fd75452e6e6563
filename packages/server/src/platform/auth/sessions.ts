import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { generateToken, sha256 } from './secrets.ts';
import { announceViewerChange } from './viewer-version.ts';

export const SESSION_COOKIE = 'lodestar_session';
/** A session's last-seen time is written at most this often, to keep reads cheap. */
const TOUCH_INTERVAL_MS = 60_000;

export interface SessionRow {
  id: string;
  user_id: number;
  expires_at: string;
  last_seen_at: string;
}

/** Creates a session and returns the token for the cookie (only its hash is stored). */
export async function createSession(
  db: Kysely<DB>,
  props: { userId: number; ttlSeconds: number; ip: string | null; userAgent: string | null },
): Promise<{ token: string; id: string; expiresAt: string }> {
  const token = generateToken();
  const now = new Date();
  const expiresAt = new Date(now.getTime() + props.ttlSeconds * 1000).toISOString();
  const id = sha256(token);
  await db
    .insertInto('sessions')
    .values({
      id,
      user_id: props.userId,
      created_at: now.toISOString(),
      expires_at: expiresAt,
      last_seen_at: now.toISOString(),
      ip: props.ip,
      user_agent: props.userAgent?.slice(0, 300) ?? null,
    })
    .execute();
  return { token, id, expiresAt };
}

/** The live session for a token, extending it (sliding expiry); null when unknown or expired. */
export async function resolveSession(
  db: Kysely<DB>,
  token: string,
  ttlSeconds: number,
): Promise<SessionRow | null> {
  const id = sha256(token);
  const row = await db
    .selectFrom('sessions')
    .select(['id', 'user_id', 'expires_at', 'last_seen_at'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return null;
  const now = Date.now();
  if (Date.parse(row.expires_at) <= now) {
    await db.deleteFrom('sessions').where('id', '=', id).execute();
    return null;
  }
  if (now - Date.parse(row.last_seen_at) > TOUCH_INTERVAL_MS) {
    await db
      .updateTable('sessions')
      .set({
        last_seen_at: new Date(now).toISOString(),
        expires_at: new Date(now + ttlSeconds * 1000).toISOString(),
      })
      .where('id', '=', id)
      .execute();
  }
  return row;
}

/** Ends one session (sign-out); cached viewers of it stop working at once. */
export async function deleteSession(db: Kysely<DB>, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
  await announceViewerChange(db);
}

/** Ends every session of a user except `keepId` (after a password change or when disabling the user). */
export async function deleteUserSessions(db: Kysely<DB>, userId: number, keepId?: string): Promise<void> {
  let q = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (keepId) q = q.where('id', '!=', keepId);
  await q.execute();
  await announceViewerChange(db);
}
