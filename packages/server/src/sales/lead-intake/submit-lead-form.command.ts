import { LEAD_FORM_HONEYPOT } from '@lodestar/shared';
import type { Database } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { metadataRegistryOf } from '../../metadata/metadata-registry.ts';
import { parseRecordInput } from '../../records/parse-record-input.ts';
import { recordContext } from '../../records/record-context.ts';
import { inRecordTransaction } from '../../records/record-write.ts';
import { SYSTEM_ACTOR } from '../payment/system-actor.ts';
import { capturedValues } from './captured-values.ts';
import { type IntakeOutcome, intakeLead } from './intake-lead.ts';
import type { LeadForm } from './lead-form.repository.ts';
import { readLeadIntakeSettings } from './lead-intake-settings.repository.ts';
import './lead-intake.messages.ts';

/** A submission body: form-encoded values are strings (arrays when a key repeats), JSON may hold anything. */
export type SubmissionBody = Record<string, unknown>;

type Problem = { field: string; code: string; params?: Record<string, unknown> };

const TRUE_WORDS = new Set(['true', 'on', '1', 'yes']);
const FALSE_WORDS = new Set(['false', 'off', '0', 'no']);

const isBlank = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** A checkbox posts `true`/`on`; JSON may send a real boolean. Anything else is left for the field to refuse. */
function booleanOf(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const word = value.trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return value;
}

const textOf = (value: unknown) => (typeof value === 'string' ? value : undefined);

/**
 * Takes in one submission of a web-to-lead form. A filled honeypot ends it silently (`stored: false`, the
 * caller answers as for a stored one). Only the form's fields are read from the body; the form's required
 * fields, then the field types (phone, e-mail, choices…) are checked and every problem is reported in one 400
 * with per-field messages — nothing is stored. The lead gets the form's source and campaign, the UTM values
 * and the referrer (`capturedValues`), and goes through intake (duplicates, hooks) as the system: it has no
 * owner until assignment gives it one.
 */
export async function submitLeadForm(
  database: Database,
  props: { form: LeadForm; body: SubmissionBody; refererHeader: string | undefined },
): Promise<{ stored: false } | ({ stored: true } & IntakeOutcome)> {
  const { form, body } = props;
  if (!isBlank(body[LEAD_FORM_HONEYPOT])) return { stored: false };

  const lead = (await metadataRegistryOf(database).snapshot()).object('lead')!;
  const values: Record<string, unknown> = {};
  const problems: Problem[] = [];
  for (const item of form.fields) {
    const meta = lead.fields.find((f) => f.apiName === item.field);
    if (!meta) continue; // a field deleted since the form was saved
    const raw = body[item.field];
    if (isBlank(raw) || (meta.type === 'boolean' && item.required && booleanOf(raw) !== true)) {
      if (item.required) problems.push({ field: item.field, code: 'lead_form.required' });
      continue;
    }
    values[item.field] = meta.type === 'boolean' ? booleanOf(raw) : raw;
  }
  if (form.source && !('source' in values)) values.source = form.source;
  if (form.campaign && !('campaign' in values)) values.campaign = form.campaign;
  const stringBody = Object.fromEntries(
    Object.entries(body).flatMap(([key, value]) => (typeof value === 'string' ? [[key, value]] : [])),
  );
  for (const [field, value] of Object.entries(capturedValues(stringBody, textOf(props.refererHeader)))) {
    if (!(field in values)) values[field] = value;
  }

  if (problems.length > 0) {
    // Report the values the types refuse along with the missing ones: the visitor fixes everything at once.
    const typeProblems = await valueProblems(database, values);
    const more = typeProblems.filter((p) => !problems.some((q) => q.field === p.field));
    throw new AppError(400, 'common.validation_failed', {}, [...problems, ...more]);
  }

  const outcome = await inRecordTransaction(database, async (trx) =>
    intakeLead({
      trx,
      database,
      actor: SYSTEM_ACTOR,
      values,
      channel: 'webForm',
      form: { id: form.id, name: form.name, ruleSetId: form.ruleSetId },
      // Read in the transaction: a read of its own would first have to take a snapshot of the database.
      duplicateMode: (await readLeadIntakeSettings(trx)).duplicateMode,
      locale: form.language,
    }),
  );
  return { stored: true, ...outcome };
}

/** The per-field problems a create of a lead with `values` would have (the missing name aside). */
async function valueProblems(database: Database, values: Record<string, unknown>): Promise<Problem[]> {
  const context = await recordContext(database, 'lead', SYSTEM_ACTOR);
  try {
    await parseRecordInput(context, { name: '-', ...values }, 'create', [], { managed: true });
    return [];
  } catch (error) {
    if (error instanceof AppError) return error.fieldErrors;
    throw error;
  }
}
