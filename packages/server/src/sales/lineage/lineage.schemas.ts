import { z } from 'zod';
import { LINEAGE_OBJECTS } from './lineage.query.ts';

export const LineageParams = z.object({
  object: z.enum(LINEAGE_OBJECTS),
  id: z.coerce.number().int().positive(),
});

/** Where the lead came from: what L-2 groups cash by. */
export const LeadOrigin = z.object({
  source: z.string().nullable().describe('A choice of the lead’s `source` field'),
  campaign: z.string().nullable(),
  utmSource: z.string().nullable(),
  utmMedium: z.string().nullable(),
  utmCampaign: z.string().nullable(),
  utmTerm: z.string().nullable(),
  utmContent: z.string().nullable(),
});

export const LineageStepSchema = z.object({
  object: z.string(),
  hidden: z.boolean().describe('The viewer may not read this step: no id, name or values are given'),
  id: z.number().nullable(),
  name: z.string().nullable(),
  number: z.string().nullable().describe('Contract, quote or payment number'),
  current: z.boolean().describe('The record asked about'),
  origin: LeadOrigin.nullable().describe('Lead steps: source, campaign and UTM fields the viewer may see'),
});
export type LineageStepOutput = z.infer<typeof LineageStepSchema>;

export const LineageSchema = z.object({
  steps: z.array(LineageStepSchema).describe('From the original lead to the record asked about'),
});
