import dayjs, { type Dayjs } from 'dayjs';

/** A reporting period of whole months, `YYYY-MM` both included; null is all time. */
export type MonthPeriod = { from: string; to: string } | null;

export type PeriodPreset =
  | 'thisMonth'
  | 'thisQuarter'
  | 'thisYear'
  | 'last12Months'
  | 'next12Months'
  | 'allTime'
  | 'custom';

const month = (value: Dayjs) => value.format('YYYY-MM');

/** The months a preset covers, seen from `today`. */
export function presetPeriod(preset: Exclude<PeriodPreset, 'custom'>, today: Dayjs = dayjs()): MonthPeriod {
  switch (preset) {
    case 'thisMonth':
      return { from: month(today), to: month(today) };
    case 'thisQuarter': {
      const first = today.month() - (today.month() % 3);
      const start = today.month(first);
      return { from: month(start), to: month(start.add(2, 'month')) };
    }
    case 'thisYear':
      return { from: `${today.year()}-01`, to: `${today.year()}-12` };
    case 'last12Months':
      return { from: month(today.subtract(11, 'month')), to: month(today) };
    case 'next12Months':
      return { from: month(today), to: month(today.add(11, 'month')) };
    case 'allTime':
      return null;
  }
}
