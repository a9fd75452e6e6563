import { z } from 'zod';

/**
 * The company-wide first-response target (A-3, 黄金5分钟) and whether a miss is escalated: for leads no rule set
 * assigned (a rule set carries its own).
 */
export const LeadResponseSettingsSchema = z
  .object({
    targetMinutes: z
      .number()
      .int()
      .min(1)
      .max(7 * 24 * 60)
      .describe('Business minutes from reaching an owner to the first follow-up'),
    escalate: z.boolean().describe('Notify the owner’s manager when the target is missed'),
  })
  .meta({ id: 'LeadResponseSettings' });
export type LeadResponseSettings = z.infer<typeof LeadResponseSettingsSchema>;

export const DEFAULT_LEAD_RESPONSE_SETTINGS: LeadResponseSettings = { targetMinutes: 5, escalate: true };

export const UpdateLeadResponseSettingsBody = LeadResponseSettingsSchema.partial().strict();

export const RESPONSE_GROUPINGS = ['owner', 'department', 'source', 'week'] as const;

export const LeadResponseReportQuery = z.object({
  from: z.iso.date().optional().describe('Leads created on or after this day (company time zone)'),
  to: z.iso.date().optional().describe('Leads created on or before this day'),
  groupBy: z.enum(RESPONSE_GROUPINGS).default('owner'),
});

const Figures = z.object({
  leads: z.number().describe('Leads that reached an owner'),
  answered: z.number().describe('Of them, followed up'),
  withinTarget: z.number().describe('Followed up within the target'),
  breached: z.number().describe('Missed the target (answered late, or not answered once due)'),
  withinTargetShare: z.number().nullable().describe('withinTarget / (withinTarget + breached), 0–1'),
  medianMinutes: z
    .number()
    .nullable()
    .describe('Median first-response time of the answered, business minutes'),
  p90Minutes: z.number().nullable(),
});

export const LeadResponseReportSchema = z.object({
  targetMinutes: z.number(),
  total: Figures,
  groups: z.array(Figures.extend({ key: z.string(), label: z.string() })),
});
export type ResponseFigures = z.infer<typeof Figures>;
