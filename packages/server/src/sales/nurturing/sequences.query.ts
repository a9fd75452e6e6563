import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { notFound } from '../../errors.ts';
import { presentSequence, type SequenceNames } from './sequence.presenter.ts';
import { enrolmentCounts, findSequence, listSequences, type Sequence } from './sequence.repository.ts';
import type { SequenceOutput } from './sequence.schemas.ts';

async function namesFor(db: Kysely<DB>): Promise<SequenceNames> {
  const [pools, ruleSets, templates, counts] = await Promise.all([
    db.selectFrom('lead_pools').select(['id', 'name']).execute(),
    db.selectFrom('lead_rule_sets').select(['id', 'name']).execute(),
    db.selectFrom('email_templates').select(['id', 'name', 'language']).execute(),
    enrolmentCounts(db),
  ]);
  return {
    pools: new Map(pools.map((row) => [Number(row.id), row.name])),
    ruleSets: new Map(ruleSets.map((row) => [Number(row.id), row.name])),
    templates: new Map(templates.map((row) => [Number(row.id), { name: row.name, language: row.language }])),
    counts,
  };
}

/** Every sequence, by name. */
export async function readSequences(db: Kysely<DB>): Promise<SequenceOutput[]> {
  const [sequences, names] = await Promise.all([listSequences(db), namesFor(db)]);
  return sequences.map((sequence) => presentSequence(sequence, names));
}

/** One sequence, or a 404. */
export async function readSequence(db: Kysely<DB>, id: number): Promise<SequenceOutput> {
  const sequence = await findSequence(db, id);
  if (!sequence) throw notFound('nurturing.sequence_not_found');
  return presentOne(db, sequence);
}

export async function presentOne(db: Kysely<DB>, sequence: Sequence): Promise<SequenceOutput> {
  return presentSequence(sequence, await namesFor(db));
}
