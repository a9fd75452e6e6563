import type { Kysely, Selectable, Transaction } from 'kysely';
import type { DB, QuoteRevisionTable } from '../../db/schema.ts';

type AnyDb = Kysely<DB> | Transaction<DB>;

export type QuoteRevisionRow = Selectable<QuoteRevisionTable>;

/** Freezes a revision; the unique (quote, revision) key makes a second send of the same revision fail. */
export async function insertQuoteRevision(
  trx: Transaction<DB>,
  row: Omit<QuoteRevisionRow, 'id'>,
): Promise<number> {
  const { id } = await trx
    .insertInto('quote_revisions')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(id);
}

/** The frozen revisions of a quote, oldest first, with who sent each. */
export async function selectQuoteRevisions(db: AnyDb, quoteId: number) {
  return db
    .selectFrom('quote_revisions')
    .leftJoin('users', 'users.id', 'quote_revisions.sent_by')
    .select([
      'quote_revisions.id',
      'quote_revisions.revision',
      'quote_revisions.total',
      'quote_revisions.sent_at',
      'quote_revisions.sent_by',
      'users.name as sent_by_name',
    ])
    .where('quote_revisions.quote_id', '=', quoteId)
    .orderBy('quote_revisions.revision')
    .execute();
}

/** One frozen revision of a quote. */
export async function selectQuoteRevision(
  db: AnyDb,
  quoteId: number,
  revision: number,
): Promise<QuoteRevisionRow | undefined> {
  return db
    .selectFrom('quote_revisions')
    .selectAll()
    .where('quote_id', '=', quoteId)
    .where('revision', '=', revision)
    .executeTakeFirst();
}

/** The cached PDF of a revision in a language, if rendered before. */
export async function selectRevisionPdf(
  db: AnyDb,
  revisionId: number,
  language: string,
): Promise<Buffer | null> {
  const row = await db
    .selectFrom('quote_revision_pdfs')
    .select('pdf')
    .where('revision_id', '=', revisionId)
    .where('language', '=', language)
    .executeTakeFirst();
  return row ? Buffer.from(row.pdf) : null;
}

/** Keeps a rendered PDF of a revision; a concurrent render of the same one is kept only once. */
export async function insertRevisionPdf(
  db: AnyDb,
  revisionId: number,
  language: string,
  pdf: Buffer,
): Promise<void> {
  await db
    .insertInto('quote_revision_pdfs')
    .values({ revision_id: revisionId, language, pdf, created_at: new Date().toISOString() })
    .onConflict((oc) => oc.columns(['revision_id', 'language']).doNothing())
    .execute();
}
