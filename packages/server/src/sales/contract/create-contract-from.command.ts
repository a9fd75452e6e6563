import type { Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';
import { conflict } from '../../errors.ts';
import type { Viewer } from '../../http/access.ts';
import type { JsonValue } from '../../metadata/field-types/index.ts';
import { readSettings } from '../../platform/settings/settings.repository.ts';
import { createRecordIn } from '../../records/create-record.command.ts';
import { getRecord } from '../../records/get-record.query.ts';
import type { RecordOutput } from '../../records/record.presenter.ts';
import type { RecordContext } from '../../records/record-context.ts';
import { recordContext } from '../../records/record-context.ts';
import { recordNotFound, scopeWhere } from '../../records/record-scope.ts';
import { inRecordTransaction } from '../../records/record-write.ts';
import { copyLines } from '../line-items/copy-line-items.ts';
import { selectLineItems } from '../line-items/line-item.repository.ts';
import { loadSalesContexts } from '../line-items/sales-contexts.ts';
import { systemContextIn } from './contexts-in.ts';
import { loadRecord, loadRecordsWhere, type RecordSnapshot } from './record-rows.ts';

type Source = 'opportunity' | 'quote';

/** What each source must be, and which of its fields the contract takes. */
const SOURCES: Record<
  Source,
  { status: string; refusal: string; values: (source: RecordSnapshot) => Record<string, JsonValue> }
> = {
  opportunity: {
    status: 'won',
    refusal: 'contract.opportunity_not_won',
    values: (opportunity) => ({
      name: opportunity.values.name ?? null,
      account: opportunity.values.account ?? null,
      opportunity: opportunity.id,
      contact: opportunity.values.contact ?? null,
      amount: opportunity.values.amount ?? null,
    }),
  },
  quote: {
    status: 'accepted',
    refusal: 'contract.quote_not_accepted',
    values: (quote) => ({
      name: quote.values.name ?? null,
      account: quote.values.account ?? null,
      opportunity: quote.values.opportunity ?? null,
      quote: quote.id,
      contact: quote.values.contact ?? null,
      amount: quote.values.total ?? null,
      terms: quote.values.terms ?? null,
    }),
  },
};

/**
 * Creates a draft contract from a won opportunity or an accepted quote the viewer may read: account,
 * opportunity, quote, contact and amount copied, party A named after the customer and party B after the
 * company (settings); from a quote, it is named after the quote's opportunity (else the quote) and the
 * quote's lines are copied as quoted (so its amount stays the quote's total). The viewer owns it. A
 * source that already became a contract (not terminated) is refused with that contract's number, so a
 * double click makes one contract.
 */
export async function createContractFrom(
  database: Database,
  viewer: Viewer,
  sourceObject: Source,
  sourceId: number,
): Promise<RecordOutput> {
  const contracts = await recordContext(database, 'contract', viewer);
  const sourceContext = await recordContext(database, sourceObject, viewer);
  const salesContexts = await loadSalesContexts(database, viewer);
  const id = await inRecordTransaction(database, async (trx) => {
    const source = await loadRecord(trx, sourceContext, sourceId, scopeWhere(sourceContext, 'read', 'live'));
    if (!source) throw recordNotFound();
    const rule = SOURCES[sourceObject];
    if (source.values.status !== rule.status) throw conflict(rule.refusal);
    const system = await systemContextIn(trx, contracts, 'contract');
    const existing = (await loadRecordsWhere(trx, system, sourceObject, sourceId)).find(
      (contract) => contract.values.status !== 'terminated',
    );
    if (existing) throw conflict('contract.already_created', { number: existing.values.number });
    const values = rule.values(source);
    const deal = sourceObject === 'quote' ? await opportunityName(trx, contracts, values.opportunity) : null;
    if (deal) values.name = deal;
    const parties = await partyNames(trx, contracts, values.account);
    const input = Object.fromEntries(
      Object.entries({ ...values, ...parties }).filter(([, value]) => value !== null && value !== ''),
    );
    const contract = await createRecordIn(trx, contracts, input);
    const quoted = sourceObject === 'quote' && (await selectLineItems(trx, 'quote', sourceId)).length > 0;
    if (quoted) {
      await copyLines(
        trx,
        salesContexts,
        { object: 'quote', id: sourceId },
        { object: 'contract', id: contract.id },
      );
    }
    return contract.id;
  });
  return getRecord(contracts, id);
}

/**
 * The name of the opportunity a quote belongs to: the contract is named after the deal, not after the
 * quote (whose default name is the deal's plus 报价).
 */
async function opportunityName(
  trx: Transaction<DB>,
  base: RecordContext,
  opportunityId: JsonValue | undefined,
): Promise<string | null> {
  if (typeof opportunityId !== 'number') return null;
  const opportunities = await systemContextIn(trx, base, 'opportunity');
  const name = (await loadRecord(trx, opportunities, opportunityId))?.values.name;
  return typeof name === 'string' && name.trim() !== '' ? name : null;
}

/** Party A is the customer (the account's name), party B the company (its name in settings). */
async function partyNames(
  trx: Transaction<DB>,
  base: RecordContext,
  accountId: JsonValue | undefined,
): Promise<{ partyA: string | null; partyB: string | null }> {
  const accounts = await systemContextIn(trx, base, 'account');
  const account = typeof accountId === 'number' ? await loadRecord(trx, accounts, accountId) : undefined;
  const { company } = await readSettings(trx);
  return {
    partyA: account ? String(account.values.name ?? '') : null,
    partyB: company.name || null,
  };
}
