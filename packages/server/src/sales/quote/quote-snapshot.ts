import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { JsonValue } from '../../metadata/field-types/index.ts';
import { readSettings } from '../../platform/settings/settings.repository.ts';
import type { CompanySettings } from '../../platform/settings/settings.schemas.ts';
import { selectRecord } from '../../records/record.repository.ts';
import type { RecordValues } from '../../records/record-behaviour.ts';
import { objectTableOn } from '../catalogue/object-table.ts';
import { lineTotalsOf, presentLineItem } from '../line-items/line-item.presenter.ts';
import { selectLineItems } from '../line-items/line-item.repository.ts';
import type { LineItemOutput, LineItemsOutput } from '../line-items/line-items.schemas.ts';

/** A related record as a quote prints it. */
export interface SnapshotParty {
  id: number;
  name: string;
  phone?: string | null;
}

/**
 * A quote as it stands, in plain values: header, parties, lines, totals and the company header — all a
 * revision freezes when it is sent, and all its PDF is rendered from.
 */
export interface QuoteSnapshot {
  quoteId: number;
  revision: number;
  number: string;
  name: string;
  status: string;
  quoteDate: string | null;
  validUntil: string | null;
  terms: string | null;
  account: SnapshotParty | null;
  contact: SnapshotParty | null;
  opportunity: SnapshotParty | null;
  priceListId: number | null;
  owner: SnapshotParty | null;
  company: Pick<CompanySettings, 'name' | 'address' | 'phone' | 'taxId'>;
  lines: LineItemOutput[];
  totals: LineItemsOutput['totals'];
}

const text = (value: JsonValue | undefined) => (typeof value === 'string' && value !== '' ? value : null);
const id = (value: JsonValue | undefined) => (typeof value === 'number' ? value : null);

/** The snapshot of a quote whose values are `values` (read on `trx`, so it sees the action's own writes). */
export async function buildQuoteSnapshot(
  trx: Transaction<DB>,
  quoteId: number,
  values: RecordValues,
): Promise<QuoteSnapshot> {
  const lines = await selectLineItems(trx, 'quote', quoteId);
  const { company } = await readSettings(trx);
  const related = (object: string, value: JsonValue | undefined, phoneField?: string) =>
    relatedParty(trx, object, id(value), phoneField);
  const ownerId = id(values.ownerId);
  const owner = ownerId
    ? await trx.selectFrom('users').select(['id', 'name']).where('id', '=', ownerId).executeTakeFirst()
    : undefined;
  return {
    quoteId,
    revision: typeof values.revision === 'number' ? values.revision : 1,
    number: text(values.number) ?? `#${quoteId}`,
    name: text(values.name) ?? '',
    status: text(values.status) ?? 'draft',
    quoteDate: text(values.quoteDate),
    validUntil: text(values.validUntil),
    terms: text(values.terms),
    account: await related('account', values.account, 'phone'),
    contact: await related('contact', values.contact, 'phone'),
    opportunity: await related('opportunity', values.opportunity),
    priceListId: id(values.priceList),
    owner: owner ? { id: Number(owner.id), name: owner.name } : null,
    company: { name: company.name, address: company.address, phone: company.phone, taxId: company.taxId },
    lines: lines.map(presentLineItem),
    totals: lineTotalsOf(lines),
  };
}

/**
 * The name (and phone) of a record the quote links to, read without the viewer's scope: whoever may read
 * the quote may see to whom it is addressed, as its PDF prints it. Read from the metadata snapshot on the
 * action's transaction (building a records context could read tag groups outside it).
 */
async function relatedParty(
  trx: Transaction<DB>,
  object: string,
  recordId: number | null,
  phoneField?: string,
): Promise<SnapshotParty | null> {
  if (recordId === null) return null;
  const meta = await objectTableOn(trx, object);
  if (!meta) return null;
  const row = await selectRecord(trx, meta.tableName, recordId, []);
  if (!row) return null;
  const column = (field: string | null | undefined) => (field ? meta.column(field) : undefined);
  const read = (field: string | null | undefined) => {
    const name = column(field);
    const value = name ? row[name] : null;
    return typeof value === 'string' && value !== '' ? value : null;
  };
  return {
    id: recordId,
    name: read(meta.nameField ?? 'name') ?? `#${recordId}`,
    ...(phoneField ? { phone: read(phoneField) } : {}),
  };
}
