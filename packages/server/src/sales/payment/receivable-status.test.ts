import { Decimal } from '@lodestar/shared';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allocatePayments,
  contractPaymentStatus,
  earliestOpenInstalment,
  type InstalmentLine,
  instalmentStatus,
  type PaymentLine,
} from './receivable-status.ts';

const d = (text: string) => Decimal.parse(text);
const line = (
  id: number,
  amount: string,
  dueDate: string,
  instalment: number | null = id,
): InstalmentLine => ({
  id,
  amount: d(amount),
  dueDate,
  instalment,
});
const paid = (id: number, amount: string, paymentPlanId: number | null = null): PaymentLine => ({
  id,
  amount: d(amount),
  paymentPlanId,
});
const held = (map: Map<number, Decimal>) =>
  Object.fromEntries([...map].map(([id, value]) => [id, value.toFixed(2)]));

describe('allocatePayments', () => {
  const plan = [
    line(1, '30000.00', '2026-03-31'),
    line(2, '30000.00', '2026-06-30'),
    line(3, '40000.00', '2026-09-30'),
  ];

  it('fills the matched instalment first and spills the rest into the next ones in due order', () => {
    expect(held(allocatePayments(plan, [paid(1, '45000.00', 1)]))).toEqual({
      1: '30000.00',
      2: '15000.00',
      3: '0.00',
    });
    expect(held(allocatePayments(plan, [paid(1, '10000.00', 3), paid(2, '35000.00', 3)]))).toEqual({
      1: '5000.00',
      2: '0.00',
      3: '40000.00',
    });
  });

  it('orders instalments by due date, not by number, and applies payments in the order recorded', () => {
    const shuffled = [line(7, '100.00', '2026-09-30', 1), line(5, '100.00', '2026-01-31', 2)];
    expect(held(allocatePayments(shuffled, [paid(9, '150.00'), paid(8, '20.00', 7)]))).toEqual({
      5: '100.00',
      7: '70.00',
    });
  });

  it('never puts more in an instalment than its amount, leaving what no instalment takes unallocated', () => {
    expect(held(allocatePayments([line(1, '10.00', '2026-01-01')], [paid(1, '25.00')]))).toEqual({
      1: '10.00',
    });
    expect(held(allocatePayments([], [paid(1, '25.00')]))).toEqual({});
  });

  it('keeps every 分 of the money received, whatever the plan and the payments', () => {
    const amounts = fc.bigInt({ min: 1n, max: 10_000_000n }).map((fen) => Decimal.fromUnits(fen, 2));
    fc.assert(
      fc.property(
        fc.array(amounts, { minLength: 1, maxLength: 8 }),
        fc.array(fc.tuple(amounts, fc.integer({ min: 0, max: 9 })), { maxLength: 12 }),
        (lines, payments) => {
          const instalments = lines.map((amount, index) => ({
            id: index + 1,
            amount,
            dueDate: `2026-0${(index % 9) + 1}-15`,
            instalment: index + 1,
          }));
          const result = allocatePayments(
            instalments,
            payments.map(([amount, target], index) => ({
              id: index + 1,
              amount,
              paymentPlanId: target || null,
            })),
          );
          const total = Decimal.sum(lines);
          const received = Decimal.sum(payments.map(([amount]) => amount));
          const allocated = Decimal.sum(result.values());
          expect(allocated.equals(received.lessThan(total) ? received : total)).toBe(true);
          for (const instalment of instalments) {
            expect(result.get(instalment.id)!.compare(instalment.amount)).toBeLessThanOrEqual(0);
            expect(result.get(instalment.id)!.isNegative()).toBe(false);
          }
        },
      ),
    );
  });
});

describe('statuses', () => {
  it('marks an instalment paid, overdue (only while collecting), partly paid or unpaid', () => {
    expect(instalmentStatus(d('100'), d('100'), '2026-01-01', '2026-06-01', true)).toBe('paid');
    expect(instalmentStatus(d('100'), d('40'), '2026-01-01', '2026-06-01', true)).toBe('overdue');
    expect(instalmentStatus(d('100'), d('40'), '2026-01-01', '2026-06-01', false)).toBe('partial');
    expect(instalmentStatus(d('100'), d('0'), '2026-06-01', '2026-06-01', true)).toBe('unpaid');
    expect(instalmentStatus(d('100'), d('0.01'), '2026-06-02', '2026-06-01', true)).toBe('partial');
  });

  it('marks a contract paid once its amount is in, else overdue when an instalment is', () => {
    expect(contractPaymentStatus(d('100'), d('100'), ['overdue'])).toBe('paid');
    expect(contractPaymentStatus(d('100'), d('0'), ['unpaid', 'overdue'])).toBe('overdue');
    expect(contractPaymentStatus(d('100'), d('1'), ['partial'])).toBe('partial');
    expect(contractPaymentStatus(d('0'), d('0'), [])).toBe('unpaid');
  });

  it('finds the earliest instalment that can still take money', () => {
    const plan = [line(1, '10.00', '2026-01-01'), line(2, '10.00', '2026-02-01')];
    expect(earliestOpenInstalment(plan, new Map([[1, d('10.00')]]))?.id).toBe(2);
    expect(earliestOpenInstalment(plan, new Map())?.id).toBe(1);
    expect(
      earliestOpenInstalment(
        plan,
        new Map([
          [1, d('10')],
          [2, d('10')],
        ]),
      ),
    ).toBeUndefined();
  });
});
