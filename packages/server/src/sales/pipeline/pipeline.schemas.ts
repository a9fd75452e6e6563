import { z } from 'zod';

export const PipelineIdParams = z.object({ id: z.coerce.number().int().positive() });

const percent = z.number().int().min(0).max(100);
const days = z.number().int().min(0).max(3650);

export const StageKindSchema = z
  .enum(['open', 'won', 'lost'])
  .describe('`won` and `lost` close the opportunity');

export const StageSchema = z
  .object({
    id: z.number(),
    version: z.number(),
    name: z.string(),
    position: z.number().describe('Order within the pipeline, 1 first'),
    kind: StageKindSchema,
    probability: z
      .number()
      .nullable()
      .describe('Win probability (%), which the forecast weighs amounts with'),
    targetConversion: z
      .number()
      .nullable()
      .describe('Share (%) expected to move on from the stage; the funnel’s bottleneck compares with it'),
    expectedDaysMin: z.number().nullable(),
    expectedDaysMax: z.number().nullable(),
    inUse: z
      .boolean()
      .describe('Some opportunity is (or, in the recycle bin, was) in the stage: it cannot be removed'),
  })
  .meta({ id: 'PipelineStage' });
export type StageOutput = z.infer<typeof StageSchema>;

export const PipelineSchema = z
  .object({
    id: z.number(),
    version: z.number(),
    name: z.string(),
    description: z.string().nullable(),
    isDefault: z.boolean().describe('New opportunities without a pipeline go to the default one'),
    active: z.boolean(),
    stages: z.array(StageSchema),
  })
  .meta({ id: 'Pipeline' });
export type PipelineOutput = z.infer<typeof PipelineSchema>;

export const PipelineListSchema = z.object({ items: z.array(PipelineSchema) });
export const StageListSchema = z.object({ items: z.array(StageSchema) });

/** One stage of a whole list being saved: an existing one (`id` and its `version`) or a new one. */
export const StageInput = z
  .strictObject({
    id: z.number().int().positive().optional().describe('Absent for a new stage'),
    version: z.number().int().positive().optional().describe('Required with `id`: the version read'),
    name: z.string().trim().min(1).max(100),
    kind: StageKindSchema,
    probability: percent.nullable().optional().describe('Ignored for won (100) and lost (0) stages'),
    targetConversion: percent.nullable().optional(),
    expectedDaysMin: days.nullable().optional(),
    expectedDaysMax: days.nullable().optional(),
  })
  .refine((stage) => stage.id === undefined || stage.version !== undefined, {
    path: ['version'],
    message: 'version is required with id',
  });
export type StageInputValue = z.infer<typeof StageInput>;

export const SaveStagesBody = z.strictObject({
  stages: z
    .array(StageInput)
    .min(3)
    .max(30)
    .describe('Every stage of the pipeline in order; stages left out are removed'),
});

export const CreatePipelineBody = z.strictObject({
  name: z.string().trim().min(1).max(100),
  description: z.string().max(2000).nullable().optional(),
  isDefault: z.boolean().optional(),
  active: z.boolean().optional(),
  stages: z.array(StageInput).min(3).max(30).describe('The stages in order'),
});
