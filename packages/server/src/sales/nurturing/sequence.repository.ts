import type { Kysely, Transaction } from 'kysely';
import { cachedQuery } from '../../db/cached-query.ts';
import { type DB, toBool } from '../../db/schema.ts';

type AnyDb = Kysely<DB> | Transaction<DB>;

/** A sequence as the code works with it, its steps in order. */
export interface Sequence {
  id: number;
  name: string;
  description: string | null;
  active: boolean;
  enrolPoolId: number | null;
  handBackRuleSetId: number | null;
  steps: Array<{ position: number; templateId: number; delayHours: number }>;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export type SequenceValues = Omit<Sequence, 'id' | 'steps' | 'version' | 'createdAt' | 'updatedAt'>;

async function withSteps(
  db: AnyDb,
  rows: Array<{
    id: number;
    name: string;
    description: string | null;
    active: boolean | number;
    enrol_pool_id: number | null;
    hand_back_rule_set_id: number | null;
    version: number;
    created_at: string;
    updated_at: string;
  }>,
): Promise<Sequence[]> {
  if (rows.length === 0) return [];
  const steps = await db
    .selectFrom('nurture_steps')
    .select(['sequence_id', 'position', 'template_id', 'delay_hours'])
    .where(
      'sequence_id',
      'in',
      rows.map((row) => Number(row.id)),
    )
    .orderBy('sequence_id')
    .orderBy('position')
    .execute();
  return rows.map((row) => ({
    id: Number(row.id),
    name: row.name,
    description: row.description,
    active: toBool(row.active),
    enrolPoolId: row.enrol_pool_id === null ? null : Number(row.enrol_pool_id),
    handBackRuleSetId: row.hand_back_rule_set_id === null ? null : Number(row.hand_back_rule_set_id),
    steps: steps
      .filter((step) => Number(step.sequence_id) === Number(row.id))
      .map((step) => ({
        position: Number(step.position),
        templateId: Number(step.template_id),
        delayHours: Number(step.delay_hours),
      })),
    version: Number(row.version),
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  }));
}

export async function listSequences(db: AnyDb): Promise<Sequence[]> {
  return withSteps(db, await db.selectFrom('nurture_sequences').selectAll().orderBy('name').execute());
}

export async function findSequence(db: AnyDb, id: number): Promise<Sequence | null> {
  const rows = await db.selectFrom('nurture_sequences').selectAll().where('id', '=', id).execute();
  return (await withSteps(db, rows))[0] ?? null;
}

/** The active sequence that enrols the leads entering `poolId`, if any. */
export async function sequenceEnrollingFrom(db: AnyDb, poolId: number): Promise<Sequence | null> {
  // Asked for every lead a rule puts in a pool: compiled once.
  const rows = await cachedQuery(db, 'nurtureSequence.enrollingFrom', [poolId, true, 1], ([pool, yes, one]) =>
    db
      .selectFrom('nurture_sequences')
      .selectAll()
      .where('enrol_pool_id', '=', pool)
      .where('active', '=', yes)
      .orderBy('id')
      .limit(one),
  );
  if (rows.length === 0) return null;
  return (await withSteps(db, rows))[0] ?? null;
}

/** Another sequence than `exceptId` that has the name, or enrols from the pool. */
export async function sequenceClashing(
  db: AnyDb,
  column: 'name' | 'enrol_pool_id',
  value: string | number,
  exceptId: number | null,
): Promise<{ id: number; name: string } | null> {
  let query = db.selectFrom('nurture_sequences').select(['id', 'name']).where(column, '=', value);
  if (exceptId !== null) query = query.where('id', '<>', exceptId);
  const row = await query.executeTakeFirst();
  return row ? { id: Number(row.id), name: row.name } : null;
}

export async function insertSequence(
  trx: Transaction<DB>,
  values: SequenceValues,
  at: string,
): Promise<number> {
  const row = await trx
    .insertInto('nurture_sequences')
    .values({
      name: values.name,
      description: values.description,
      active: values.active,
      enrol_pool_id: values.enrolPoolId,
      hand_back_rule_set_id: values.handBackRuleSetId,
      version: 1,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

/** Replaces a sequence's settings when still at `version` (any when undefined); false if not. */
export async function updateSequenceRow(
  trx: Transaction<DB>,
  id: number,
  values: SequenceValues,
  version: number | undefined,
  at: string,
): Promise<boolean> {
  let query = trx
    .updateTable('nurture_sequences')
    .set((eb) => ({
      name: values.name,
      description: values.description,
      active: values.active,
      enrol_pool_id: values.enrolPoolId,
      hand_back_rule_set_id: values.handBackRuleSetId,
      version: eb('version', '+', 1),
      updated_at: at,
    }))
    .where('id', '=', id);
  if (version !== undefined) query = query.where('version', '=', version);
  return Number((await query.executeTakeFirst()).numUpdatedRows) > 0;
}

/** Replaces a sequence's steps. */
export async function replaceSteps(
  trx: Transaction<DB>,
  sequenceId: number,
  steps: Array<{ templateId: number; delayHours: number }>,
): Promise<void> {
  await trx.deleteFrom('nurture_steps').where('sequence_id', '=', sequenceId).execute();
  if (steps.length === 0) return;
  await trx
    .insertInto('nurture_steps')
    .values(
      steps.map((step, position) => ({
        sequence_id: sequenceId,
        position,
        template_id: step.templateId,
        delay_hours: step.delayHours,
      })),
    )
    .execute();
}

export async function deleteSequenceRow(trx: Transaction<DB>, id: number): Promise<void> {
  await trx.deleteFrom('nurture_sequences').where('id', '=', id).execute();
}

/** Enrolment counts by sequence and status. */
export async function enrolmentCounts(db: AnyDb): Promise<Map<number, Record<string, number>>> {
  const rows = await db
    .selectFrom('nurture_enrolments')
    .select(['sequence_id', 'status', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy(['sequence_id', 'status'])
    .execute();
  const counts = new Map<number, Record<string, number>>();
  for (const row of rows) {
    const entry = counts.get(Number(row.sequence_id)) ?? {};
    entry[row.status] = Number(row.n);
    counts.set(Number(row.sequence_id), entry);
  }
  return counts;
}
