import type { SequenceStep } from '../api/nurturing.api.ts';

/** When each step goes out, counted from enrolment: day 0, day 2, day 5.5 … (steps add up their delays). */
export function stepSchedule(steps: SequenceStep[]): Array<{ n: number; template: string; atDay: string }> {
  let hours = 0;
  return steps.map((step, index) => {
    hours += step.delayDays * 24 + step.delayHours;
    const days = hours / 24;
    return {
      n: index + 1,
      template: step.template.name,
      atDay: Number.isInteger(days) ? String(days) : days.toFixed(1),
    };
  });
}
