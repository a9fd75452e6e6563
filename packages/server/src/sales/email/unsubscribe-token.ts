import { createHmac, timingSafeEqual } from 'node:crypto';
import { isLocale, type Locale } from '@lodestar/shared';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { generateToken } from '../../platform/auth/secrets.ts';

type AnyDb = Kysely<DB> | Transaction<DB>;

const KEY_SETTING = 'emailSigningKey';
/** The path of the public unsubscribe page, under the API prefix. */
export const UNSUBSCRIBE_PATH = '/api/v1/public/unsubscribe';

/**
 * The key unsubscribe links are signed with: random, made on first use and kept in the `settings` row
 * `emailSigningKey` (never shown by the API). Replacing it invalidates every link already sent.
 */
export async function signingKey(db: AnyDb): Promise<string> {
  const read = () =>
    db.selectFrom('settings').select('value').where('key', '=', KEY_SETTING).executeTakeFirst();
  const row = await read();
  if (row) return JSON.parse(row.value) as string;
  await db
    .insertInto('settings')
    .values({
      key: KEY_SETTING,
      value: JSON.stringify(generateToken(32)),
      updated_at: new Date().toISOString(),
      updated_by: null,
    })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  return JSON.parse((await read())!.value) as string;
}

const signature = (key: string, payload: string) =>
  createHmac('sha256', key).update(`unsubscribe:${payload}`).digest().subarray(0, 16).toString('base64url');

/** The token of a lead's unsubscribe link: the lead and the language of its page, signed. */
export function unsubscribeToken(key: string, leadId: number, language: Locale): string {
  const payload = `${leadId}.${language}`;
  return `${payload}.${signature(key, payload)}`;
}

/** The lead and language of a token, or null when it is malformed or its signature is wrong. */
export function readUnsubscribeToken(
  key: string,
  token: string,
): { leadId: number; language: Locale } | null {
  const match = /^(\d{1,15})\.(zh-CN|en)\.([A-Za-z0-9_-]{22})$/.exec(token);
  if (!match) return null;
  const [, id, language, given] = match as unknown as [string, string, string, string];
  const expected = Buffer.from(signature(key, `${id}.${language}`));
  const actual = Buffer.from(given);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return null;
  if (!isLocale(language)) return null;
  return { leadId: Number(id), language };
}

/** The whole unsubscribe address of a lead, on the server's public address. */
export function unsubscribeUrl(publicUrl: string, key: string, leadId: number, language: Locale): string {
  return `${publicUrl.replace(/\/+$/, '')}${UNSUBSCRIBE_PATH}/${unsubscribeToken(key, leadId, language)}`;
}
