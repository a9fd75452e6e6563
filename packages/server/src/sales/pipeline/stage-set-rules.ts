import { AppError } from '../../errors.ts';
import type { StageKind } from './pipeline.repository.ts';

/** What the rules of a whole stage set look at. */
export interface StageSetMember {
  id: number | null;
  position: number;
  kind: StageKind;
}

/**
 * The rules a pipeline's stage set obeys once complete: at least one open stage, exactly one won stage, at
 * least one lost stage, positions unique. Returns the 422 to answer, or null when the set is sound. `field`
 * names where the problems are reported (`stages` for a whole list, `kind`/`position` for one stage).
 */
export function stageSetProblem(stages: StageSetMember[], field = 'stages'): AppError | null {
  const count = (kind: StageKind) => stages.filter((stage) => stage.kind === kind).length;
  const problems: Array<{ field: string; code: string; params?: Record<string, unknown> }> = [];
  if (count('open') === 0) problems.push({ field, code: 'pipelineStage.open_required' });
  if (count('won') === 0) problems.push({ field, code: 'pipelineStage.won_required' });
  if (count('won') > 1) problems.push({ field, code: 'pipelineStage.second_won' });
  if (count('lost') === 0) problems.push({ field, code: 'pipelineStage.lost_required' });
  const positions = new Set<number>();
  for (const stage of stages) {
    if (positions.has(stage.position)) {
      problems.push({ field, code: 'pipelineStage.position_taken', params: { position: stage.position } });
    }
    positions.add(stage.position);
  }
  return problems.length > 0 ? new AppError(422, 'common.invalid_fields', {}, problems) : null;
}
