import { createRecordIn } from '../../records/create-record.command.ts';
import { apiValuesOf, presentRecord, type RecordOutput } from '../../records/record.presenter.ts';
import { selectRecord } from '../../records/record.repository.ts';
import { recordNotFound, scopeWhere } from '../../records/record-scope.ts';
import { inRecordTransaction } from '../../records/record-write.ts';
import { copyLines } from '../line-items/copy-line-items.ts';
import type { SalesContexts } from '../line-items/sales-contexts.ts';
import type { CreateQuoteFromOpportunityInput } from './quote.schemas.ts';

/**
 * Starts a draft quote from an opportunity the viewer may read (404 otherwise): it links the opportunity and
 * takes its account, contact and price list, and a copy of its lines (products, quantities, prices,
 * discounts, tax) with the totals they make. The viewer owns the quote.
 */
export async function createQuoteFromOpportunity(
  contexts: SalesContexts,
  opportunityId: number,
  input: CreateQuoteFromOpportunityInput,
): Promise<RecordOutput> {
  const { database } = contexts;
  const quoteContext = contexts.of('quote');
  const opportunities = contexts.of('opportunity');
  return inRecordTransaction(database, async (trx) => {
    const row = await selectRecord(
      trx,
      opportunities.object.tableName,
      opportunityId,
      scopeWhere(opportunities, 'read', 'live'),
    );
    if (!row) throw recordNotFound();
    const opportunity = apiValuesOf(opportunities, row);
    const created = await createRecordIn(trx, quoteContext, {
      name: input.name ?? `${String(opportunity.name ?? '')} 报价`.trim(),
      opportunity: opportunityId,
      account: opportunity.account ?? null,
      contact: opportunity.contact ?? null,
      ...(opportunity.priceList != null ? { priceList: opportunity.priceList } : {}),
      ...(input.quoteDate ? { quoteDate: input.quoteDate } : {}),
      ...(input.validUntil ? { validUntil: input.validUntil } : {}),
      ...(input.terms ? { terms: input.terms } : {}),
    });
    await copyLines(
      trx,
      contexts,
      { object: 'opportunity', id: opportunityId },
      { object: 'quote', id: created.id },
    );
    const fresh = await selectRecord(trx, quoteContext.object.tableName, created.id, []);
    return fresh ? presentRecord(quoteContext, fresh) : created;
  });
}
