import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { amountToMinorUnits } from '../../metadata/field-types/currency.ts';
import { readSettings } from '../../platform/settings/settings.repository.ts';
import { zonedDateParts } from '../../records/auto-number/zoned-date-parts.ts';
import type { RecordValues } from '../../records/record-behaviour.ts';
import type { RecordContext } from '../../records/record-context.ts';
import { addToStageFlow, flowRowOf, insertStageHistory } from './stage-history.repository.ts';

export interface StageMove {
  opportunityId: number;
  /** Null when the opportunity was just created. */
  fromStageId: number | null;
  /** When the opportunity entered the stage it leaves (its `stageEnteredAt` before the move). */
  stageEnteredBefore: string | null;
  /** The opportunity after the move (API values). */
  after: RecordValues;
  at: string;
}

/**
 * Appends a move to the opportunity's stage history — who, when, from and to, the owner and amount at the
 * time, how long it stayed in the stage it left — and adds it to the monthly flow the funnel reads, on the
 * write's transaction.
 */
export async function appendStageHistory(
  trx: Transaction<DB>,
  context: RecordContext,
  move: StageMove,
): Promise<void> {
  // The company's time zone, read on the transaction (the metadata snapshot may read through another
  // connection, which SQLite's single one cannot give while this transaction holds it).
  const timeZone = (await readSettings(trx)).locale.timezone;
  const { year, month } = zonedDateParts(new Date(move.at), timeZone);
  const entered = move.stageEnteredBefore ? Date.parse(move.stageEnteredBefore) : Number.NaN;
  const row = {
    opportunity_id: move.opportunityId,
    pipeline_id: Number(move.after.pipeline),
    from_stage_id: move.fromStageId,
    to_stage_id: Number(move.after.stage),
    at: move.at,
    month: `${year}-${month}`,
    actor_user_id: context.viewer.userId,
    owner_id: move.after.ownerId == null ? null : Number(move.after.ownerId),
    amount: move.after.amount == null ? null : amountToMinorUnits(move.after.amount),
    seconds_in_from_stage:
      move.fromStageId === null || Number.isNaN(entered)
        ? null
        : Math.max(0, Math.round((Date.parse(move.at) - entered) / 1000)),
  };
  await insertStageHistory(trx, row);
  await addToStageFlow(trx, flowRowOf(row));
}
