import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';
import type { Viewer } from '../../http/access.ts';
import type { JsonValue } from '../../metadata/field-types/index.ts';
import { presentRecord, type RecordOutput } from '../../records/record.presenter.ts';
import { selectRecord } from '../../records/record.repository.ts';
import { type RecordContext, recordContext } from '../../records/record-context.ts';
import { recordNotFound, scopeWhere } from '../../records/record-scope.ts';
import { systemRecordContext } from '../../records/system-context.ts';
import { loadRecord, type RecordSnapshot } from '../contract/record-rows.ts';

/** The objects a lineage starts from (L-1). */
export const LINEAGE_OBJECTS = [
  'payment',
  'paymentPlan',
  'contract',
  'quote',
  'opportunity',
  'account',
] as const;
export type LineageObject = (typeof LINEAGE_OBJECTS)[number];

/** Every object a chain may pass through. */
const CHAIN_OBJECTS = ['lead', ...LINEAGE_OBJECTS] as const;

/** One record of the chain, as far as the viewer may see it. */
export interface LineageStep {
  object: string;
  /** Null for a hidden step. */
  record: RecordOutput | null;
  /** The field naming the record (metadata's name field). */
  nameField: string | null;
  current: boolean;
}

interface Link {
  object: string;
  id: number;
  current: boolean;
}

/**
 * The chain from the original lead to a record (L-1): lead → account → opportunity → quote → (amended
 * contract) → contract → payment or instalment, each link read from the record after it (a contract's
 * opportunity is its own, else its quote's; the lead is the opportunity's, else the account's). The links are
 * followed regardless of the viewer, but each step shows only when the viewer may read it (its data scope,
 * its visible fields); a step they may not read is returned hidden, without its id or values. The record
 * asked for must be readable (404).
 */
export async function recordLineage(
  database: Database,
  viewer: Viewer,
  object: LineageObject,
  id: number,
): Promise<LineageStep[]> {
  const db = database.db;
  const start = await recordContext(database, object, viewer, db);
  if (!(await loadRecord(db, start, id, scopeWhere(start, 'read', 'live')))) throw recordNotFound();
  const system = new Map<string, RecordContext>();
  for (const name of CHAIN_OBJECTS) system.set(name, await systemRecordContext(database, name, viewer, db));
  const links = await followLinks(db, system, object, id);
  const steps: LineageStep[] = [];
  for (const link of links)
    steps.push({ ...(await visibleStep(database, viewer, link)), current: link.current });
  return steps;
}

/** The links of the chain, origin first, without regard to who looks. */
async function followLinks(
  db: Kysely<DB>,
  system: ReadonlyMap<string, RecordContext>,
  object: LineageObject,
  id: number,
): Promise<Link[]> {
  const read = async (name: string, recordId: JsonValue | undefined): Promise<RecordSnapshot | undefined> =>
    typeof recordId === 'number' ? loadRecord(db, system.get(name)!, recordId) : undefined;
  const chain: Link[] = [];
  let contract: RecordSnapshot | undefined;
  let quote: RecordSnapshot | undefined;
  if (object === 'payment' || object === 'paymentPlan') {
    chain.push({ object, id, current: true });
    contract = await read('contract', (await read(object, id))?.values.contract);
  }
  if (object === 'contract') contract = await read('contract', id);
  if (contract) {
    chain.unshift({ object: 'contract', id: contract.id, current: object === 'contract' });
    const original = await read('contract', contract.values.amends);
    if (original) chain.unshift({ object: 'contract', id: original.id, current: false });
    quote = await read('quote', contract.values.quote);
  }
  if (object === 'quote') quote = await read('quote', id);
  if (quote) chain.unshift({ object: 'quote', id: quote.id, current: object === 'quote' });
  const opportunityId =
    object === 'opportunity' ? id : (contract?.values.opportunity ?? quote?.values.opportunity);
  const opportunity = await read('opportunity', opportunityId);
  if (opportunity)
    chain.unshift({ object: 'opportunity', id: opportunity.id, current: object === 'opportunity' });
  const accountId =
    object === 'account'
      ? id
      : (contract?.values.account ?? quote?.values.account ?? opportunity?.values.account);
  const account = await read('account', accountId);
  if (account) chain.unshift({ object: 'account', id: account.id, current: object === 'account' });
  const lead = await read('lead', opportunity?.values.lead ?? account?.values.lead);
  if (lead) chain.unshift({ object: 'lead', id: lead.id, current: false });
  return chain;
}

/** A step as the viewer may see it: the record with its visible fields, or hidden. */
async function visibleStep(
  database: Database,
  viewer: Viewer,
  link: Link,
): Promise<Omit<LineageStep, 'current'>> {
  if (!viewer.permissions.can(link.object, 'read'))
    return { object: link.object, record: null, nameField: null };
  const context = await recordContext(database, link.object, viewer);
  const row = await selectRecord(
    database.db,
    context.object.tableName,
    link.id,
    scopeWhere(context, 'read', 'live'),
  );
  return {
    object: link.object,
    record: row ? presentRecord(context, row) : null,
    nameField: context.object.nameField,
  };
}
