import { z } from 'zod';
import { MonthParam } from './report-period.ts';

export const OwnerFilterQuery = z.object({
  ownerId: z.coerce.number().int().positive().optional().describe('Only this owner’s opportunities'),
  departmentId: z.coerce
    .number()
    .int()
    .positive()
    .optional()
    .describe('Only opportunities owned by people of this department and the departments below it'),
  from: MonthParam.optional().describe('First month of the period, `YYYY-MM`'),
  to: MonthParam.optional().describe('Last month of the period, `YYYY-MM` (included)'),
});

export const FunnelQuery = OwnerFilterQuery.extend({
  pipelineId: z.coerce.number().int().positive().optional().describe('The default pipeline when absent'),
});

const FunnelStage = z.object({
  id: z.number(),
  name: z.string(),
  kind: z.enum(['open', 'won', 'lost']),
  position: z.number(),
  probability: z.number().nullable(),
  targetConversion: z.number().nullable(),
  expectedDaysMin: z.number().nullable(),
  expectedDaysMax: z.number().nullable(),
  count: z
    .number()
    .describe('Open stages: opportunities there now; won and lost: closed there in the period'),
  amount: z.string().describe('Their amount (CNY, exact)'),
  entered: z.number().describe('Moves into the stage in the period, creations included'),
  advanced: z.number().describe('Moves on from the stage (to a later stage or won) in the period'),
  lost: z.number().describe('Moves from the stage to a lost stage in the period'),
  conversion: z.number().nullable().describe('advanced ÷ (advanced + lost), %, one decimal'),
  averageDays: z
    .number()
    .nullable()
    .describe('Average days in the stage of the moves out of it in the period'),
  deviation: z
    .number()
    .nullable()
    .describe('Shortfall against the target conversion or expected days, as a share (0.2 = 20 % worse)'),
  deviationReason: z.enum(['conversion', 'duration']).nullable(),
  bottleneck: z.boolean(),
});

export const FunnelSchema = z.object({
  pipeline: z.object({ id: z.number(), name: z.string() }),
  period: z.object({ from: z.string(), to: z.string() }).nullable().describe('Null: all time'),
  stages: z.array(FunnelStage),
  bottleneck: z
    .object({ stageId: z.number(), reason: z.enum(['conversion', 'duration']), deviation: z.number() })
    .nullable(),
  totals: z.object({
    openCount: z.number(),
    openAmount: z.string(),
    wonCount: z.number(),
    wonAmount: z.string(),
    lostCount: z.number(),
    lostAmount: z.string(),
    winRate: z.number().nullable().describe('Won ÷ (won + lost) in the period, %'),
  }),
});
export type FunnelOutput = z.infer<typeof FunnelSchema>;
