import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';
import { metadataRegistryOf } from '../../metadata/metadata-registry.ts';
import { zonedDateParts } from '../../records/auto-number/zoned-date-parts.ts';
import { seededRandom } from '../demo/seeded-random.ts';
import {
  OPPORTUNITY_TABLE,
  type StageRow,
  selectDefaultPipelineId,
  selectLiveStages,
} from '../pipeline/pipeline.repository.ts';
import { rebuildOpenTotals } from './open-stage-totals.repository.ts';
import { rebuildStageFlow, type StageHistoryValues } from './stage-history.repository.ts';

export interface GenerateOpportunitiesOptions {
  /** How many opportunities to add. */
  count: number;
  /** Their owners, in turn (a rep owns count ÷ owners). */
  ownerIds: number[];
  /** The pipeline (the default one when absent). */
  pipelineId?: number;
  /** Accounts to attach them to, in turn; none when empty. */
  accountIds?: number[];
  /** The contact of each account (same order as `accountIds`), set on its opportunities. */
  contactIds?: number[];
  /** Leads the first opportunities came from (opportunity i from lead i). */
  leadIds?: number[];
  /**
   * Called in each batch's transaction with the opportunities just written (ids included), to write what
   * hangs on them — quotes, contracts, follow-ups — in the same transaction.
   */
  onBatch?: (trx: Transaction<DB>, batch: GeneratedOpportunity[]) => Promise<void>;
  /** Same seed, same data. */
  seed?: number;
  /** "Now" of the generated history: creations spread over the `months` before it. */
  now?: Date;
  months?: number;
  /** Rows per INSERT statement (and per transaction: ten statements). */
  batchSize?: number;
  /** Called after each transaction with the number of opportunities written so far. */
  onProgress?: (written: number) => void;
}

/** An opportunity as generated: its row's key facts and its path through the stages. */
export interface GeneratedOpportunity {
  id: number;
  /** 0-based position among the generated opportunities. */
  index: number;
  name: string;
  ownerId: number;
  accountId: number | null;
  contactId: number | null;
  /** In 分. */
  amount: number;
  createdAt: number;
  /** When it entered its current stage (its close, once won or lost). */
  enteredAt: number;
  stage: StageRow;
  /** Every stage it entered, in order (the first included). */
  path: StageRow[];
}

const DAY_MS = 86_400_000;
const LOSS_REASONS = ['price', 'competitor', 'budget', 'timing', 'noDecision', 'requirements'];
const SOURCES = ['website', 'webForm', 'advertising', 'exhibition', 'referral', 'partner', 'coldCall'];
const PRODUCTS = ['CRM 专业版', '私有化部署', '数据中台', '智能客服', '营销自动化', 'ERP 集成'];
const CUSTOMERS = [
  '华东电力',
  '鼎盛制造',
  '云帆物流',
  '星河零售',
  '恒通金融',
  '博雅教育',
  '康宁医疗',
  '远航能源',
];

/**
 * Adds `count` opportunities with a plausible stage history to a pipeline, deterministically and in bulk
 * (multi-row INSERTs, bypassing the records engine: no field history, events or behaviours), for
 * benchmarks and scale demos. Each opportunity walks the pipeline from its first stage: it moves on with
 * the stage's target conversion, spends between the stage's expected days (stretched at random) in it, is
 * lost or stalls otherwise, and stays open where "now" overtakes it; its opportunity row and its history
 * agree (stage, status, probability, `stageEnteredAt`, `closedAt`). The monthly flow the funnel reads is
 * rebuilt from the history at the end.
 * @example await generateOpportunities(database, { count: 1_000_000, ownerIds: repIds, seed: 7 })
 */
export async function generateOpportunities(
  database: Database,
  options: GenerateOpportunitiesOptions,
): Promise<{ opportunities: number; moves: number }> {
  const db = database.db;
  const pipelineId = options.pipelineId ?? (await selectDefaultPipelineId(db));
  if (pipelineId === null) throw new Error('no pipeline to generate opportunities in');
  const stages = await selectLiveStages(db, [pipelineId]);
  const { timeZone } = await metadataRegistryOf(database).snapshot();
  const random = seededRandom(options.seed ?? 1);
  const now = (options.now ?? new Date()).getTime();
  const span = (options.months ?? 36) * 30 * DAY_MS;
  const batchSize = options.batchSize ?? 500;
  const monthOf = monthFormatter(timeZone);
  let moves = 0;
  let written = 0;
  while (written < options.count) {
    const size = Math.min(batchSize * 10, options.count - written);
    await db.transaction().execute(async (trx) => {
      for (let offset = 0; offset < size; offset += batchSize) {
        const batch = Array.from({ length: Math.min(batchSize, size - offset) }, (_, i) =>
          simulateOpportunity(written + offset + i, stages, options, random, now - random() * span, now),
        );
        const ids = await insertOpportunities(trx, pipelineId, batch);
        if (options.onBatch) {
          const byId = new Map(stages.map((stage) => [stage.id, stage]));
          await options.onBatch(
            trx,
            batch.map((o, i) => ({
              id: ids.get(o.name)!,
              index: written + offset + i,
              name: o.name,
              ownerId: o.ownerId,
              accountId: o.accountId,
              contactId: o.contactId,
              amount: o.amount,
              createdAt: o.createdAt,
              enteredAt: o.enteredAt,
              stage: o.stage,
              path: o.moves.map((move) => byId.get(move.to)!),
            })),
          );
        }
        const history: StageHistoryValues[] = batch.flatMap((opportunity) =>
          opportunity.moves.map((move) => ({
            opportunity_id: ids.get(opportunity.name)!,
            pipeline_id: pipelineId,
            from_stage_id: move.from,
            to_stage_id: move.to,
            at: new Date(move.at).toISOString(),
            month: monthOf(move.at),
            actor_user_id: opportunity.ownerId,
            owner_id: opportunity.ownerId,
            amount: opportunity.amount,
            seconds_in_from_stage: move.seconds,
          })),
        );
        moves += history.length;
        for (let start = 0; start < history.length; start += batchSize) {
          await trx
            .insertInto('opportunity_stage_history')
            .values(history.slice(start, start + batchSize))
            .execute();
        }
      }
    });
    written += size;
    options.onProgress?.(written);
  }
  await db.transaction().execute(async (trx) => {
    await rebuildStageFlow(trx);
    await rebuildOpenTotals(trx);
  });
  return { opportunities: written, moves };
}

interface SimulatedMove {
  from: number | null;
  to: number;
  at: number;
  seconds: number | null;
}

interface SimulatedOpportunity {
  name: string;
  ownerId: number;
  accountId: number | null;
  contactId: number | null;
  leadId: number | null;
  amount: number;
  createdAt: number;
  closeDate: string;
  stage: StageRow;
  enteredAt: number;
  lossReason: string | null;
  forecastCategory: string;
  source: string;
  moves: SimulatedMove[];
}

function simulateOpportunity(
  index: number,
  stages: StageRow[],
  options: GenerateOpportunitiesOptions,
  random: () => number,
  createdAt: number,
  now: number,
): SimulatedOpportunity {
  const open = stages.filter((stage) => stage.kind === 'open');
  const won = stages.find((stage) => stage.kind === 'won')!;
  const lost = stages.find((stage) => stage.kind === 'lost')!;
  let stage = open[0]!;
  let at = createdAt;
  const moves: SimulatedMove[] = [{ from: null, to: stage.id, at, seconds: null }];
  let lossReason: string | null = null;
  let expectedClose = createdAt;
  for (const candidate of open) expectedClose += expectedDays(candidate, random) * DAY_MS;
  while (stage.kind === 'open') {
    const leaveAt = at + expectedDays(stage, random) * (0.5 + random() * 1.5) * DAY_MS;
    if (leaveAt > now) break;
    const roll = random() * 100;
    const forward = roll < (stage.targetConversion ?? stage.probability ?? 50);
    if (!forward && random() < 0.25) break; // stalls: still open in this stage
    const next = forward ? (open[open.indexOf(stage) + 1] ?? won) : lost;
    moves.push({ from: stage.id, to: next.id, at: leaveAt, seconds: Math.round((leaveAt - at) / 1000) });
    if (next.kind === 'lost') lossReason = LOSS_REASONS[Math.floor(random() * LOSS_REASONS.length)]!;
    stage = next;
    at = leaveAt;
  }
  const ownerId = options.ownerIds[index % options.ownerIds.length]!;
  const accounts = options.accountIds ?? [];
  // Open ones are expected to close by their path's expected days, or — already late — within four months.
  const closeDate = new Date(
    stage.kind !== 'open' ? at : expectedClose > now ? expectedClose : now + (5 + random() * 115) * DAY_MS,
  );
  return {
    name: `${CUSTOMERS[index % CUSTOMERS.length]}·${PRODUCTS[Math.floor(random() * PRODUCTS.length)]}·${String(index + 1).padStart(7, '0')}`,
    ownerId,
    accountId: accounts.length > 0 ? accounts[index % accounts.length]! : null,
    contactId: options.contactIds?.[index % accounts.length] ?? null,
    leadId: options.leadIds?.[index] ?? null,
    // ¥10,000 to about ¥5,000,000 in whole hundreds of yuan (in fen), most of them small.
    amount: Math.round((10_000 * Math.exp(random() * random() * 6.2)) / 100) * 100 * 100,
    createdAt,
    closeDate: closeDate.toISOString().slice(0, 10),
    stage,
    enteredAt: at,
    lossReason,
    forecastCategory: stage.position >= 3 ? (random() < 0.5 ? 'commit' : 'bestCase') : 'pipeline',
    source: SOURCES[Math.floor(random() * SOURCES.length)]!,
    moves,
  };
}

/** Days in a stage between its expected minimum and maximum (a week when it has none). */
function expectedDays(stage: StageRow, random: () => number): number {
  const min = stage.expectedDaysMin ?? 7;
  const max = stage.expectedDaysMax ?? min;
  return min + random() * (max - min);
}

/** Inserts a batch of opportunities and returns their ids by (unique) name. */
async function insertOpportunities(
  trx: Transaction<DB>,
  pipelineId: number,
  batch: SimulatedOpportunity[],
): Promise<Map<string, number>> {
  const rows = await (trx as unknown as Kysely<Record<string, Record<string, unknown>>>)
    .insertInto(OPPORTUNITY_TABLE)
    .values(
      batch.map((o) => {
        const created = new Date(o.createdAt).toISOString();
        const updated = new Date(o.enteredAt).toISOString();
        return {
          version: o.moves.length,
          owner_id: o.ownerId,
          created_by: o.ownerId,
          updated_by: o.ownerId,
          created_at: created,
          updated_at: updated,
          name: o.name,
          account_id: o.accountId,
          contact_id: o.contactId,
          lead_id: o.leadId,
          pipeline_id: pipelineId,
          stage_id: o.stage.id,
          amount: o.amount,
          close_date: o.closeDate,
          probability: o.stage.probability,
          status: o.stage.kind,
          forecast_category: o.forecastCategory,
          source: o.source,
          loss_reason: o.lossReason,
          stage_entered_at: updated,
          closed_at: o.stage.kind === 'open' ? null : updated,
        };
      }),
    )
    .returning(['id', 'name'])
    .execute();
  return new Map(rows.map((row) => [String(row.name), Number(row.id)]));
}

/** Offsets of time zones are whole quarter hours: within one, the month is the same everywhere. */
const QUARTER_HOUR_MS = 900_000;

/** `YYYY-MM` of an instant in a time zone, cached per quarter hour (the formatter is the costly part). */
function monthFormatter(timeZone: string): (at: number) => string {
  const byQuarterHour = new Map<number, string>();
  return (at) => {
    const key = Math.floor(at / QUARTER_HOUR_MS);
    let month = byQuarterHour.get(key);
    if (!month) {
      const parts = zonedDateParts(new Date(at), timeZone);
      month = `${parts.year}-${parts.month}`;
      byQuarterHour.set(key, month);
    }
    return month;
  };
}
