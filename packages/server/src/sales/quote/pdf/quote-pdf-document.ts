import type { Locale, QuoteLineInput } from '@lodestar/shared';

/** The company issuing the quote, as kept in the company settings. */
export interface QuotePdfCompany {
  name: string;
  address?: string;
  phone?: string;
  taxId?: string;
}

/** The customer the quote is addressed to. */
export interface QuotePdfCustomer {
  name: string;
  contactName?: string;
  phone?: string;
}

/** One line as printed: what is sold, plus the numbers `computeQuoteTotals` prices. */
export interface QuotePdfLine extends QuoteLineInput {
  productName: string;
  /** Specification or model (规格型号). */
  spec?: string;
  /** Unit of measure (单位), e.g. 套, 台, 年. */
  unit?: string;
}

/**
 * Everything printed on a quote PDF, in plain values. Amounts are not passed in: they are computed from the
 * lines with `computeQuoteTotals`, so figures, totals and 大写 always agree with the server's arithmetic.
 */
export interface QuotePdfDocument {
  /** Language of the labels; the content (names, terms) is printed as given. */
  language: Locale;
  company: QuotePdfCompany;
  /** Quote number, e.g. `BJ-2026-0042`. */
  number: string;
  /** Version of the quote, from 1. */
  version: number;
  /** Date of issue, `YYYY-MM-DD`. */
  date: string;
  /** Last day the prices hold, `YYYY-MM-DD`. */
  validUntil: string;
  customer: QuotePdfCustomer;
  /** Sales rep who prepared the quote. */
  preparedBy?: string;
  lines: QuotePdfLine[];
  /** Terms and conditions, one paragraph each. */
  terms: string[];
}
