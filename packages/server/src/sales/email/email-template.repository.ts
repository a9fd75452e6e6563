import type { Locale } from '@lodestar/shared';
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { DB, EmailTemplateTable } from '../../db/schema.ts';

type AnyDb = Kysely<DB> | Transaction<DB>;

/** An email template as the code works with it. */
export interface EmailTemplate {
  id: number;
  name: string;
  language: Locale;
  subject: string;
  body: string;
  version: number;
  usedBySteps: number;
  createdAt: string;
  updatedAt: string;
}

export type EmailTemplateValues = Pick<EmailTemplate, 'name' | 'language' | 'subject' | 'body'>;

function templateOf(row: Selectable<EmailTemplateTable> & { used: number | string | bigint }): EmailTemplate {
  return {
    id: Number(row.id),
    name: row.name,
    language: row.language as Locale,
    subject: row.subject,
    body: row.body,
    version: Number(row.version),
    usedBySteps: Number(row.used),
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

const withUse = (db: AnyDb) =>
  db
    .selectFrom('email_templates as t')
    .selectAll('t')
    .select((eb) =>
      eb
        .selectFrom('nurture_steps as s')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('s.template_id', '=', 't.id')
        .as('used'),
    );

export async function listEmailTemplates(db: AnyDb): Promise<EmailTemplate[]> {
  const rows = await withUse(db).orderBy('t.name').execute();
  return rows.map((row) => templateOf({ ...row, used: row.used ?? 0 }));
}

export async function findEmailTemplate(db: AnyDb, id: number): Promise<EmailTemplate | null> {
  const row = await withUse(db).where('t.id', '=', id).executeTakeFirst();
  return row ? templateOf({ ...row, used: row.used ?? 0 }) : null;
}

/** The id of the template called `name`, other than `exceptId`. */
export async function templateNamed(
  db: AnyDb,
  name: string,
  exceptId: number | null,
): Promise<number | null> {
  let query = db.selectFrom('email_templates').select('id').where('name', '=', name);
  if (exceptId !== null) query = query.where('id', '<>', exceptId);
  const row = await query.executeTakeFirst();
  return row ? Number(row.id) : null;
}

export async function insertEmailTemplate(
  trx: Transaction<DB>,
  values: EmailTemplateValues,
  userId: number | null,
  at: string,
): Promise<number> {
  const row = await trx
    .insertInto('email_templates')
    .values({ ...values, version: 1, created_at: at, updated_at: at, created_by: userId, updated_by: userId })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

/** Replaces a template's texts when it is still at `version` (any version when undefined); false if not. */
export async function updateEmailTemplate(
  trx: Transaction<DB>,
  id: number,
  values: EmailTemplateValues,
  version: number | undefined,
  userId: number | null,
  at: string,
): Promise<boolean> {
  let query = trx
    .updateTable('email_templates')
    .set((eb) => ({ ...values, version: eb('version', '+', 1), updated_at: at, updated_by: userId }))
    .where('id', '=', id);
  if (version !== undefined) query = query.where('version', '=', version);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function deleteEmailTemplateRow(trx: Transaction<DB>, id: number): Promise<void> {
  await trx.deleteFrom('email_templates').where('id', '=', id).execute();
}
