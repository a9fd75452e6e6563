import { Decimal } from '@lodestar/shared';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { lineTotalsOf } from '../line-items/line-item.presenter.ts';
import { selectLineItems } from '../line-items/line-item.repository.ts';
import { readQuoteSettings } from './quote-settings.repository.ts';

/** Whether a quote's discounts need an approver, read from its stored lines and the company's threshold. */
export interface QuoteApprovalRule {
  lineCount: number;
  maxDiscount: string;
  threshold: string;
  /** The largest line discount exceeds the threshold. */
  approvalRequired: boolean;
}

export async function quoteApprovalRule(
  db: Kysely<DB> | Transaction<DB>,
  quoteId: number,
): Promise<QuoteApprovalRule> {
  const lines = await selectLineItems(db, 'quote', quoteId);
  const { discountApprovalThreshold } = await readQuoteSettings(db);
  const { maxDiscount } = lineTotalsOf(lines);
  return {
    lineCount: lines.length,
    maxDiscount,
    threshold: discountApprovalThreshold,
    approvalRequired: Decimal.parse(maxDiscount).greaterThan(Decimal.parse(discountApprovalThreshold)),
  };
}
