import { Decimal, formatCny, type LineAmounts, type Locale, type QuoteNumberInput } from '@lodestar/shared';
import type { QuotePdfLabel } from './quote-pdf.messages.ts';
import type { QuotePdfLine } from './quote-pdf-document.ts';

/** One column of the lines table: label, width in points, alignment and how a line fills the cell. */
export interface QuotePdfColumn {
  label: QuotePdfLabel;
  width: number;
  align: 'left' | 'right' | 'center';
  cell: (line: QuotePdfLine, amounts: LineAmounts, index: number, locale: Locale) => string;
}

/** Plain text of an already validated quote number: `2.5000` → `2.5`. */
export function displayNumber(value: QuoteNumberInput | undefined): string {
  if (value === undefined) return '0';
  const decimal = value instanceof Decimal ? value : Decimal.parse(String(value));
  return decimal.stripTrailingZeros().toString();
}

/** The columns of the lines table; their widths fill an A4 page between 40 pt margins (515 pt). */
export const QUOTE_PDF_COLUMNS: QuotePdfColumn[] = [
  {
    label: 'quote.pdf.col.index',
    width: 28,
    align: 'center',
    cell: (_line, _amounts, index) => `${index + 1}`,
  },
  { label: 'quote.pdf.col.product', width: 131, align: 'left', cell: (line) => line.productName },
  {
    label: 'quote.pdf.col.spec',
    width: 70,
    align: 'left',
    cell: (line) => [line.spec, line.unit].filter(Boolean).join(' / '),
  },
  {
    label: 'quote.pdf.col.quantity',
    width: 46,
    align: 'right',
    cell: (line) => displayNumber(line.quantity),
  },
  {
    label: 'quote.pdf.col.unit_price',
    width: 72,
    align: 'right',
    cell: (line, _amounts, _index, locale) => formatCny(displayNumber(line.unitPrice), { locale }),
  },
  {
    label: 'quote.pdf.col.discount',
    width: 40,
    align: 'right',
    cell: (line) => `${displayNumber(line.discountPercent)}%`,
  },
  {
    label: 'quote.pdf.col.tax_rate',
    width: 36,
    align: 'right',
    cell: (line) => `${displayNumber(line.taxPercent)}%`,
  },
  {
    label: 'quote.pdf.col.amount',
    width: 92,
    align: 'right',
    cell: (_line, amounts, _index, locale) => formatCny(amounts.netAmount, { locale }),
  },
];
