import type { Locale } from '@lodestar/shared';
import type { PdfFontSource } from './pdf/pdf-font.ts';
import type { QuotePdfDocument } from './pdf/quote-pdf-document.ts';
import { renderQuotePdf } from './pdf/render-quote-pdf.ts';
import type { QuoteSnapshot } from './quote-snapshot.ts';

/** What the renderer prints for a quote snapshot, with labels in `language`. */
export function quotePdfDocument(snapshot: QuoteSnapshot, language: Locale): QuotePdfDocument {
  return {
    language,
    company: {
      name: snapshot.company.name,
      ...(snapshot.company.address ? { address: snapshot.company.address } : {}),
      ...(snapshot.company.phone ? { phone: snapshot.company.phone } : {}),
      ...(snapshot.company.taxId ? { taxId: snapshot.company.taxId } : {}),
    },
    number: snapshot.number,
    version: snapshot.revision,
    date: snapshot.quoteDate ?? '',
    validUntil: snapshot.validUntil ?? '',
    customer: {
      name: snapshot.account?.name ?? '',
      ...(snapshot.contact ? { contactName: snapshot.contact.name } : {}),
      ...((snapshot.contact?.phone ?? snapshot.account?.phone)
        ? { phone: (snapshot.contact?.phone ?? snapshot.account?.phone) as string }
        : {}),
    },
    ...(snapshot.owner ? { preparedBy: snapshot.owner.name } : {}),
    lines: snapshot.lines.map((line) => ({
      productName: line.name,
      ...(line.description ? { spec: line.description } : {}),
      ...(line.unit ? { unit: line.unit } : {}),
      quantity: line.quantity,
      unitPrice: line.unitPrice,
      discountPercent: line.discountPercent,
      taxPercent: line.taxPercent,
    })),
    terms: (snapshot.terms ?? '')
      .split(/\r?\n/)
      .map((paragraph) => paragraph.trim())
      .filter(Boolean),
  };
}

/** Renders a snapshot's PDF. */
export function renderSnapshotPdf(
  snapshot: QuoteSnapshot,
  language: Locale,
  font: PdfFontSource,
): Promise<Buffer> {
  return renderQuotePdf(quotePdfDocument(snapshot, language), font);
}

/**
 * The download name of a quote PDF, as a `Content-Disposition` value: `报价单-BJ-2026-0001-v2.pdf` (or
 * `Quote-…` in English) in RFC 5987's `filename*`, with a plain ASCII `filename` for older clients.
 */
export function pdfContentDisposition(number: string, revision: number, language: Locale): string {
  const safeNumber = number.replace(/[^A-Za-z0-9._-]/g, '_');
  const title = language === 'en' ? 'Quote' : '报价单';
  const name = `${title}-${safeNumber}-v${revision}.pdf`;
  return `attachment; filename="quote-${safeNumber}-v${revision}.pdf"; filename*=UTF-8''${encodeRfc5987(name)}`;
}

function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}
