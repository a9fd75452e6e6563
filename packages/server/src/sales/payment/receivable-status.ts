import { Decimal } from '@lodestar/shared';

/** The collection status of an instalment or a contract (未回款 / 部分回款 / 已回款 / 逾期). */
export type PaymentStatus = 'unpaid' | 'partial' | 'paid' | 'overdue';

/** An instalment of a payment plan, as the allocation reads it. */
export interface InstalmentLine {
  id: number;
  amount: Decimal;
  /** YYYY-MM-DD. */
  dueDate: string;
  instalment: number | null;
}

/** A payment received, as the allocation reads it. */
export interface PaymentLine {
  id: number;
  amount: Decimal;
  /** The instalment it was matched to; null when the contract had no plan. */
  paymentPlanId: number | null;
}

/** Instalments in the order money fills them: due date, then instalment number, then creation. */
export function orderInstalments<T extends InstalmentLine>(instalments: readonly T[]): T[] {
  return [...instalments].sort(
    (a, b) =>
      a.dueDate.localeCompare(b.dueDate) ||
      (a.instalment ?? Number.MAX_SAFE_INTEGER) - (b.instalment ?? Number.MAX_SAFE_INTEGER) ||
      a.id - b.id,
  );
}

/**
 * How much of the money received each instalment holds. Payments are applied in the order they were recorded
 * (id): each fills the instalment it was matched to first, and what that instalment cannot take spills into
 * the instalments after it in due order, then into earlier open ones. No instalment ever holds more than its
 * amount; money no instalment can take (a plan smaller than the payments) stays unallocated.
 */
export function allocatePayments(
  instalments: readonly InstalmentLine[],
  payments: readonly PaymentLine[],
): Map<number, Decimal> {
  const ordered = orderInstalments(instalments);
  const held = ordered.map(() => Decimal.ZERO);
  for (const payment of [...payments].sort((a, b) => a.id - b.id)) {
    const start = Math.max(
      0,
      ordered.findIndex((line) => line.id === payment.paymentPlanId),
    );
    const visiting = [...ordered.keys()].slice(start).concat([...ordered.keys()].slice(0, start));
    let rest = payment.amount;
    for (const index of visiting) {
      if (!rest.greaterThan(0)) break;
      const room = ordered[index]!.amount.minus(held[index]!);
      if (!room.greaterThan(0)) continue;
      const taken = rest.lessThan(room) ? rest : room;
      held[index] = held[index]!.plus(taken);
      rest = rest.minus(taken);
    }
  }
  return new Map(ordered.map((line, index) => [line.id, held[index]!]));
}

/**
 * An instalment's status on `today` (YYYY-MM-DD): paid when it holds its amount; overdue when its due date
 * has passed while the contract is collecting; partly paid; unpaid.
 */
export function instalmentStatus(
  amount: Decimal,
  received: Decimal,
  dueDate: string,
  today: string,
  collecting: boolean,
): PaymentStatus {
  if (received.compare(amount) >= 0) return 'paid';
  if (collecting && dueDate < today) return 'overdue';
  return received.greaterThan(0) ? 'partial' : 'unpaid';
}

/**
 * A contract's status: paid when it received its amount; overdue when one of its instalments is; partly
 * paid; unpaid.
 */
export function contractPaymentStatus(
  amount: Decimal,
  received: Decimal,
  instalmentStatuses: readonly PaymentStatus[],
): PaymentStatus {
  if (amount.greaterThan(0) && received.compare(amount) >= 0) return 'paid';
  if (instalmentStatuses.includes('overdue')) return 'overdue';
  return received.greaterThan(0) ? 'partial' : 'unpaid';
}

/** The earliest instalment (in due order) that can still take money, given what each already holds. */
export function earliestOpenInstalment(
  instalments: readonly InstalmentLine[],
  held: ReadonlyMap<number, Decimal>,
): InstalmentLine | undefined {
  return orderInstalments(instalments).find((line) =>
    line.amount.greaterThan(held.get(line.id) ?? Decimal.ZERO),
  );
}
