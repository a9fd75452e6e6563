import type { StageRow } from './pipeline.repository.ts';
import type { StageInputValue } from './pipeline.schemas.ts';

/** The record values of a stage of a saved list, at `position`. */
export function stageRecordValues(input: StageInputValue, position: number): Record<string, unknown> {
  return {
    name: input.name,
    kind: input.kind,
    position,
    probability: input.kind === 'open' ? (input.probability ?? null) : input.kind === 'won' ? 100 : 0,
    targetConversion: input.kind === 'open' ? (input.targetConversion ?? null) : null,
    expectedDaysMin: input.expectedDaysMin ?? null,
    expectedDaysMax: input.expectedDaysMax ?? null,
  };
}

/** Only the values that differ from the stage as it is (so that an unchanged stage is not written). */
export function changedStageValues(
  stage: StageRow,
  values: Record<string, unknown>,
): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(values).filter(([key, value]) => stage[key as keyof StageRow] !== value),
  );
}
