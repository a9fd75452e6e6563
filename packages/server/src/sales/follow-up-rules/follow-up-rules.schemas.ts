import { z } from 'zod';

const Days = z.number().int().min(1).max(365);

/** When a follow-up must exist before an action (P-7), and when a record counts as not followed up. */
export const FollowUpRulesSchema = z
  .object({
    beforeConversion: z.boolean().describe('A lead is converted only once it has a follow-up'),
    beforeStageAdvance: z
      .boolean()
      .describe('An opportunity moves forward (to a later stage or won) only once it has a follow-up'),
    advanceFromStageIds: z
      .array(z.number().int().positive())
      .max(100)
      .describe('The stages whose forward moves need the follow-up; empty: every stage'),
    withinDays: Days.nullable().describe('How recent the follow-up must be; null: any time'),
    staleAfterDays: Days.describe(
      'A record with no follow-up for this many days is listed as not followed up',
    ),
  })
  .meta({ id: 'FollowUpRules' });
export type FollowUpRules = z.infer<typeof FollowUpRulesSchema>;

export const DEFAULT_FOLLOW_UP_RULES: FollowUpRules = {
  beforeConversion: false,
  beforeStageAdvance: false,
  advanceFromStageIds: [],
  withinDays: null,
  staleAfterDays: 7,
};

export const UpdateFollowUpRulesBody = FollowUpRulesSchema.partial().strict();

export const STALE_OBJECTS = ['lead', 'account', 'contact', 'opportunity'] as const;

export const StaleRecordsQuery = z.object({
  object: z.enum(STALE_OBJECTS),
  days: z.coerce.number().int().min(1).max(365).optional().describe('Default: the rules’ staleAfterDays'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const StaleRecordsResponse = z.object({
  days: z.number(),
  items: z.array(
    z.object({
      id: z.number(),
      name: z.string().nullable(),
      ownerId: z.number().nullable(),
      ownerName: z.string().nullable(),
      createdAt: z.string(),
      lastFollowUpAt: z
        .string()
        .nullable()
        .describe('The latest follow-up, older than the period; null: never'),
    }),
  ),
});
