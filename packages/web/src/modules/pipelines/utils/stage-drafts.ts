import type { PipelineStage, StageInput, StageKind } from '../api/pipelines.api.ts';

/** A stage being edited: an existing one (id, version) or a new one (a local key only). */
export interface StageDraft {
  /** Stable key for lists and drag and drop. */
  key: string;
  id?: number;
  version?: number;
  name: string;
  kind: StageKind;
  probability: number | null;
  targetConversion: number | null;
  expectedDaysMin: number | null;
  expectedDaysMax: number | null;
  inUse: boolean;
}

let counter = 0;

/** Drafts of a pipeline's stages, in order. */
export function draftsOf(stages: PipelineStage[]): StageDraft[] {
  return stages.map((stage) => ({
    key: `stage-${stage.id}`,
    id: stage.id,
    version: stage.version,
    name: stage.name,
    kind: stage.kind,
    probability: stage.probability,
    targetConversion: stage.targetConversion,
    expectedDaysMin: stage.expectedDaysMin,
    expectedDaysMax: stage.expectedDaysMax,
    inUse: stage.inUse,
  }));
}

/** A new open stage. */
export function newStageDraft(name = ''): StageDraft {
  counter += 1;
  return {
    key: `new-${counter}`,
    name,
    kind: 'open',
    probability: 50,
    targetConversion: 50,
    expectedDaysMin: null,
    expectedDaysMax: null,
    inUse: false,
  };
}

/** The stage list of the API from drafts (won and lost stages weigh 100 % and 0 % on the server). */
export function stageInputsOf(drafts: StageDraft[]): StageInput[] {
  return drafts.map((draft) => ({
    ...(draft.id === undefined ? {} : { id: draft.id, version: draft.version }),
    name: draft.name.trim(),
    kind: draft.kind,
    probability: draft.kind === 'open' ? draft.probability : null,
    targetConversion: draft.kind === 'open' ? draft.targetConversion : null,
    expectedDaysMin: draft.expectedDaysMin,
    expectedDaysMax: draft.expectedDaysMax,
  }));
}

/** What keeps a stage list from being saved, as i18n keys (empty when it can be saved). */
export function stageListProblems(drafts: StageDraft[]): string[] {
  const problems: string[] = [];
  const count = (kind: StageKind) => drafts.filter((draft) => draft.kind === kind).length;
  if (drafts.some((draft) => draft.name.trim() === '')) problems.push('pipelines.problems.nameMissing');
  if (count('open') === 0) problems.push('pipelines.problems.openRequired');
  if (count('won') !== 1) problems.push('pipelines.problems.oneWon');
  if (count('lost') === 0) problems.push('pipelines.problems.lostRequired');
  if (drafts.some((draft) => draft.kind === 'open' && draft.probability === null)) {
    problems.push('pipelines.problems.probabilityMissing');
  }
  return problems;
}

/** A fresh pipeline's starting stages: one open, the won and the lost stage. */
export function starterStages(names: { open: string; won: string; lost: string }): StageDraft[] {
  return [
    newStageDraft(names.open),
    { ...newStageDraft(names.won), kind: 'won', probability: 100, targetConversion: null },
    { ...newStageDraft(names.lost), kind: 'lost', probability: 0, targetConversion: null },
  ];
}
