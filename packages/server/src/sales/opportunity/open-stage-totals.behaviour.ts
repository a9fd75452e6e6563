import { amountToMinorUnits } from '../../metadata/field-types/currency.ts';
import {
  type CompletedWrite,
  type RecordValues,
  registerRecordBehaviour,
} from '../../records/record-behaviour.ts';
import { addToOpenTotals } from './open-stage-totals.repository.ts';

/** What an opportunity adds to the open totals: one opportunity and its amount in its cell, when it is open. */
function cellOf(values: RecordValues | null) {
  if (values?.status !== 'open' || values.pipeline == null || values.stage == null) return null;
  return {
    pipeline_id: Number(values.pipeline),
    stage_id: Number(values.stage),
    owner_id: values.ownerId == null ? 0 : Number(values.ownerId),
    amount: values.amount == null ? 0 : (amountToMinorUnits(values.amount) ?? 0),
  };
}

/**
 * Keeps the open totals of the kanban in step with every opportunity write, on its transaction: the
 * opportunity leaves the cell it was in (stage, owner, amount before) and enters the one it is in now.
 */
async function keepOpenTotals(write: CompletedWrite): Promise<void> {
  const leaving =
    write.kind === 'updated' || write.kind === 'deleted' ? cellOf(write.before ?? write.after) : null;
  const entering = write.kind === 'deleted' ? null : cellOf(write.after);
  if (
    leaving &&
    entering &&
    leaving.pipeline_id === entering.pipeline_id &&
    leaving.stage_id === entering.stage_id &&
    leaving.owner_id === entering.owner_id
  ) {
    if (leaving.amount === entering.amount) return;
    const { amount: _, ...cell } = entering;
    await addToOpenTotals(write.trx, {
      ...cell,
      open_count: 0,
      open_amount: entering.amount - leaving.amount,
    });
    return;
  }
  if (leaving) {
    const { amount, ...cell } = leaving;
    await addToOpenTotals(write.trx, { ...cell, open_count: -1, open_amount: -amount });
  }
  if (entering) {
    const { amount, ...cell } = entering;
    await addToOpenTotals(write.trx, { ...cell, open_count: 1, open_amount: amount });
  }
}

registerRecordBehaviour('opportunity', { afterWrite: keepOpenTotals });
