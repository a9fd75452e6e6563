import { z } from 'zod';

export const OpportunityIdParams = z.object({ id: z.coerce.number().int().positive() });

export const StageHistorySchema = z.object({
  items: z.array(
    z.object({
      id: z.number(),
      fromStage: z.object({ id: z.number(), name: z.string() }).nullable().describe('Null on the creation'),
      toStage: z.object({ id: z.number(), name: z.string() }),
      pipelineId: z.number(),
      at: z.string(),
      actor: z.object({ id: z.number(), name: z.string() }).nullable(),
      ownerId: z.number().nullable().describe('The owner at the time'),
      amount: z.string().nullable().describe('The amount at the time (CNY)'),
      daysInFromStage: z.number().nullable().describe('Days spent in the stage left, one decimal'),
    }),
  ),
});
export type StageHistoryOutput = z.infer<typeof StageHistorySchema>;
