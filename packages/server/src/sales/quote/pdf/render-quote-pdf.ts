import { computeQuoteTotals, formatCny, type Locale, toChineseCapital } from '@lodestar/shared';
import PDFDocument from 'pdfkit';
import { translate } from '../../../platform/i18n.ts';
import { loadPdfFont, type PdfFontSource } from './pdf-font.ts';
import type { QuotePdfLabel } from './quote-pdf.messages.ts';
import type { QuotePdfDocument } from './quote-pdf-document.ts';
import { QUOTE_PDF_COLUMNS } from './quote-pdf-table.ts';
import './quote-pdf.messages.ts';

const MARGIN = 40;
/** Room kept at the bottom of every page for the page number. */
const FOOTER = 24;
const CELL_PADDING = 4;
const TABLE_FONT_SIZE = 8.5;
const GREY = '#666666';
const RULE = '#bbbbbb';

type Pdf = PDFKit.PDFDocument;

/**
 * Renders a quote as an A4 PDF with the CJK font embedded (subset): company header, title and quote details,
 * customer, the lines table (continued on as many pages as needed, its header repeated), totals in figures
 * and in 大写, terms, a signature and stamp area, and page numbers. Amounts come from `computeQuoteTotals`.
 * Throws `QuoteLineError` for an invalid line and `PdfFontError` when the font is missing.
 */
export async function renderQuotePdf(document: QuotePdfDocument, font: PdfFontSource): Promise<Buffer> {
  const totals = computeQuoteTotals(document.lines);
  const pdf = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    info: { Title: `${document.number} v${document.version}`, Author: document.company.name },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  // pdfkit also takes a parsed fontkit font, which lets every document share one parse of the file.
  pdf.registerFont('cjk', loadPdfFont(font) as unknown as Buffer);
  pdf.font('cjk');

  const label = (key: QuotePdfLabel, params?: Record<string, unknown>) =>
    translate(document.language, key, params);
  drawHeader(pdf, document, label);
  drawLinesTable(pdf, document, totals.lines, label);
  drawTotals(pdf, totals, document.language, label);
  drawTerms(pdf, document.terms, label);
  drawSignatures(pdf, label);
  drawPageNumbers(pdf, label);
  pdf.end();
  return finished;
}

type Label = (key: QuotePdfLabel, params?: Record<string, unknown>) => string;

const contentWidth = (pdf: Pdf) => pdf.page.width - 2 * MARGIN;
const bottomLimit = (pdf: Pdf) => pdf.page.height - MARGIN - FOOTER;

/** Starts a new page when `height` points do not fit on this one; returns whether it did. */
function ensureRoom(pdf: Pdf, height: number): boolean {
  if (pdf.y + height <= bottomLimit(pdf)) return false;
  pdf.addPage();
  return true;
}

function drawRule(pdf: Pdf, y: number, color = RULE) {
  pdf
    .moveTo(MARGIN, y)
    .lineTo(MARGIN + contentWidth(pdf), y)
    .lineWidth(0.5)
    .strokeColor(color)
    .stroke();
}

function drawHeader(pdf: Pdf, { company, customer, ...quote }: QuotePdfDocument, label: Label) {
  const width = contentWidth(pdf);
  pdf.fillColor('black').fontSize(15).text(company.name, MARGIN, MARGIN, { width });
  const companyDetails = [
    company.address && `${label('quote.pdf.address')}：${company.address}`,
    company.phone && `${label('quote.pdf.phone')}：${company.phone}`,
    company.taxId && `${label('quote.pdf.tax_id')}：${company.taxId}`,
  ].filter(Boolean);
  pdf.fontSize(8.5).fillColor(GREY).text(companyDetails.join('    '), { width });
  drawRule(pdf, pdf.y + 4, 'black');
  pdf
    .fillColor('black')
    .fontSize(20)
    .text(label('quote.pdf.title'), MARGIN, pdf.y + 12, { width, align: 'center' });

  const top = pdf.y + 10;
  const half = width / 2;
  const pairs = (rows: Array<[QuotePdfLabel, string | number | undefined]>) =>
    rows
      .filter(([, value]) => value !== undefined && value !== '')
      .map(([key, value]) => `${label(key)}：${value}`)
      .join('\n');
  pdf.fontSize(9.5).text(
    pairs([
      ['quote.pdf.customer', customer.name],
      ['quote.pdf.contact', customer.contactName],
      ['quote.pdf.phone', customer.phone],
    ]),
    MARGIN,
    top,
    { width: half - 10, lineGap: 3 },
  );
  const leftBottom = pdf.y;
  pdf.text(
    pairs([
      ['quote.pdf.number', quote.number],
      ['quote.pdf.version', quote.version],
      ['quote.pdf.date', quote.date],
      ['quote.pdf.valid_until', quote.validUntil],
      ['quote.pdf.prepared_by', quote.preparedBy],
    ]),
    MARGIN + half,
    top,
    { width: half, lineGap: 3 },
  );
  pdf.y = Math.max(leftBottom, pdf.y) + 10;
}

function drawTableHeader(pdf: Pdf, label: Label) {
  const height = TABLE_FONT_SIZE + 2 * CELL_PADDING + 4;
  const top = pdf.y;
  pdf.rect(MARGIN, top, contentWidth(pdf), height).fillColor('#eeeeee').fill();
  pdf.fillColor('black').fontSize(TABLE_FONT_SIZE);
  let x = MARGIN;
  for (const column of QUOTE_PDF_COLUMNS) {
    pdf.text(label(column.label), x + CELL_PADDING, top + CELL_PADDING + 1, {
      width: column.width - 2 * CELL_PADDING,
      align: column.align,
      lineBreak: false,
      ellipsis: true,
    });
    x += column.width;
  }
  pdf.y = top + height;
}

function drawLinesTable(
  pdf: Pdf,
  document: QuotePdfDocument,
  amounts: ReturnType<typeof computeQuoteTotals>['lines'],
  label: Label,
) {
  drawTableHeader(pdf, label);
  pdf.fontSize(TABLE_FONT_SIZE);
  for (const [index, line] of document.lines.entries()) {
    const texts = QUOTE_PDF_COLUMNS.map((column) =>
      column.cell(line, amounts[index]!, index, document.language),
    );
    const height =
      Math.max(
        ...texts.map((text, column) =>
          pdf.heightOfString(text || ' ', { width: QUOTE_PDF_COLUMNS[column]!.width - 2 * CELL_PADDING }),
        ),
      ) +
      2 * CELL_PADDING;
    if (ensureRoom(pdf, height)) {
      pdf
        .fontSize(8.5)
        .fillColor(GREY)
        .text(`${document.number} v${document.version} ${label('quote.pdf.continued')}`, MARGIN, MARGIN);
      pdf.y += 4;
      drawTableHeader(pdf, label);
      pdf.fontSize(TABLE_FONT_SIZE);
    }
    const top = pdf.y;
    let x = MARGIN;
    pdf.fillColor('black');
    for (const [column, text] of texts.entries()) {
      const { width, align } = QUOTE_PDF_COLUMNS[column]!;
      pdf.text(text, x + CELL_PADDING, top + CELL_PADDING, { width: width - 2 * CELL_PADDING, align });
      x += width;
    }
    drawRule(pdf, top + height);
    pdf.y = top + height;
  }
}

function drawTotals(pdf: Pdf, totals: ReturnType<typeof computeQuoteTotals>, locale: Locale, label: Label) {
  const rows: Array<[QuotePdfLabel, string]> = [
    ['quote.pdf.subtotal', formatCny(totals.subtotal, { locale })],
    ['quote.pdf.discount_total', formatCny(totals.discountTotal.negated(), { locale })],
    ['quote.pdf.net_total', formatCny(totals.netTotal, { locale })],
    ['quote.pdf.tax_total', formatCny(totals.taxTotal, { locale })],
    ['quote.pdf.grand_total', formatCny(totals.grandTotal, { locale })],
  ];
  const lineHeight = 15;
  ensureRoom(pdf, rows.length * lineHeight + 50);
  const width = contentWidth(pdf);
  const valueWidth = 120;
  const labelWidth = 110;
  let y = pdf.y + 10;
  for (const [index, [key, value]] of rows.entries()) {
    const last = index === rows.length - 1;
    pdf.fontSize(last ? 11 : 9.5).fillColor('black');
    const options = { width: labelWidth, align: 'right' as const, lineBreak: false };
    pdf.text(label(key), MARGIN + width - valueWidth - labelWidth, y, options);
    pdf.text(value, MARGIN + width - valueWidth, y, { ...options, width: valueWidth });
    y += lineHeight;
  }
  y += 6;
  pdf.rect(MARGIN, y, width, 24).lineWidth(0.5).strokeColor('black').stroke();
  pdf
    .fontSize(10.5)
    .text(
      `${label('quote.pdf.grand_total')}（${label('quote.pdf.in_words')}）：${toChineseCapital(totals.grandTotal)}`,
      MARGIN + 8,
      y + 7,
      { width: width - 16, lineBreak: false },
    );
  pdf.y = y + 36;
}

function drawTerms(pdf: Pdf, terms: string[], label: Label) {
  if (terms.length === 0) return;
  const width = contentWidth(pdf);
  ensureRoom(pdf, 40);
  pdf.fontSize(10.5).fillColor('black').text(label('quote.pdf.terms'), MARGIN, pdf.y);
  pdf.fontSize(9);
  for (const [index, term] of terms.entries()) {
    const text = `${index + 1}. ${term}`;
    ensureRoom(pdf, pdf.heightOfString(text, { width }) + 3);
    pdf.text(text, MARGIN, pdf.y + 3, { width, lineGap: 2 });
  }
  pdf.y += 14;
}

function drawSignatures(pdf: Pdf, label: Label) {
  const height = 90;
  ensureRoom(pdf, height);
  const width = (contentWidth(pdf) - 20) / 2;
  const top = pdf.y;
  for (const [index, key] of (['quote.pdf.seller_sign', 'quote.pdf.buyer_sign'] as const).entries()) {
    const x = MARGIN + index * (width + 20);
    pdf.rect(x, top, width, height).lineWidth(0.5).strokeColor(RULE).stroke();
    pdf
      .fontSize(9.5)
      .fillColor('black')
      .text(label(key), x + 8, top + 8, { width: width - 16 });
    pdf.text(label('quote.pdf.signed_on'), x + 8, top + height - 20, { width: width - 16 });
  }
  pdf.y = top + height;
}

function drawPageNumbers(pdf: Pdf, label: Label) {
  const { start, count } = pdf.bufferedPageRange();
  for (let page = start; page < start + count; page += 1) {
    pdf.switchToPage(page);
    // Writing below the bottom margin would otherwise make pdfkit start yet another page.
    const bottom = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    pdf
      .fontSize(8)
      .fillColor(GREY)
      .text(
        label('quote.pdf.page', { page: page + 1, pages: count }),
        MARGIN,
        pdf.page.height - MARGIN - 10,
        {
          width: contentWidth(pdf),
          align: 'center',
          lineBreak: false,
        },
      );
    pdf.page.margins.bottom = bottom;
  }
}
