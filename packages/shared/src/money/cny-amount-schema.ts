import { z } from 'zod';

/** A CNY amount as the API accepts it: optional minus, no leading zeros, at most two fraction digits. */
export const CNY_AMOUNT_PATTERN = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]{1,2})?$/;

/**
 * Zod schema for a CNY amount in a request or response body: a decimal string such as `"1234.56"`. Read it
 * with `parseCny`. Kept a string (not transformed) so the OpenAPI document shows the pattern.
 * @example cnyAmountSchema.parse('1999.99') === '1999.99'
 */
export const cnyAmountSchema = z
  .string()
  .max(32)
  .regex(CNY_AMOUNT_PATTERN)
  .meta({ description: 'CNY amount: a decimal string with at most two fraction digits', example: '1234.56' });
