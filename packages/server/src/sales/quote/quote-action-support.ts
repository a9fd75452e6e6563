import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { conflict } from '../../errors.ts';
import type { JsonValue } from '../../metadata/field-types/index.ts';
import { apiValuesOf, type RecordOutput } from '../../records/record.presenter.ts';
import { selectRecord } from '../../records/record.repository.ts';
import type { RecordValues } from '../../records/record-behaviour.ts';
import { recordNotFound, scopeWhere } from '../../records/record-scope.ts';
import { updateRecordIn } from '../../records/update-record.command.ts';
import type { SalesContexts } from '../line-items/sales-contexts.ts';
import './quote.messages.ts';
import {
  APPROVER_ACTIONS,
  QUOTE_TRANSITIONS,
  type QuoteAction,
  type QuoteStatus,
  quoteStatusOf,
} from './quote-status.ts';

/** A quote an action is about to change. */
export interface QuoteForAction {
  id: number;
  version: number;
  status: QuoteStatus;
  values: RecordValues;
}

/**
 * Reads a live quote for `action` on the action's transaction: within the viewer's scope for `approve`
 * (approver actions) or `update` (the others) — a 404 outside it —, at the version the caller read when
 * given (409 when stale), in a status the action starts from (409 otherwise).
 */
export async function loadQuoteForAction(
  trx: Transaction<DB>,
  contexts: SalesContexts,
  id: number,
  action: QuoteAction,
  version?: number,
): Promise<QuoteForAction> {
  const context = contexts.of('quote');
  const scope = APPROVER_ACTIONS.includes(action) ? 'approve' : 'update';
  const row = await selectRecord(trx, context.object.tableName, id, scopeWhere(context, scope, 'live'));
  if (!row) throw recordNotFound();
  if (version !== undefined && Number(row.version) !== version) throw conflict('common.stale_version');
  const values = apiValuesOf(context, row);
  const status = quoteStatusOf(values.status);
  if (!QUOTE_TRANSITIONS[action].from.includes(status))
    throw conflict('quote.invalid_transition', { action, status });
  return { id, version: Number(row.version), status, values };
}

/**
 * Writes what an action changes on the quote — always its status, the one field only actions write —
 * through the records path, attributed to the viewer (whose right to act was checked by `loadQuoteForAction`).
 */
export async function writeQuoteAction(
  trx: Transaction<DB>,
  contexts: SalesContexts,
  quote: QuoteForAction,
  action: QuoteAction,
  extra: Record<string, JsonValue> = {},
): Promise<RecordOutput> {
  const system = contexts.systemOf('quote');
  return updateRecordIn(
    trx,
    system,
    quote.id,
    quote.version,
    { status: QUOTE_TRANSITIONS[action].to, ...extra },
    { managed: true },
  );
}
