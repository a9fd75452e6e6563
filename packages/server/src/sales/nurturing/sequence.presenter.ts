import type { Sequence } from './sequence.repository.ts';
import type { SequenceOutput } from './sequence.schemas.ts';

/** Names the presenter shows beside ids. */
export interface SequenceNames {
  pools: Map<number, string>;
  ruleSets: Map<number, string>;
  templates: Map<number, { name: string; language: string }>;
  counts: Map<number, Record<string, number>>;
}

const ref = (id: number | null, names: Map<number, string>) =>
  id === null ? null : { id, name: names.get(id) ?? `#${id}` };

/** A sequence as the API shows it: delays in days and hours, names beside ids, its enrolment counts. */
export function presentSequence(sequence: Sequence, names: SequenceNames): SequenceOutput {
  const counts = names.counts.get(sequence.id) ?? {};
  return {
    id: sequence.id,
    name: sequence.name,
    description: sequence.description,
    active: sequence.active,
    enrolPool: ref(sequence.enrolPoolId, names.pools),
    handBackRuleSet: ref(sequence.handBackRuleSetId, names.ruleSets),
    steps: sequence.steps.map((step) => {
      const template = names.templates.get(step.templateId);
      return {
        template: {
          id: step.templateId,
          name: template?.name ?? `#${step.templateId}`,
          language: template?.language ?? 'zh-CN',
        },
        delayDays: Math.floor(step.delayHours / 24),
        delayHours: step.delayHours % 24,
      };
    }),
    enrolments: {
      active: counts.active ?? 0,
      completed: counts.completed ?? 0,
      stopped: counts.stopped ?? 0,
    },
    version: sequence.version,
    createdAt: sequence.createdAt,
    updatedAt: sequence.updatedAt,
  };
}
