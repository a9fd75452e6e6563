import { z } from 'zod';
import { CHINA_2026_HOLIDAYS, CHINA_2026_WORKDAYS } from './china-public-holidays.ts';

const Time = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'HH:MM');
const Day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')
  .refine(
    (day) =>
      !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) &&
      new Date(`${day}T00:00:00Z`).toISOString().startsWith(day),
    'not a calendar day',
  );
const DatedName = z.object({ date: Day, name: z.string().trim().min(1).max(60) });

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));

/**
 * Business time: the working days of the week, the working hours of a working day, public holidays (days off
 * that would be working days) and adjusted working days (调休: weekend days worked) — what SLA clocks count.
 */
export const BusinessCalendarSchema = z
  .object({
    weekdays: z
      .array(z.number().int().min(1).max(7))
      .max(7)
      .describe('Working days of the week, 1 = Monday … 7 = Sunday'),
    hours: z
      .array(z.object({ start: Time, end: Time }))
      .min(1)
      .max(6)
      .describe('Working hours of a working day in the company time zone, in order, not overlapping')
      .refine(
        (hours) =>
          hours.every(
            (range, index) =>
              minutesOf(range.start) < minutesOf(range.end) &&
              (index === 0 || minutesOf(hours[index - 1]!.end) <= minutesOf(range.start)),
          ),
        'each range ends after it starts, and after the previous one',
      ),
    holidays: z
      .array(DatedName)
      .max(400)
      .describe('Days off (法定节假日), e.g. {"date":"2026-10-01","name":"国庆节"}'),
    workdays: z.array(DatedName).max(200).describe('Weekend days worked instead (调休上班)'),
  })
  .meta({ id: 'BusinessCalendar' });
export type BusinessCalendar = z.infer<typeof BusinessCalendarSchema>;

/** Monday to Friday, 9:00–12:00 and 13:00–18:00, with mainland China's public holidays of 2026. */
export const DEFAULT_BUSINESS_CALENDAR: BusinessCalendar = {
  weekdays: [1, 2, 3, 4, 5],
  hours: [
    { start: '09:00', end: '12:00' },
    { start: '13:00', end: '18:00' },
  ],
  holidays: CHINA_2026_HOLIDAYS,
  workdays: CHINA_2026_WORKDAYS,
};

export const UpdateBusinessCalendarBody = BusinessCalendarSchema.partial().strict();

export { minutesOf };
