import { DUPLICATE_MODES, LOCALES } from '@lodestar/shared';
import { z } from 'zod';
import { LabelsInput, LabelsSchema } from '../../metadata/metadata.schemas.ts';

/** Texts of a form in both languages; English defaults to the Chinese text. */
const TextsInput = z
  .strictObject({
    'zh-CN': z.string().trim().min(1).max(500),
    en: z.string().trim().min(1).max(500).optional(),
  })
  .transform((texts) => ({ 'zh-CN': texts['zh-CN'], en: texts.en ?? texts['zh-CN'] }));

export const LeadFormFieldInput = z.strictObject({
  field: z.string().min(1).max(40).describe('Api name of a lead field (built-in or custom)'),
  label: LabelsInput.optional().describe('Label on the form; the field’s own label when left out'),
  required: z.boolean().default(false).describe('Whether a visitor must fill it in'),
});
export type LeadFormFieldInputValue = z.infer<typeof LeadFormFieldInput>;

const FieldsInput = z.array(LeadFormFieldInput).min(1).max(40);

const OriginsInput = z
  .array(z.string().trim().min(1).max(300))
  .max(50)
  .describe(
    'Origins (scheme, host and port, e.g. `https://www.example.com`) whose pages may post the form; `*` for any',
  );

const FormSettings = {
  language: z.enum(LOCALES).describe('Language of the embedded form and of its messages'),
  fields: FieldsInput.describe('Lead fields the form asks for, in order; must include `name`'),
  submitLabel: TextsInput.describe('Text of the submit button'),
  thankYou: TextsInput.describe('Shown to the visitor after a successful submission'),
  allowedOrigins: OriginsInput,
  source: z
    .string()
    .max(40)
    .nullable()
    .describe('Lead source set on every lead of the form (a `source` choice)'),
  campaign: z.string().trim().max(255).nullable().describe('Campaign set on every lead of the form'),
  ruleSetId: z.number().int().positive().nullable().describe('Assignment rule set for the form’s leads'),
  active: z.boolean().describe('Inactive forms refuse submissions'),
};

export const CreateLeadFormBody = z.strictObject({
  name: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .describe('Name of the form in the settings (not shown to visitors)'),
  language: FormSettings.language.default('zh-CN'),
  fields: FormSettings.fields,
  submitLabel: FormSettings.submitLabel.optional(),
  thankYou: FormSettings.thankYou.optional(),
  allowedOrigins: FormSettings.allowedOrigins.default([]),
  source: FormSettings.source.default('webForm'),
  campaign: FormSettings.campaign.default(null),
  ruleSetId: FormSettings.ruleSetId.default(null),
  active: FormSettings.active.default(true),
});
export type CreateLeadFormInput = z.infer<typeof CreateLeadFormBody>;

export const UpdateLeadFormBody = z.strictObject({
  version: z.number().int().positive().describe('The version the change is based on (409 when stale)'),
  name: z.string().trim().min(1).max(100).optional(),
  language: FormSettings.language.optional(),
  fields: FormSettings.fields.optional(),
  submitLabel: FormSettings.submitLabel.optional(),
  thankYou: FormSettings.thankYou.optional(),
  allowedOrigins: FormSettings.allowedOrigins.optional(),
  source: FormSettings.source.optional(),
  campaign: FormSettings.campaign.optional(),
  ruleSetId: FormSettings.ruleSetId.optional(),
  active: FormSettings.active.optional(),
});
export type UpdateLeadFormInput = z.infer<typeof UpdateLeadFormBody>;

export const LeadFormIdParams = z.object({ id: z.coerce.number().int().positive() });

const Texts = z.object({ 'zh-CN': z.string(), en: z.string() });

export const LeadFormSchema = z.object({
  id: z.number(),
  name: z.string(),
  token: z.string().describe('Public token: the form’s address on the public endpoint'),
  language: z.enum(LOCALES),
  fields: z.array(z.object({ field: z.string(), label: LabelsSchema, required: z.boolean() })),
  submitLabel: Texts,
  thankYou: Texts,
  allowedOrigins: z.array(z.string()),
  source: z.string().nullable(),
  campaign: z.string().nullable(),
  ruleSetId: z.number().nullable(),
  active: z.boolean(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type LeadFormOutput = z.infer<typeof LeadFormSchema>;

export const LeadFormList = z.object({ items: z.array(LeadFormSchema) });

export const LeadIntakeSettingsSchema = z.object({
  duplicateMode: z
    .enum(DUPLICATE_MODES)
    .describe(
      'What intake does with a lead matching an existing one: `create` a separate lead, `link` the new lead to it (flagged as a possible duplicate), or `merge` into the existing open lead',
    ),
});
export type LeadIntakeSettings = z.infer<typeof LeadIntakeSettingsSchema>;

export const DEFAULT_LEAD_INTAKE_SETTINGS: LeadIntakeSettings = { duplicateMode: 'link' };

export const UpdateLeadIntakeSettingsBody = LeadIntakeSettingsSchema.partial().strict();
