import type { Transaction } from 'kysely';
import type { Capabilities } from '../../db/database.ts';
import { takeTransactionLocks } from '../../db/locking.ts';
import type { DB } from '../../db/schema.ts';
import { apiValuesOf } from '../../records/record.presenter.ts';
import type { RecordContext } from '../../records/record-context.ts';
import { scopeWhere } from '../../records/record-scope.ts';
import { selectKeyMatches } from '../duplicates/duplicate-keys.repository.ts';
import { recordMatchKeys } from '../duplicates/duplicate-objects.ts';
import { CONVERTED } from '../lead/lead-fields.ts';

/** The names of the locks that serialise intakes of leads sharing a match key (see `lockIntakeMatchKeys`). */
export function intakeLockNames(values: Record<string, unknown>): string[] {
  return recordMatchKeys('lead', values).map(({ kind, key }) => `lead-intake:${kind}:${key}`);
}

/**
 * Makes intakes of leads that share a match key wait for each other, so that the second sees the first
 * (and links or merges) even when both arrive at the same moment on different instances.
 */
export async function lockIntakeMatchKeys(
  trx: Transaction<DB>,
  caps: Capabilities,
  valuesList: Array<Record<string, unknown>>,
): Promise<void> {
  // With one writer the transaction holds the only lock there is: no need for the keys' names.
  const names = caps.advisoryLocks ? valuesList.flatMap(intakeLockNames) : [];
  if (names.length > 0 || !caps.advisoryLocks) await takeTransactionLocks(trx, caps, names);
}

/** An existing lead an incoming one matches, and whether it is still open (can take a merge). */
export interface IntakeDuplicate {
  id: number;
  version: number;
  values: Record<string, unknown>;
  open: boolean;
}

/** Lead statuses after which a lead takes no more merges: it became a customer, or was found worthless. */
const CLOSED_STATUSES = new Set([CONVERTED, 'unqualified']);

/** Candidates read per key kind; the best one is taken. */
const CANDIDATES = 20;

const sameName = (a: unknown, b: unknown) =>
  typeof a === 'string' &&
  typeof b === 'string' &&
  a.normalize('NFKC').replace(/\s+/g, '').toLowerCase() ===
    b.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

/**
 * The existing live lead an incoming lead's values most likely belong to, or null. Match keys are those of
 * duplicate detection (`match-keys.ts`): the same normalised phone or e-mail is the same person; the same
 * normalised company is only when the name is the same too (colleagues at one company are separate leads).
 * Open leads come before closed ones, then leads that are no linked duplicates themselves (so that repeated
 * submissions all link to the first), then the most recent. Every lead counts, whoever owns it: intake is
 * not done on anyone's behalf.
 */
export async function findIntakeDuplicate(
  trx: Transaction<DB>,
  context: RecordContext,
  values: Record<string, unknown>,
): Promise<IntakeDuplicate | null> {
  const keys = recordMatchKeys('lead', values);
  if (keys.length === 0) return null;
  const matches = await selectKeyMatches(trx, {
    object: 'lead',
    table: context.object.tableName,
    keys,
    where: scopeWhere(context, 'read', 'live'),
    excludeIds: [],
    limit: CANDIDATES,
  });
  const candidates = matches
    .map((match) => ({ match, values: apiValuesOf(context, match.row) }))
    .filter(
      ({ match, values: existing }) =>
        match.kinds.includes('phone') ||
        match.kinds.includes('email') ||
        sameName(existing.name, values.name),
    )
    .map(({ match, values: existing }) => ({
      id: Number(match.row.id),
      version: Number(match.row.version),
      values: existing,
      open: !CLOSED_STATUSES.has(String(existing.status ?? '')),
      original: existing.duplicateOf === null || existing.duplicateOf === undefined,
    }))
    .sort(
      (a, b) => Number(b.open) - Number(a.open) || Number(b.original) - Number(a.original) || b.id - a.id,
    );
  const best = candidates[0];
  return best ? { id: best.id, version: best.version, values: best.values, open: best.open } : null;
}
