import type { LineageStep } from './lineage.query.ts';
import type { LineageStepOutput } from './lineage.schemas.ts';

const ORIGIN_FIELDS = [
  'source',
  'campaign',
  'utmSource',
  'utmMedium',
  'utmCampaign',
  'utmTerm',
  'utmContent',
] as const;

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);

export function presentLineageStep(step: LineageStep): LineageStepOutput {
  const { record } = step;
  if (!record) {
    return {
      object: step.object,
      hidden: true,
      id: null,
      name: null,
      number: null,
      current: step.current,
      origin: null,
    };
  }
  return {
    object: step.object,
    hidden: false,
    id: record.id,
    name: text(step.nameField ? record[step.nameField] : null),
    number: text(record.number),
    current: step.current,
    origin:
      step.object === 'lead'
        ? (Object.fromEntries(
            ORIGIN_FIELDS.map((field) => [field, text(record[field])]),
          ) as LineageStepOutput['origin'])
        : null,
  };
}
