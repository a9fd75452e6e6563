import { Decimal } from '@lodestar/shared';
import type { Database } from '../../db/database.ts';
import { notFound } from '../../errors.ts';
import type { Viewer } from '../../http/access.ts';
import {
  selectDefaultPipelineId,
  selectLivePipeline,
  selectLiveStages,
} from '../pipeline/pipeline.repository.ts';
import { selectOpenStageTotals, selectStageFlows } from './funnel.repository.ts';
import type { FunnelOutput } from './funnel.schemas.ts';
import { funnelFigures, type StageFigures } from './funnel-figures.ts';
import { type OwnerFilter, ownerPredicates } from './report-owner-filter.ts';
import { type MonthRange, monthRangeOf } from './report-period.ts';

export interface FunnelInput extends OwnerFilter {
  pipelineId?: number | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/** The longest period a funnel covers: ten years of months. */
const MAX_MONTHS = 120;

/**
 * The funnel of a pipeline (SPEC P-3) within the viewer's data scope: open opportunities per stage as they
 * are now, and the period's moves — conversion, days in stage, won and lost — from the stage history's
 * monthly roll-up; the bottleneck stage marked. Two aggregate statements whatever the volume.
 */
export async function salesFunnel(
  database: Database,
  viewer: Viewer,
  input: FunnelInput,
): Promise<FunnelOutput> {
  const db = database.db;
  const range = monthRangeOf(input.from, input.to, null, MAX_MONTHS);
  const pipelineId = input.pipelineId ?? (await selectDefaultPipelineId(db));
  const pipeline = pipelineId === null ? undefined : await selectLivePipeline(db, pipelineId);
  if (!pipeline) throw notFound('pipeline.not_found');
  const stages = await selectLiveStages(db, [pipeline.id]);
  const openTotals = await selectOpenStageTotals(
    db,
    pipeline.id,
    await ownerPredicates(db, viewer, 'o.owner_id', input),
  );
  const flows = await selectStageFlows(
    db,
    pipeline.id,
    range,
    await ownerPredicates(db, viewer, 'f.owner_id', input),
  );
  const figures = funnelFigures(stages, openTotals, flows);
  return presentFunnel(pipeline, range, figures.stages, figures.bottleneck);
}

const yuan = (fen: bigint) => Decimal.fromUnits(fen, 2).toString();

function presentFunnel(
  pipeline: { id: number; name: string },
  range: MonthRange | null,
  stages: StageFigures[],
  bottleneck: StageFigures | null,
): FunnelOutput {
  const ofKind = (kind: string) => stages.filter((figure) => figure.stage.kind === kind);
  const count = (list: StageFigures[]) => list.reduce((total, figure) => total + figure.count, 0);
  const amount = (list: StageFigures[]) => yuan(list.reduce((total, figure) => total + figure.amount, 0n));
  const won = count(ofKind('won'));
  const lost = count(ofKind('lost'));
  return {
    pipeline: { id: pipeline.id, name: pipeline.name },
    period: range,
    stages: stages.map((figure) => ({
      id: figure.stage.id,
      name: figure.stage.name,
      kind: figure.stage.kind,
      position: figure.stage.position,
      probability: figure.stage.probability,
      targetConversion: figure.stage.targetConversion,
      expectedDaysMin: figure.stage.expectedDaysMin,
      expectedDaysMax: figure.stage.expectedDaysMax,
      count: figure.count,
      amount: yuan(figure.amount),
      entered: figure.entered,
      advanced: figure.advanced,
      lost: figure.lost,
      conversion: figure.conversion,
      averageDays: figure.averageDays,
      deviation: figure.deviation,
      deviationReason: figure.deviationReason,
      bottleneck: figure === bottleneck,
    })),
    bottleneck:
      bottleneck && bottleneck.deviationReason !== null && bottleneck.deviation !== null
        ? {
            stageId: bottleneck.stage.id,
            reason: bottleneck.deviationReason,
            deviation: bottleneck.deviation,
          }
        : null,
    totals: {
      openCount: count(ofKind('open')),
      openAmount: amount(ofKind('open')),
      wonCount: won,
      wonAmount: amount(ofKind('won')),
      lostCount: lost,
      lostAmount: amount(ofKind('lost')),
      winRate: won + lost > 0 ? Math.round((won * 1000) / (won + lost)) / 10 : null,
    },
  };
}
