import type { Expression, Kysely, SqlBool } from 'kysely';
import type { ApiKeyTable, DB } from '../../db/schema.ts';

export interface ApiKeyViewRow {
  id: number;
  name: string;
  prefix: string;
  scopes: string;
  expires_at: string | null;
  revoked_at: string | null;
  last_used_at: string | null;
  created_at: string;
  user_id: number;
  user_name: string;
}

export interface ApiKeyListCriteria {
  /** Data-scope predicate on `api_keys.user_id`; null for no restriction. */
  scope: Expression<SqlBool> | null;
  userId?: number | undefined;
  /** Keyset: only keys with a smaller id (the list runs newest first). */
  beforeId?: number | undefined;
  limit: number;
}

function selectApiKeyViews(db: Kysely<DB>) {
  return db
    .selectFrom('api_keys')
    .innerJoin('users', 'users.id', 'api_keys.user_id')
    .select([
      'api_keys.id',
      'api_keys.name',
      'api_keys.prefix',
      'api_keys.scopes',
      'api_keys.expires_at',
      'api_keys.revoked_at',
      'api_keys.last_used_at',
      'api_keys.created_at',
      'api_keys.user_id',
      'users.name as user_name',
    ]);
}

/** One page of API keys, newest first; fetches `limit + 1` rows to detect a next page. */
export async function listApiKeyViews(
  db: Kysely<DB>,
  criteria: ApiKeyListCriteria,
): Promise<ApiKeyViewRow[]> {
  let query = selectApiKeyViews(db);
  if (criteria.scope) query = query.where(criteria.scope);
  if (criteria.userId !== undefined) query = query.where('api_keys.user_id', '=', criteria.userId);
  if (criteria.beforeId !== undefined) query = query.where('api_keys.id', '<', criteria.beforeId);
  return query
    .orderBy('api_keys.id', 'desc')
    .limit(criteria.limit + 1)
    .execute();
}

/** One API key with its user's name. */
export async function findApiKeyView(db: Kysely<DB>, id: number): Promise<ApiKeyViewRow | undefined> {
  return selectApiKeyViews(db).where('api_keys.id', '=', id).executeTakeFirst();
}

/** The stored row of an API key if `scope` (a predicate on `api_keys.user_id`) covers it. */
export async function findApiKeyRow(db: Kysely<DB>, id: number, scope: Expression<SqlBool> | null) {
  let query = db.selectFrom('api_keys').selectAll().where('api_keys.id', '=', id);
  if (scope) query = query.where(scope);
  return query.executeTakeFirst();
}

/** The status of a user, or undefined when there is no such user. */
export async function findUserStatus(db: Kysely<DB>, userId: number): Promise<string | undefined> {
  const row = await db.selectFrom('users').select('status').where('id', '=', userId).executeTakeFirst();
  return row?.status;
}

/** Whether `scope` (a predicate on a user id column) covers the user. */
export async function scopeCoversUser(
  db: Kysely<DB>,
  userId: number,
  scope: Expression<SqlBool> | null,
): Promise<boolean> {
  let query = db.selectFrom('users').select('users.id').where('users.id', '=', userId);
  if (scope) query = query.where(scope);
  return (await query.executeTakeFirst()) !== undefined;
}

/** Inserts an API key and returns its id. */
export async function insertApiKey(db: Kysely<DB>, values: Omit<ApiKeyTable, 'id'>): Promise<number> {
  const row = await db.insertInto('api_keys').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Marks a key revoked; the authentication hook refuses it from then on. */
export async function markApiKeyRevoked(db: Kysely<DB>, id: number, at: string): Promise<void> {
  await db.updateTable('api_keys').set({ revoked_at: at }).where('id', '=', id).execute();
}
