import { createHash } from 'node:crypto';
import type { Locale } from '@lodestar/shared';
import { sql, type Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import type { Viewer } from '../../http/access.ts';
import { now } from '../../platform/clock.ts';
import { translate } from '../../platform/i18n.ts';
import { inRecordTransaction } from '../../records/record-write.ts';
import { lockIntakeMatchKeys } from './find-intake-duplicate.ts';
import { intakeLead } from './intake-lead.ts';
import type {
  IntakeBatch,
  IntakeBatchItem,
  IntakeBodyValue,
  IntakeLeadInputValue,
  IntakeResult,
} from './lead-intake-api.schemas.ts';
import {
  claimExternalIds,
  claimIdempotencyKey,
  findIdempotentRequest,
  leadsOfExternalIds,
  recordExternalIdLead,
  releaseExternalId,
  storeIdempotentResponse,
} from './lead-intake-keys.repository.ts';
import { readLeadIntakeSettings } from './lead-intake-settings.repository.ts';
import './lead-intake.messages.ts';

/** The answer to an intake request, and whether it is the stored answer of an earlier try. */
export interface IntakeAnswer {
  status: number;
  body: IntakeResult | IntakeBatch;
  replayed: boolean;
}

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

/** A body's fingerprint: a key sent again with another body is a mistake, not a retry. */
const hashOf = (body: unknown) => createHash('sha256').update(JSON.stringify(body)).digest('hex');

/**
 * Takes in leads from an integration (ads, social, partners) in one transaction: one lead, or a batch of
 * `leads`. With an idempotency key the answer is stored under it (per caller) and a retry — even one sent
 * while the first is still running — gets that answer back instead of taking the leads in again; the same
 * key with another body is a 422. An item with an `externalId` taken in before is not taken in again
 * (`existing`). Each lead goes through `intakeLead` (validation, duplicates, hooks). A single lead that fails
 * validation is a 400 and nothing is stored; in a batch, each item stands alone (in a savepoint): refused
 * items are reported per field and the others are taken in.
 */
export async function intakeLeads(
  database: Database,
  props: { viewer: Viewer; locale: Locale; body: IntakeBodyValue; idempotencyKey?: string | undefined },
): Promise<IntakeAnswer> {
  const { viewer, body, idempotencyKey } = props;
  if (idempotencyKey !== undefined && !IDEMPOTENCY_KEY.test(idempotencyKey))
    throw new AppError(400, 'lead_intake.invalid_idempotency_key');
  const { leads, ...single } = body;
  const items: IntakeLeadInputValue[] = leads ?? [single];
  if (leads && Object.keys(single).length > 0) {
    throw new AppError(400, 'common.validation_failed', {}, [
      {
        field: Object.keys(single)[0]!,
        code: 'record.unknown_field',
        params: { field: Object.keys(single)[0] },
      },
    ]);
  }
  const repeated = firstRepeatedExternalId(items);
  if (repeated !== null)
    throw new AppError(400, 'lead_intake.external_id_repeated', { externalId: repeated });
  const settings = await readLeadIntakeSettings(database.db);
  const callerUserId = viewer.userId;
  const requestHash = hashOf(body);

  return inRecordTransaction(database, async (trx) => {
    const at = now().toISOString();
    if (idempotencyKey !== undefined) {
      const claimed = await claimIdempotencyKey(trx, { callerUserId, key: idempotencyKey, requestHash, at });
      if (!claimed) {
        const stored = await findIdempotentRequest(trx, callerUserId, idempotencyKey);
        if (!stored || stored.request_hash !== requestHash || stored.response_status === null)
          throw new AppError(422, 'lead_intake.idempotency_key_reused');
        return {
          status: Number(stored.response_status),
          body: JSON.parse(stored.response_body ?? 'null'),
          replayed: true,
        };
      }
    }
    // The locks of every lead's match keys at once, in one order, before anything else is claimed: two
    // requests sharing phones or e-mails then wait for each other instead of deadlocking.
    if (settings.duplicateMode !== 'create') await lockIntakeMatchKeys(trx, database.caps, items);
    const externalIds = items.flatMap((item) => (item.externalId ? [item.externalId] : []));
    const claimed = await claimExternalIds(trx, callerUserId, externalIds, at);
    const earlier = await leadsOfExternalIds(
      trx,
      callerUserId,
      externalIds.filter((id) => !claimed.has(id)),
    );
    const takeIn = async (item: IntakeLeadInputValue) => {
      const { externalId, ...values } = item;
      if (externalId && !claimed.has(externalId)) {
        return { outcome: 'existing' as const, leadId: earlier.get(externalId) ?? null, duplicateOf: null };
      }
      const result = await intakeLead({
        trx,
        database,
        actor: viewer,
        values,
        channel: 'api',
        duplicateMode: settings.duplicateMode,
        locale: props.locale,
      });
      if (externalId) await recordExternalIdLead(trx, callerUserId, externalId, result);
      return result;
    };

    let answer: Omit<IntakeAnswer, 'replayed'>;
    if (!leads) {
      const result = await takeIn(single);
      answer = {
        status: result.outcome === 'created' || result.outcome === 'linked' ? 201 : 200,
        body: { ...result, externalId: single.externalId ?? null },
      };
    } else {
      const results: IntakeBatchItem[] = [];
      for (const [index, item] of leads.entries()) {
        results.push(await takeInAlone(trx, index, item, takeIn, props.locale, callerUserId));
      }
      const counts = { created: 0, linked: 0, merged: 0, existing: 0, rejected: 0 };
      for (const result of results) counts[result.outcome] += 1;
      answer = { status: 200, body: { items: results, counts } };
    }
    if (idempotencyKey !== undefined)
      await storeIdempotentResponse(trx, callerUserId, idempotencyKey, answer);
    return { ...answer, replayed: false };
  });
}

/**
 * One item of a batch in a savepoint of its own: a refused item leaves nothing behind (and frees its
 * external id), the batch goes on.
 */
async function takeInAlone(
  trx: Transaction<DB>,
  index: number,
  item: IntakeLeadInputValue,
  takeIn: (item: IntakeLeadInputValue) => Promise<Omit<IntakeResult, 'externalId'>>,
  locale: Locale,
  callerUserId: number,
): Promise<IntakeBatchItem> {
  const externalId = item.externalId ?? null;
  await sql`savepoint intake_item`.execute(trx);
  try {
    const result = await takeIn(item);
    await sql`release savepoint intake_item`.execute(trx);
    return { index, ...result, externalId };
  } catch (error) {
    await sql`rollback to savepoint intake_item`.execute(trx);
    await sql`release savepoint intake_item`.execute(trx);
    if (!(error instanceof AppError) || error.status >= 500) throw error;
    if (externalId) await releaseExternalId(trx, callerUserId, externalId);
    const problems = error.fieldErrors.length > 0 ? error.fieldErrors : [{ field: '', code: error.code }];
    return {
      index,
      outcome: 'rejected',
      leadId: null,
      duplicateOf: null,
      externalId,
      errors: problems.map((problem) => ({
        field: problem.field,
        code: problem.code,
        message: translate(locale, problem.code, problem.params ?? (problem.field ? {} : error.params)),
      })),
    };
  }
}

function firstRepeatedExternalId(items: IntakeLeadInputValue[]): string | null {
  const seen = new Set<string>();
  for (const item of items) {
    if (!item.externalId) continue;
    if (seen.has(item.externalId)) return item.externalId;
    seen.add(item.externalId);
  }
  return null;
}
