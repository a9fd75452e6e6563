import { z } from 'zod';
import { FIELD_TYPES } from './field-types/index.ts';

/** Labels as the API accepts them: zh-CN required, en defaulting to the zh-CN text. */
export const LabelsInput = z
  .strictObject({
    'zh-CN': z.string().trim().min(1).max(100),
    en: z.string().trim().min(1).max(100).optional(),
  })
  .transform((labels) => ({ 'zh-CN': labels['zh-CN'], en: labels.en ?? labels['zh-CN'] }));

export const LabelsSchema = z.object({ 'zh-CN': z.string(), en: z.string() });

/** Plural labels as the API accepts them: either language may be left out to use the label there. */
export const PluralLabelsInput = z
  .strictObject({
    'zh-CN': z.string().trim().min(1).max(100).optional(),
    en: z.string().trim().min(1).max(100).optional(),
  })
  .transform((labels) => ({
    ...(labels['zh-CN'] !== undefined ? { 'zh-CN': labels['zh-CN'] } : {}),
    ...(labels.en !== undefined ? { en: labels.en } : {}),
  }));

/** Path parameter naming an object. */
export const ObjectParams = z.object({ object: z.string().min(1).max(200) });

/** Path parameters naming a field of an object. */
export const FieldParams = z.object({
  object: z.string().min(1).max(200),
  field: z.string().min(1).max(200),
});

export const FieldSchema = z
  .object({
    apiName: z.string(),
    type: z.enum(FIELD_TYPES),
    label: LabelsSchema,
    required: z.boolean(),
    unique: z.boolean(),
    defaultValue: z.unknown(),
    helpText: LabelsSchema.nullable(),
    options: z.record(z.string(), z.unknown()),
    position: z.int(),
    isCustom: z.boolean(),
    managed: z
      .boolean()
      .describe('Written only by the object’s own actions (status, totals, links); refused in record bodies'),
  })
  .meta({ id: 'Field' });

export const ObjectSchema = z
  .object({
    apiName: z.string(),
    label: LabelsSchema,
    pluralLabel: LabelsSchema.describe(
      'The name of several records (Leads, Accounts), for list titles; the label where none was given',
    ),
    icon: z.string().nullable(),
    nameField: z.string().nullable(),
    isCustom: z.boolean(),
    fields: z.array(FieldSchema),
  })
  .meta({ id: 'ObjectDefinition' });

export const ObjectListSchema = z.object({ items: z.array(ObjectSchema) });

const PluralLabelProperty = PluralLabelsInput.describe(
  'The name of several records where it differs from the label (English "Expense claims"); a language left out uses the label',
);

export const CreateObjectBody = z.strictObject({
  apiName: z.string().max(200),
  label: LabelsInput,
  pluralLabel: PluralLabelProperty.optional(),
  icon: z.string().trim().max(64).nullable().optional(),
});
export type CreateObjectInput = z.infer<typeof CreateObjectBody>;

export const UpdateObjectBody = z.strictObject({
  label: LabelsInput.optional(),
  pluralLabel: PluralLabelProperty.optional(),
  icon: z.string().trim().max(64).nullable().optional(),
  nameField: z.string().max(200).nullable().optional(),
});
export type UpdateObjectInput = z.infer<typeof UpdateObjectBody>;

const FieldProperties = {
  label: LabelsInput,
  required: z.boolean().optional(),
  unique: z.boolean().optional(),
  defaultValue: z.unknown().optional(),
  helpText: LabelsInput.nullable().optional(),
  options: z.record(z.string(), z.unknown()).optional(),
  position: z.int().min(0).max(100_000).optional(),
};

export const CreateFieldBody = z.strictObject({
  apiName: z.string().max(200),
  type: z.enum(FIELD_TYPES),
  ...FieldProperties,
});
export type CreateFieldInput = z.infer<typeof CreateFieldBody>;

export const UpdateFieldBody = z.strictObject({
  ...FieldProperties,
  label: LabelsInput.optional(),
  type: z.enum(FIELD_TYPES).optional(),
  /** With a type change that loses values (see the type-change preview): go ahead, they become empty. */
  confirmLoss: z.boolean().optional(),
});
export type UpdateFieldInput = z.infer<typeof UpdateFieldBody>;
