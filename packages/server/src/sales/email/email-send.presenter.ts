import type { selectLeadSends } from './email-send.repository.ts';
import type { EmailSendOutput } from './email-send.schemas.ts';

type Row = Awaited<ReturnType<typeof selectLeadSends>>[number];

const iso = (value: string | null) => (value === null ? null : new Date(value).toISOString());

/** One email to a lead as the API shows it. */
export function presentEmailSend(row: Row): EmailSendOutput {
  return {
    id: Number(row.id),
    to: row.to_address,
    subject: row.subject,
    status: row.status as EmailSendOutput['status'],
    attempts: Number(row.attempts),
    error: row.error,
    template:
      row.template_id === null ? null : { id: Number(row.template_id), name: row.template_name ?? '' },
    sequence:
      row.sequence_id === null ? null : { id: Number(row.sequence_id), name: row.sequence_name ?? '' },
    step: row.step_position === null ? null : Number(row.step_position) + 1,
    sentBy: row.sent_by === null ? null : { id: Number(row.sent_by), name: row.sender_name ?? '' },
    createdAt: new Date(row.created_at).toISOString(),
    sentAt: iso(row.sent_at),
  };
}
