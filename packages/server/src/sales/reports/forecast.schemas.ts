import { z } from 'zod';
import { OwnerFilterQuery } from './funnel.schemas.ts';

export const ForecastQuery = OwnerFilterQuery.extend({
  pipelineId: z.coerce.number().int().positive().optional().describe('Every pipeline when absent'),
});

const Sums = z.object({
  closedWon: z.string().describe('Won opportunities closing in the month (CNY)'),
  weighted: z.string().describe('Σ amount × win probability of open opportunities (CNY, rounded to the fen)'),
  bestCase: z.string().describe('Open amount unweighted, except opportunities marked `omitted`'),
  commit: z.string().describe('Open amount of opportunities marked `commit`'),
  openCount: z.number(),
  wonCount: z.number(),
});

const Named = z.object({ id: z.number(), name: z.string() });

export const ForecastSchema = z.object({
  period: z.object({ from: z.string(), to: z.string() }),
  pipelineId: z.number().nullable(),
  months: z.array(Sums.extend({ month: z.string() })).describe('Every month of the period, by close date'),
  quarters: z.array(Sums.extend({ quarter: z.string().describe('e.g. `2026-Q2`') })),
  owners: z.array(Sums.extend({ owner: Named.nullable(), department: Named.nullable() })),
  departments: z.array(Sums.extend({ department: Named.nullable() })),
  totals: Sums,
});
export type ForecastOutput = z.infer<typeof ForecastSchema>;
