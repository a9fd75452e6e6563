import type { Locale } from '@lodestar/shared';
import type { Kysely, Selectable, Transaction } from 'kysely';
import { cachedQuery } from '../../db/cached-query.ts';
import { type DB, type LeadFormTable, toBool } from '../../db/schema.ts';

type AnyDb = Kysely<DB> | Transaction<DB>;
type Texts = Record<Locale, string>;

/** A lead form as the code works with it (JSON columns parsed). */
export interface LeadForm {
  id: number;
  name: string;
  token: string;
  language: Locale;
  fields: Array<{ field: string; label: Texts; required: boolean }>;
  submitLabel: Texts;
  thankYou: Texts;
  allowedOrigins: string[];
  source: string | null;
  campaign: string | null;
  ruleSetId: number | null;
  active: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** What a write stores (everything but the id and the stamps). */
export type LeadFormValues = Omit<LeadForm, 'id' | 'version' | 'createdAt' | 'updatedAt'>;

function formOf(row: Selectable<LeadFormTable>): LeadForm {
  return {
    id: Number(row.id),
    name: row.name,
    token: row.token,
    language: row.language as Locale,
    fields: JSON.parse(row.fields),
    submitLabel: JSON.parse(row.submit_label),
    thankYou: JSON.parse(row.thank_you),
    allowedOrigins: JSON.parse(row.allowed_origins),
    source: row.source,
    campaign: row.campaign,
    ruleSetId: row.rule_set_id === null ? null : Number(row.rule_set_id),
    active: toBool(row.active),
    version: Number(row.version),
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

function columnsOf(values: LeadFormValues) {
  return {
    name: values.name,
    token: values.token,
    language: values.language,
    fields: JSON.stringify(values.fields),
    submit_label: JSON.stringify(values.submitLabel),
    thank_you: JSON.stringify(values.thankYou),
    allowed_origins: JSON.stringify(values.allowedOrigins),
    source: values.source,
    campaign: values.campaign,
    rule_set_id: values.ruleSetId,
    active: values.active,
  };
}

export async function listLeadForms(db: AnyDb): Promise<LeadForm[]> {
  const rows = await db.selectFrom('lead_forms').selectAll().orderBy('id').execute();
  return rows.map(formOf);
}

export async function findLeadForm(db: AnyDb, id: number): Promise<LeadForm | null> {
  const row = await db.selectFrom('lead_forms').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? formOf(row) : null;
}

/**
 * The form of a public token (read for every submission): read each time, parsed only when its row changed
 * since the last read of that token — the parsed form is shared, frozen.
 */
export async function findLeadFormByToken(db: AnyDb, token: string): Promise<LeadForm | null> {
  const [row] = await cachedQuery(db, 'leadForms.byToken', [token], ([value]) =>
    db.selectFrom('lead_forms').selectAll().where('token', '=', value),
  );
  if (!row) return null;
  const stamp = `${row.id} ${row.version} ${row.updated_at}`;
  const kept = formsByToken.get(token);
  if (kept?.stamp === stamp) return kept.form;
  const form = freezeForm(formOf(row));
  if (formsByToken.size >= MAX_KEPT_FORMS) formsByToken.clear();
  formsByToken.set(token, { stamp, form });
  return form;
}

const MAX_KEPT_FORMS = 1000;
const formsByToken = new Map<string, { stamp: string; form: LeadForm }>();

function freezeForm(form: LeadForm): LeadForm {
  for (const value of Object.values(form))
    if (typeof value === 'object' && value !== null) Object.freeze(value);
  for (const field of form.fields) Object.freeze(field);
  return Object.freeze(form);
}

export async function insertLeadForm(
  trx: Transaction<DB>,
  values: LeadFormValues,
  userId: number | null,
  at: string,
): Promise<number> {
  const row = await trx
    .insertInto('lead_forms')
    .values({
      ...columnsOf(values),
      version: 1,
      created_at: at,
      updated_at: at,
      created_by: userId,
      updated_by: userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

/** Writes a form's new values if it still has `version`; false when it changed (or went) meanwhile. */
export async function updateLeadFormRow(
  trx: Transaction<DB>,
  id: number,
  version: number,
  values: LeadFormValues,
  userId: number | null,
  at: string,
): Promise<boolean> {
  const result = await trx
    .updateTable('lead_forms')
    .set({ ...columnsOf(values), version: version + 1, updated_at: at, updated_by: userId })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteLeadFormRow(trx: Transaction<DB>, id: number): Promise<boolean> {
  const result = await trx.deleteFrom('lead_forms').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}
