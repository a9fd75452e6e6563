import type { DuplicateMode, Locale } from '@lodestar/shared';
import type { Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import type { Viewer } from '../../http/access.ts';
import { now } from '../../platform/clock.ts';
import { translate } from '../../platform/i18n.ts';
import { createRecordIn } from '../../records/create-record.command.ts';
import { parseRecordInput } from '../../records/parse-record-input.ts';
import type { RecordContext } from '../../records/record-context.ts';
import { systemRecordContext } from '../../records/system-context.ts';
import { updateRecordIn } from '../../records/update-record.command.ts';
import { findIntakeDuplicate, lockIntakeMatchKeys } from './find-intake-duplicate.ts';
import { intakeNotes } from './intake-notes.ts';
import { type LeadIntakeChannel, runLeadIntakeHooks } from './lead-intake-hooks.ts';
import './lead-intake.messages.ts';

/** What intake did with one incoming lead. */
export interface IntakeOutcome {
  /** `created`: a new lead; `linked`: a new lead flagged as a duplicate of another; `merged`: none, an open lead was updated. */
  outcome: 'created' | 'linked' | 'merged';
  leadId: number;
  /** The existing lead it matched (linked or merged into), or null. */
  duplicateOf: number | null;
}

export interface IntakeLeadProps {
  trx: Transaction<DB>;
  database: Database;
  /** Who the writes are attributed to (the API caller), or the system actor (web forms). */
  actor: Viewer;
  /** API values of lead fields; validated like any create (400 naming the fields at fault). */
  values: Record<string, unknown>;
  channel: LeadIntakeChannel;
  form?: { id: number; name: string; ruleSetId: number | null };
  duplicateMode: DuplicateMode;
  /** Language of the note a merge appends. */
  locale: Locale;
}

const MAX_DESCRIPTION = 10_000;

const isEmpty = (value: unknown) =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

/** `2025-03-01 09:30` in the context's time zone. */
function localMinute(context: RecordContext, at: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: context.timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}

/**
 * Takes one lead in, inside the caller's transaction: validates its values like a create (a 400 names every
 * field at fault and nothing is written), looks for the lead it duplicates (`findIntakeDuplicate`) unless the
 * mode is `create`, then creates it (`created`), creates it with `duplicateOf` set (`linked`), or — in
 * `merge` mode, when the match is an open lead — fills that lead's empty fields and appends what came in
 * to its notes instead of creating a second lead (`merged`; a closed match is linked). A created lead is
 * assigned by its form's rule set in the create (the lead's behaviours read `intakeNotes`). Then the
 * registered intake hooks run (nurturing) on the same transaction.
 */
export async function intakeLead(props: IntakeLeadProps): Promise<IntakeOutcome> {
  const { trx, database, values } = props;
  if ('ownerId' in values) {
    throw new AppError(400, 'common.validation_failed', {}, [
      { field: 'ownerId', code: 'lead_intake.owner_not_accepted' },
    ]);
  }
  const context = await systemRecordContext(database, 'lead', props.actor, trx);
  const parsed = await parseRecordInput(context, values, 'create');
  const normalised: Record<string, unknown> = { ...values };
  for (const field of context.object.fields) {
    if (Object.hasOwn(parsed.columns, field.columnName) && typeof values[field.apiName] === 'string')
      normalised[field.apiName] = parsed.columns[field.columnName];
  }
  let duplicate: Awaited<ReturnType<typeof findIntakeDuplicate>> = null;
  if (props.duplicateMode !== 'create') {
    await lockIntakeMatchKeys(trx, database.caps, [normalised]);
    duplicate = await findIntakeDuplicate(trx, context, normalised);
  }

  const form = props.form ? { form: { id: props.form.id, ruleSetId: props.form.ruleSetId } } : {};
  if (duplicate && props.duplicateMode === 'merge' && duplicate.open) {
    await mergeInto(props, context, duplicate, values);
    await runLeadIntakeHooks({
      trx,
      database,
      leadId: duplicate.id,
      outcome: 'merged',
      duplicateOf: duplicate.id,
      channel: props.channel,
      ...form,
    });
    return { outcome: 'merged', leadId: duplicate.id, duplicateOf: duplicate.id };
  }
  // The lead's behaviours assign it in the create, by the form's rule set (see `intakeNotes`); values
  // parsed above are not parsed again, unless the create adds the duplicate they match.
  const notes = intakeNotes({ channel: props.channel, ruleSetId: props.form?.ruleSetId ?? null });
  const created = duplicate
    ? await createRecordIn(trx, context, { ...values, duplicateOf: duplicate.id }, { managed: true, notes })
    : await createRecordIn(trx, context, values, { managed: true, notes, parsed });
  await runLeadIntakeHooks({
    trx,
    database,
    leadId: created.id,
    outcome: duplicate ? 'linked' : 'created',
    duplicateOf: duplicate?.id ?? null,
    channel: props.channel,
    ...form,
  });
  return {
    outcome: duplicate ? 'linked' : 'created',
    leadId: created.id,
    duplicateOf: duplicate?.id ?? null,
  };
}

/** Fills the open lead's empty fields from the incoming values and appends a dated note of the resubmission. */
async function mergeInto(
  props: IntakeLeadProps,
  context: RecordContext,
  duplicate: { id: number; version: number; values: Record<string, unknown> },
  values: Record<string, unknown>,
): Promise<void> {
  const patch: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(values)) {
    if (field === 'description' || isEmpty(value)) continue;
    if (isEmpty(duplicate.values[field])) patch[field] = value;
  }
  const channel = translate(props.locale, `lead_intake.channel.${props.channel}`, {
    form: props.form?.name ?? '',
  });
  const heading = translate(props.locale, 'lead_intake.merge_note', {
    at: localMinute(context, now()),
    channel,
  });
  const incoming = typeof values.description === 'string' ? values.description.trim() : '';
  const before = typeof duplicate.values.description === 'string' ? duplicate.values.description : '';
  const note = [before, [heading, incoming].filter(Boolean).join('\n')].filter(Boolean).join('\n\n');
  patch.description = [...note].length > MAX_DESCRIPTION ? [...note].slice(-MAX_DESCRIPTION).join('') : note;
  await updateRecordIn(props.trx, context, duplicate.id, duplicate.version, patch, { managed: true });
}
