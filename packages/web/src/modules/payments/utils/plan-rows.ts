import { allocateEvenly, Decimal, parseAmountInput } from '@lodestar/shared';
import dayjs, { type Dayjs } from 'dayjs';

/** One row of the plan editor. */
export interface PlanRow {
  name?: string;
  dueDate?: Dayjs | null;
  amount?: string;
}

/**
 * `count` equal instalments of `amount`, exact to the 分 (the leftover 分 go to the first ones), the first due on
 * `firstDue` and each next one `monthsApart` months later.
 * @example equalInstalments('100.00', 3, dayjs('2027-01-31'), 1) → 33.34 on 01-31, 33.33 on 02-28, 33.33 on 03-31
 */
export function equalInstalments(
  amount: string,
  count: number,
  firstDue: Dayjs,
  monthsApart: number,
): PlanRow[] {
  return allocateEvenly(amount, count).map((part, index) => ({
    dueDate: firstDue.add(index * monthsApart, 'month'),
    amount: part.toFixed(2),
  }));
}

/** The rows' total, or null while an amount is missing or not an amount. */
export function planTotal(rows: readonly PlanRow[]): Decimal | null {
  let total = Decimal.ZERO;
  for (const row of rows) {
    const amount = row.amount === undefined ? null : parseAmountInput(row.amount);
    if (amount === null) return null;
    total = total.plus(amount);
  }
  return total;
}

/** The rows as the API takes them (amounts normalised, dates as YYYY-MM-DD). */
export function toInstalments(rows: readonly PlanRow[]) {
  return rows.map((row) => ({
    ...(row.name?.trim() ? { name: row.name.trim() } : {}),
    dueDate: dayjs(row.dueDate).format('YYYY-MM-DD'),
    amount: (parseAmountInput(row.amount ?? '') ?? Decimal.ZERO).toFixed(2),
  }));
}
