import { parseCny } from '@lodestar/shared';
import { conflict, invalidFields } from '../../errors.ts';
import { now } from '../../platform/clock.ts';
import { readSettings } from '../../platform/settings/settings.repository.ts';
import { todayIn } from '../../records/formulas/computed-field.ts';
import type { RecordOutput } from '../../records/record.presenter.ts';
import { inRecordTransaction } from '../../records/record-write.ts';
import type { SalesContexts } from '../line-items/sales-contexts.ts';
import { loadQuoteForAction, writeQuoteAction } from './quote-action-support.ts';
import { quoteApprovalRule } from './quote-approval-rule.ts';
import { insertQuoteRevision } from './quote-revision.repository.ts';
import { readQuoteSettings } from './quote-settings.repository.ts';
import { buildQuoteSnapshot } from './quote-snapshot.ts';

/** `YYYY-MM-DD` plus `days` calendar days. */
export function addDays(date: string, days: number): string {
  const moment = new Date(`${date}T00:00:00Z`);
  moment.setUTCDate(moment.getUTCDate() + days);
  return moment.toISOString().slice(0, 10);
}

/**
 * Sends a quote (draft → sent when it needs no approval, approved → sent): dates it today (in the company's
 * time zone) unless it has a date, makes it valid for the company's default number of days unless it has a
 * validity, and freezes its header, lines, totals and PDF inputs as revision N in the versions table — what
 * the customer received stays readable, whatever happens to the quote afterwards. A quote without lines, or
 * a draft whose discount needs approval, is a 409.
 */
export async function sendQuote(
  contexts: SalesContexts,
  id: number,
  version?: number,
): Promise<RecordOutput> {
  return inRecordTransaction(contexts.database, async (trx) => {
    const quote = await loadQuoteForAction(trx, contexts, id, 'send', version);
    const rule = await quoteApprovalRule(trx, id);
    if (rule.lineCount === 0) throw conflict('quote.no_lines');
    if (quote.status === 'draft' && rule.approvalRequired)
      throw conflict('quote.approval_required', { maxDiscount: rule.maxDiscount, threshold: rule.threshold });
    const { locale } = await readSettings(trx);
    const quoteDate =
      typeof quote.values.quoteDate === 'string' ? quote.values.quoteDate : todayIn(now(), locale.timezone);
    const validUntil =
      typeof quote.values.validUntil === 'string'
        ? quote.values.validUntil
        : addDays(quoteDate, (await readQuoteSettings(trx)).defaultValidityDays);
    if (validUntil < quoteDate)
      throw invalidFields([{ field: 'validUntil', code: 'quote.valid_until_before_date' }]);
    const record = await writeQuoteAction(trx, contexts, quote, 'send', { quoteDate, validUntil });
    const snapshot = await buildQuoteSnapshot(trx, id, record);
    await insertQuoteRevision(trx, {
      quote_id: id,
      revision: snapshot.revision,
      snapshot: JSON.stringify(snapshot),
      total: Number(parseCny(snapshot.totals.grandTotal).units),
      sent_at: record.updatedAt,
      sent_by: contexts.viewer.userId,
    });
    return record;
  });
}
