import { Decimal, type DecimalInput } from './decimal.ts';
import { roundCny } from './money.ts';

export interface LineInput {
  quantity: DecimalInput;
  /** Price of one unit before discount and tax (不含税单价). */
  unitPrice: DecimalInput;
  /** Discount in percent, e.g. `'15'` for 15 % off (default 0). */
  discountPercent?: DecimalInput;
  /** Tax rate in percent, e.g. `'13'` for 13 % VAT (default 0). */
  taxPercent?: DecimalInput;
}

/** The CNY amounts of one priced line, each at scale 2, consistent with each other to the 分. */
export interface LineAmounts {
  /** quantity × unit price. */
  listAmount: Decimal;
  /** listAmount − netAmount. */
  discountAmount: Decimal;
  /** The amount after discount, before tax (金额). */
  netAmount: Decimal;
  /** netAmount × tax rate (税额). */
  taxAmount: Decimal;
  /** netAmount + taxAmount (价税合计). */
  totalAmount: Decimal;
}

/**
 * Prices a line the way a Chinese VAT invoice does: the net amount (金额) is quantity × unit price ×
 * (1 − discount %) computed exactly and rounded half-up to the 分 once; the tax (税额) is the rounded net
 * amount × tax rate, rounded half-up; the total is their sum. Discount is the list amount minus the net
 * amount, so list − discount + tax = total holds exactly.
 * @example priceLine({ quantity: 3, unitPrice: '1999.99', discountPercent: 15, taxPercent: 13 }).totalAmount.toString() === '5762.97'
 */
export function priceLine({
  quantity,
  unitPrice,
  discountPercent = 0,
  taxPercent = 0,
}: LineInput): LineAmounts {
  const exactList = Decimal.from(quantity).times(unitPrice);
  const keptFraction = Decimal.ONE.minus(Decimal.from(discountPercent).percent());
  const listAmount = roundCny(exactList);
  const netAmount = roundCny(exactList.times(keptFraction));
  const taxAmount = roundCny(netAmount.times(Decimal.from(taxPercent).percent()));
  return {
    listAmount,
    discountAmount: listAmount.minus(netAmount),
    netAmount,
    taxAmount,
    totalAmount: netAmount.plus(taxAmount),
  };
}
