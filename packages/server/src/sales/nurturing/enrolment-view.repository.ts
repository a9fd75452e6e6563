import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { EnrolmentOutput } from './lead-nurturing.schemas.ts';

/** Enrolments with their sequence's name and step count, as the API shows them; latest per lead first. */
export async function selectEnrolmentViews(
  db: Kysely<DB>,
  leadIds: number[],
  onlyActive: boolean,
): Promise<Map<number, EnrolmentOutput>> {
  if (leadIds.length === 0) return new Map();
  let query = db
    .selectFrom('nurture_enrolments as e')
    .innerJoin('nurture_sequences as s', 's.id', 'e.sequence_id')
    .select([
      'e.id',
      'e.lead_id',
      'e.status',
      'e.next_position',
      'e.next_due_at',
      'e.stop_reason',
      'e.enrolled_at',
      'e.ended_at',
      's.id as sequence_id',
      's.name as sequence_name',
      (eb) =>
        eb
          .selectFrom('nurture_steps as p')
          .select((e) => e.fn.countAll<number>().as('n'))
          .whereRef('p.sequence_id', '=', 's.id')
          .as('steps'),
    ])
    .where('e.lead_id', 'in', leadIds);
  if (onlyActive) query = query.where('e.status', '=', 'active');
  const rows = await query.orderBy('e.id', 'desc').execute();
  const views = new Map<number, EnrolmentOutput>();
  for (const row of rows) {
    const leadId = Number(row.lead_id);
    if (views.has(leadId)) continue;
    views.set(leadId, {
      id: Number(row.id),
      sequence: { id: Number(row.sequence_id), name: row.sequence_name },
      status: row.status as EnrolmentOutput['status'],
      nextStep: Number(row.next_position) + 1,
      steps: Number(row.steps ?? 0),
      nextDueAt: row.next_due_at === null ? null : new Date(row.next_due_at).toISOString(),
      stopReason: row.stop_reason,
      enrolledAt: new Date(row.enrolled_at).toISOString(),
      endedAt: row.ended_at === null ? null : new Date(row.ended_at).toISOString(),
    });
  }
  return views;
}
