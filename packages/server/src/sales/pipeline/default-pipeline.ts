import type { StageKind } from './pipeline.repository.ts';

/** A stage as the settings API and the default pipeline declare it. */
export interface StageDeclaration {
  name: string;
  kind: StageKind;
  /** Win probability (%): the forecast weighs amounts with it. */
  probability: number;
  /** Share (%) of opportunities expected to move on from the stage: the funnel's bottleneck compares with it. */
  targetConversion: number | null;
  expectedDaysMin: number | null;
  expectedDaysMax: number | null;
}

/**
 * The B2B pipeline of the source article's funnel table (SPEC P-1), created when a database has no
 * pipeline at all. The article's percentages serve both as win probability (a ¥100,000 opportunity at
 * 方案呈现 weighs ¥50,000 in the forecast) and as the conversion target the funnel measures against.
 */
export const DEFAULT_PIPELINE: { name: string; description: string; stages: StageDeclaration[] } = {
  name: '标准B2B销售流程',
  description: '初步接洽 → 方案呈现 → 商务谈判 → 合同审批 → 赢单成交；转化率与时长来自典型B2B销售漏斗。',
  stages: [
    stage('初步接洽', 'open', 75, 3, 5),
    stage('方案呈现', 'open', 50, 7, 10),
    stage('商务谈判', 'open', 60, 5, 7),
    stage('合同审批', 'open', 90, 3, 5),
    { ...stage('赢单成交', 'won', 100, null, null), targetConversion: null },
    { ...stage('输单', 'lost', 0, null, null), targetConversion: null },
  ],
};

function stage(
  name: string,
  kind: StageKind,
  percent: number,
  expectedDaysMin: number | null,
  expectedDaysMax: number | null,
): StageDeclaration {
  return { name, kind, probability: percent, targetConversion: percent, expectedDaysMin, expectedDaysMax };
}
