import { AppError } from '../../errors.ts';
import { type PendingWrite, registerRecordBehaviour } from '../../records/record-behaviour.ts';
import { CONVERTED, CONVERTED_LEAD_LOCKED_FIELDS } from './lead-fields.ts';
import './lead.messages.ts';

const NEW_LEAD = 'new';

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * A lead starts `new` unless the create says otherwise. Its status machine around conversion:
 * - `converted` is reached only through the conversion action: it is the one write that also sets
 *   `convertedAt`, a managed field the records API refuses in bodies (422 otherwise);
 * - a converted lead's key fields keep their values (409 naming the fields a write would change).
 */
async function guardConversion(write: PendingWrite): Promise<void> {
  if (write.kind !== 'create' && write.kind !== 'update') return;
  if (write.kind === 'create' && write.values.status == null) write.set('status', NEW_LEAD);
  if (write.before?.status === CONVERTED) {
    const changed = [...write.given].filter(
      (field) => CONVERTED_LEAD_LOCKED_FIELDS.has(field) && !same(write.before?.[field], write.values[field]),
    );
    if (changed.length === 0) return;
    throw new AppError(
      409,
      'lead.converted_locked',
      { field: changed[0] },
      changed.map((field) => ({ field, code: 'lead.converted_locked', params: { field } })),
    );
  }
  if (write.values.status === CONVERTED && !write.given.has('convertedAt')) {
    throw new AppError(422, 'lead.convert_through_action', {}, [
      { field: 'status', code: 'lead.convert_through_action' },
    ]);
  }
}

registerRecordBehaviour('lead', { beforeWrite: guardConversion });
