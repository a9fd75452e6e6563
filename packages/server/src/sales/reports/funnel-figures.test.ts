import { describe, expect, it } from 'vitest';
import type { StageRow } from '../pipeline/pipeline.repository.ts';
import type { FlowTotal } from './funnel.repository.ts';
import { funnelFigures } from './funnel-figures.ts';

const DAY = 86_400;

const stage = (
  id: number,
  name: string,
  kind: StageRow['kind'],
  target: number | null,
  days: [number, number] | null,
): StageRow => ({
  id,
  version: 1,
  pipelineId: 1,
  name,
  position: id,
  probability: kind === 'won' ? 100 : kind === 'lost' ? 0 : target,
  targetConversion: target,
  expectedDaysMin: days?.[0] ?? null,
  expectedDaysMax: days?.[1] ?? null,
  kind,
});

/** The article's pipeline. */
const STAGES = [
  stage(1, '初步接洽', 'open', 75, [3, 5]),
  stage(2, '方案呈现', 'open', 50, [7, 10]),
  stage(3, '商务谈判', 'open', 60, [5, 7]),
  stage(4, '合同审批', 'open', 90, [3, 5]),
  stage(5, '赢单成交', 'won', null, null),
  stage(6, '输单', 'lost', null, null),
];

const flow = (from: number, to: number, moves: number, days: number | null, amount = 0n): FlowTotal => ({
  fromStageId: from,
  toStageId: to,
  moves,
  timedMoves: days === null ? 0 : moves,
  seconds: days === null ? 0 : Math.round(days * DAY * moves),
  amount,
});

describe('funnel figures', () => {
  const open = new Map([
    [1, { count: 4, amount: 40_000_00n }],
    [2, { count: 2, amount: 70_000_00n }],
  ]);
  const flows = [
    flow(0, 1, 10, null),
    flow(1, 2, 6, 4), // 6 moved on after 4 days
    flow(1, 6, 2, 4), // 2 lost after 4 days
    flow(2, 4, 2, 15), // skipped 商务谈判
    flow(2, 6, 3, 15),
    flow(2, 1, 1, 15), // back to 初步接洽: a correction, counted in neither
    flow(4, 5, 2, 4, 250_000_00n),
    flow(6, 1, 1, null, 10_000_00n), // one loss reopened
  ];
  const { stages, bottleneck } = funnelFigures(STAGES, open, flows);
  const byName = (name: string) => stages.find((figure) => figure.stage.name === name)!;

  it('takes conversion as moved on ÷ (moved on + lost) and days from the moves out of a stage', () => {
    expect(byName('初步接洽')).toMatchObject({
      count: 4,
      amount: 40_000_00n,
      entered: 12,
      advanced: 6,
      lost: 2,
      conversion: 75,
      averageDays: 4,
    });
    expect(byName('方案呈现')).toMatchObject({ advanced: 2, lost: 3, conversion: 40, averageDays: 15 });
    expect(byName('商务谈判')).toMatchObject({
      entered: 0,
      advanced: 0,
      lost: 0,
      conversion: null,
      averageDays: null,
      deviation: null,
    });
    expect(byName('合同审批')).toMatchObject({ entered: 2, advanced: 2, conversion: 100, averageDays: 4 });
  });

  it('counts won and lost stages by the moves into them, net of reopened ones', () => {
    expect(byName('赢单成交')).toMatchObject({ count: 2, amount: 250_000_00n, conversion: null });
    expect(byName('输单')).toMatchObject({ count: 4, conversion: null });
  });

  it('marks the stage that misses its targets by the largest share as the bottleneck', () => {
    // 方案呈现: conversion 40 % against 50 % (−20 %), 15 days against at most 10 (+50 %).
    expect(byName('方案呈现')).toMatchObject({ deviation: 0.5, deviationReason: 'duration' });
    expect(byName('初步接洽')).toMatchObject({ deviation: 0, deviationReason: 'conversion' });
    expect(byName('合同审批').deviation).toBeLessThan(0);
    expect(bottleneck?.stage.name).toBe('方案呈现');
  });

  it('finds no bottleneck when every stage meets its targets, nor without history', () => {
    expect(funnelFigures(STAGES, open, [flow(1, 2, 3, 2), flow(1, 6, 1, 2)]).bottleneck).toBeNull();
    const empty = funnelFigures(STAGES, new Map(), []);
    expect(empty.bottleneck).toBeNull();
    expect(empty.stages.every((figure) => figure.count === 0 && figure.conversion === null)).toBe(true);
  });
});
