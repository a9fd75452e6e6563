import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { equalInstalments, planTotal, toInstalments } from './plan-rows.ts';

describe('payment plan rows', () => {
  it('splits an amount into equal instalments exactly, a month (or more) apart', () => {
    const rows = equalInstalments('100.00', 3, dayjs('2027-01-31'), 1);
    expect(rows.map((row) => [row.dueDate?.format('YYYY-MM-DD'), row.amount])).toEqual([
      ['2027-01-31', '33.34'],
      ['2027-02-28', '33.33'],
      ['2027-03-31', '33.33'],
    ]);
    expect(planTotal(rows)?.toFixed(2)).toBe('100.00');
    expect(
      equalInstalments('5762.97', 4, dayjs('2027-06-30'), 3).map((row) => row.dueDate?.format('MM-DD')),
    ).toEqual(['06-30', '09-30', '12-30', '03-30']);
  });

  it('totals typed amounts, and gives up on one that is not an amount', () => {
    expect(planTotal([{ amount: '￥1,000.50' }, { amount: '２００' }])?.toFixed(2)).toBe('1200.50');
    expect(planTotal([{ amount: '1000' }, { amount: 'abc' }])).toBeNull();
    expect(planTotal([{ amount: '1000' }, {}])).toBeNull();
  });

  it('writes rows as the API takes them', () => {
    expect(
      toInstalments([
        { name: ' 首付款 ', dueDate: dayjs('2027-01-05'), amount: '1,000' },
        { dueDate: dayjs('2027-02-05'), amount: '0.5' },
      ]),
    ).toEqual([
      { name: '首付款', dueDate: '2027-01-05', amount: '1000.00' },
      { dueDate: '2027-02-05', amount: '0.50' },
    ]);
  });
});
