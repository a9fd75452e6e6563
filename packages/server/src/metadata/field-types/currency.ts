import { Decimal } from '@lodestar/shared';
import { z } from 'zod';
import { EMPTY, type FieldTypeModule, isEmptyInput, type ParseResult } from './field-type.ts';

export const CurrencyOptions = z.strictObject({
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .default('CNY'),
});
export type CurrencyOptions = z.infer<typeof CurrencyOptions>;

const MINOR_UNIT_SCALE = 2;
const AMOUNT_PATTERN = /^-?\d{1,16}(\.\d{1,2})?$/;

/** `"12345.6"` → 1234560 (minor units), or null when the text is not an amount the API accepts. */
export function amountToMinorUnits(value: unknown): number | null {
  if (typeof value !== 'string' || !AMOUNT_PATTERN.test(value.trim())) return null;
  const units = Decimal.parse(value.trim(), { maxScale: MINOR_UNIT_SCALE }).round(MINOR_UNIT_SCALE).units;
  const asNumber = Number(units);
  return Number.isSafeInteger(asNumber) ? asNumber : null;
}

/** Money: integer minor units (分 for CNY) in a BIGINT column; decimal strings with two fraction digits in the API. */
export const currencyField: FieldTypeModule<CurrencyOptions> = {
  type: 'currency',
  optionsSchema: CurrencyOptions,
  column: () => ({ dataType: 'bigint' }),
  conditionType: 'number',
  canBeUnique: false,
  parseInput(value): ParseResult {
    if (isEmptyInput(value)) return EMPTY;
    const units = amountToMinorUnits(value);
    return units === null ? { ok: false, code: 'value.expected_amount' } : { ok: true, value: units };
  },
  present: (value) =>
    value == null ? null : Decimal.fromUnits(BigInt(value as number | string), MINOR_UNIT_SCALE).toString(),
  encodeConditionValue(value) {
    if (typeof value === 'number' && Number.isFinite(value))
      return Math.round(value * 10 ** MINOR_UNIT_SCALE);
    return typeof value === 'string' ? (amountToMinorUnits(value) ?? value) : value;
  },
  canConvertFrom: (from) => (from === 'currency' ? 'lossless' : 'impossible'),
};
