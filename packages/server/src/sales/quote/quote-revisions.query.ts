import { Decimal } from '@lodestar/shared';
import { notFound } from '../../errors.ts';
import type { RecordContext } from '../../records/record-context.ts';
import type { QuoteRevisionSummary } from './quote.schemas.ts';
import { readQuoteOrThrow } from './quote-read.ts';
import {
  type QuoteRevisionRow,
  selectQuoteRevision,
  selectQuoteRevisions,
} from './quote-revision.repository.ts';
import type { QuoteSnapshot } from './quote-snapshot.ts';

/** The revisions of a quote the viewer may read that were sent, oldest first. */
export async function listQuoteRevisions(
  context: RecordContext,
  quoteId: number,
): Promise<QuoteRevisionSummary[]> {
  const db = context.database.db;
  await readQuoteOrThrow(db, context, quoteId);
  const rows = await selectQuoteRevisions(db, quoteId);
  return rows.map((row) => ({
    revision: Number(row.revision),
    total: Decimal.fromUnits(BigInt(row.total), 2).toString(),
    sentAt: row.sent_at,
    sentBy: row.sent_by == null ? null : { id: Number(row.sent_by), name: row.sent_by_name ?? '' },
  }));
}

/** One sent revision of a quote the viewer may read (404 for an unknown revision), with its frozen snapshot. */
export async function getQuoteRevision(
  context: RecordContext,
  quoteId: number,
  revision: number,
): Promise<{ row: QuoteRevisionRow; snapshot: QuoteSnapshot }> {
  const db = context.database.db;
  await readQuoteOrThrow(db, context, quoteId);
  const row = await selectQuoteRevision(db, quoteId, revision);
  if (!row) throw notFound('quote.revision_not_found');
  return { row, snapshot: JSON.parse(row.snapshot) as QuoteSnapshot };
}
