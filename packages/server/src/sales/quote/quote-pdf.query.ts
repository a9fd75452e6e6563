import type { Locale } from '@lodestar/shared';
import type { RecordContext } from '../../records/record-context.ts';
import type { PdfFontSource } from './pdf/pdf-font.ts';
import { renderSnapshotPdf } from './quote-pdf.ts';
import { readQuoteOrThrow } from './quote-read.ts';
import { insertRevisionPdf, selectRevisionPdf } from './quote-revision.repository.ts';
import { getQuoteRevision } from './quote-revisions.query.ts';
import { buildQuoteSnapshot } from './quote-snapshot.ts';
import { FROZEN_STATUSES, quoteStatusOf } from './quote-status.ts';

export interface QuotePdf {
  pdf: Buffer;
  number: string;
  revision: number;
  /** Served from the cache of a frozen revision. */
  cached: boolean;
}

/**
 * The PDF of a quote the viewer may read. A sent revision (`revision`, or the quote's current one once sent)
 * is rendered from its frozen snapshot once per language and kept in `quote_revision_pdfs`: it never
 * changes, and every instance serves it without rendering again. A quote being drafted is rendered from its
 * current values each time (a preview; nothing is kept).
 */
export async function quotePdf(
  context: RecordContext,
  quoteId: number,
  revision: number | undefined,
  language: Locale,
  font: PdfFontSource,
): Promise<QuotePdf> {
  const db = context.database.db;
  const quote = await readQuoteOrThrow(db, context, quoteId);
  const current = typeof quote.values.revision === 'number' ? quote.values.revision : 1;
  const frozen =
    revision ?? (FROZEN_STATUSES.includes(quoteStatusOf(quote.values.status)) ? current : undefined);
  if (frozen === undefined) {
    const snapshot = await db.transaction().execute((trx) => buildQuoteSnapshot(trx, quoteId, quote.values));
    return {
      pdf: await renderSnapshotPdf(snapshot, language, font),
      number: snapshot.number,
      revision: current,
      cached: false,
    };
  }
  const { row, snapshot } = await getQuoteRevision(context, quoteId, frozen);
  const cached = await selectRevisionPdf(db, Number(row.id), language);
  if (cached) return { pdf: cached, number: snapshot.number, revision: frozen, cached: true };
  const pdf = await renderSnapshotPdf(snapshot, language, font);
  await insertRevisionPdf(db, Number(row.id), language, pdf);
  return { pdf, number: snapshot.number, revision: frozen, cached: false };
}
