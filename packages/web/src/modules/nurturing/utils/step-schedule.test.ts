import { describe, expect, it } from 'vitest';
import { stepSchedule } from './step-schedule.ts';

const step = (name: string, delayDays: number, delayHours = 0) => ({
  template: { id: 1, name, language: 'zh-CN' },
  delayDays,
  delayHours,
});

describe('stepSchedule', () => {
  it('adds up the delays from enrolment, in days', () => {
    expect(stepSchedule([step('欢迎', 0), step('案例', 2), step('优惠', 3, 12)])).toEqual([
      { n: 1, template: '欢迎', atDay: '0' },
      { n: 2, template: '案例', atDay: '2' },
      { n: 3, template: '优惠', atDay: '5.5' },
    ]);
  });
});
