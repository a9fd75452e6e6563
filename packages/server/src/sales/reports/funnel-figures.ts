import type { StageRow } from '../pipeline/pipeline.repository.ts';
import type { FlowTotal, StageTotal } from './funnel.repository.ts';

const SECONDS_PER_DAY = 86_400;

/** The funnel's figures of one stage; amounts in fen. */
export interface StageFigures {
  stage: StageRow;
  /** Open stages: opportunities there now. Won and lost: net moves into it in the period. */
  count: number;
  amount: bigint;
  /** Moves into the stage in the period (creations included). */
  entered: number;
  /** Moves out of the stage in the period to a later open stage or the won stage. */
  advanced: number;
  /** Moves out of the stage in the period to a lost stage. */
  lost: number;
  /** advanced ÷ (advanced + lost), as a percentage with one decimal; null without such moves. */
  conversion: number | null;
  /** Average days spent in the stage by the moves out of it in the period; null without any. */
  averageDays: number | null;
  /** How far the stage falls short of its targets (0.2: 20 % worse than the target); null when it can't. */
  deviation: number | null;
  deviationReason: 'conversion' | 'duration' | null;
}

export interface FunnelFigures {
  stages: StageFigures[];
  /** The open stage that falls shortest of its targets, when one does. */
  bottleneck: StageFigures | null;
}

/**
 * The funnel of one pipeline from the open opportunities per stage and the moves of the period. Pure: the
 * figures follow from the stage history (through its roll-up), never from typed-in rates.
 *
 * A stage's conversion counts the decisions taken on it: the moves out of it that went forward (to any later
 * open stage, or won) against those that went to a lost stage; moves back to an earlier stage are
 * corrections, counted in neither. Opportunities still in the stage are not decided yet and do not lower
 * it. Its average days come from every move out of it. The bottleneck is the open stage whose conversion
 * or duration misses its target by the largest share: (target − conversion) ÷ target, or
 * (average days − expected maximum) ÷ expected maximum.
 */
export function funnelFigures(
  stages: StageRow[],
  openTotals: ReadonlyMap<number, StageTotal>,
  flows: FlowTotal[],
): FunnelFigures {
  const byId = new Map(stages.map((stage) => [stage.id, stage]));
  const figures = stages.map((stage): StageFigures => {
    const into = flows.filter((flow) => flow.toStageId === stage.id);
    const out = flows.filter((flow) => flow.fromStageId === stage.id);
    const sum = (list: FlowTotal[], pick: (flow: FlowTotal) => number) =>
      list.reduce((total, flow) => total + pick(flow), 0);
    const toKind = (flow: FlowTotal) => byId.get(flow.toStageId);
    const advanced = sum(
      out.filter((flow) => {
        const target = toKind(flow);
        return target !== undefined && target.kind !== 'lost' && target.position > stage.position;
      }),
      (flow) => flow.moves,
    );
    const lost = sum(
      out.filter((flow) => toKind(flow)?.kind === 'lost'),
      (flow) => flow.moves,
    );
    const timed = sum(out, (flow) => flow.timedMoves);
    const seconds = sum(out, (flow) => flow.seconds);
    const open = openTotals.get(stage.id);
    const closedCount = sum(into, (flow) => flow.moves) - sum(out, (flow) => flow.moves);
    const closedAmount =
      into.reduce((total, flow) => total + flow.amount, 0n) -
      out.reduce((total, flow) => total + flow.amount, 0n);
    const figure: StageFigures = {
      stage,
      count: stage.kind === 'open' ? (open?.count ?? 0) : Math.max(0, closedCount),
      amount: stage.kind === 'open' ? (open?.amount ?? 0n) : closedAmount > 0n ? closedAmount : 0n,
      entered: sum(into, (flow) => flow.moves),
      advanced,
      lost,
      conversion:
        stage.kind === 'open' && advanced + lost > 0
          ? oneDecimal((advanced * 100) / (advanced + lost))
          : null,
      averageDays: timed > 0 ? oneDecimal(seconds / timed / SECONDS_PER_DAY) : null,
      deviation: null,
      deviationReason: null,
    };
    return withDeviation(figure);
  });
  let bottleneck: StageFigures | null = null;
  for (const figure of figures) {
    if (
      figure.deviation !== null &&
      figure.deviation > 0 &&
      (!bottleneck || figure.deviation > bottleneck.deviation!)
    ) {
      bottleneck = figure;
    }
  }
  return { stages: figures, bottleneck };
}

/** The figure with its shortfall against the stage's conversion target and expected maximum days. */
function withDeviation(figure: StageFigures): StageFigures {
  if (figure.stage.kind !== 'open') return figure;
  const { targetConversion, expectedDaysMax } = figure.stage;
  const candidates: Array<[number, 'conversion' | 'duration']> = [];
  if (figure.conversion !== null && targetConversion) {
    candidates.push([(targetConversion - figure.conversion) / targetConversion, 'conversion']);
  }
  if (figure.averageDays !== null && expectedDaysMax) {
    candidates.push([(figure.averageDays - expectedDaysMax) / expectedDaysMax, 'duration']);
  }
  if (candidates.length === 0) return figure;
  const [deviation, reason] = candidates.reduce((worst, next) => (next[0] > worst[0] ? next : worst));
  return { ...figure, deviation: Math.round(deviation * 1000) / 1000, deviationReason: reason };
}

const oneDecimal = (value: number) => Math.round(value * 10) / 10;
