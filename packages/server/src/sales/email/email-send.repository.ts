import type { Insertable, Kysely, Selectable, Transaction, Updateable } from 'kysely';
import type { DB, EmailSendTable } from '../../db/schema.ts';

type AnyDb = Kysely<DB> | Transaction<DB>;

export type SendStatus = 'sending' | 'sent' | 'retrying' | 'failed';
export type SendRow = Selectable<EmailSendTable>;

export async function insertSend(trx: Transaction<DB>, row: Insertable<EmailSendTable>): Promise<number> {
  const inserted = await trx.insertInto('email_sends').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(inserted.id);
}

export async function updateSend(
  trx: Transaction<DB>,
  id: number,
  patch: Updateable<EmailSendTable>,
): Promise<void> {
  await trx.updateTable('email_sends').set(patch).where('id', '=', id).execute();
}

export async function findSend(db: AnyDb, id: number): Promise<SendRow | undefined> {
  return db.selectFrom('email_sends').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The send of one step of an enrolment, if its job got that far before. */
export async function findStepSend(
  db: AnyDb,
  enrolmentId: number,
  position: number,
): Promise<SendRow | undefined> {
  return db
    .selectFrom('email_sends')
    .selectAll()
    .where('enrolment_id', '=', enrolmentId)
    .where('step_position', '=', position)
    .executeTakeFirst();
}

const sendsWithNames = (db: AnyDb) =>
  db
    .selectFrom('email_sends as s')
    .leftJoin('email_templates as t', 't.id', 's.template_id')
    .leftJoin('users as u', 'u.id', 's.sent_by')
    .leftJoin('nurture_enrolments as e', 'e.id', 's.enrolment_id')
    .leftJoin('nurture_sequences as q', 'q.id', 'e.sequence_id')
    .selectAll('s')
    .select([
      't.name as template_name',
      'u.name as sender_name',
      'q.id as sequence_id',
      'q.name as sequence_name',
    ]);

/** A lead's emails, newest first, with the template's, the sender's and the sequence's names. */
export async function selectLeadSends(db: AnyDb, leadId: number, limit: number) {
  return sendsWithNames(db).where('s.lead_id', '=', leadId).orderBy('s.id', 'desc').limit(limit).execute();
}

/** One email with the names `selectLeadSends` gives. */
export async function selectSendWithNames(db: AnyDb, id: number) {
  return sendsWithNames(db).where('s.id', '=', id).executeTakeFirstOrThrow();
}
