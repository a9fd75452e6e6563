import { z } from 'zod';

const Percent = z
  .string()
  .regex(
    /^(?:100(?:\.0{1,2})?|[0-9]{1,2}(?:\.[0-9]{1,2})?)$/,
    'A percentage from 0 to 100, at most 2 decimals',
  );

/** The company's quote rules. */
export const QuoteSettingsSchema = z.object({
  discountApprovalThreshold: Percent.describe(
    'A quote whose largest line discount exceeds this percentage needs approval before it is sent',
  ),
  defaultValidityDays: z.number().int().min(1).max(365).describe('Validity of a sent quote with no date set'),
});
export type QuoteSettings = z.infer<typeof QuoteSettingsSchema>;

export const DEFAULT_QUOTE_SETTINGS: QuoteSettings = {
  discountApprovalThreshold: '20',
  defaultValidityDays: 30,
};

export const UpdateQuoteSettingsBody = QuoteSettingsSchema.partial().strict();
export type UpdateQuoteSettingsInput = z.infer<typeof UpdateQuoteSettingsBody>;
