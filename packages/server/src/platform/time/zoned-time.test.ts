import { describe, expect, it } from 'vitest';
import { civilDayIn, startOfDayIn, wallClockIn } from './zoned-time.ts';

/** The wall clock read straight from `Intl`, as the reference: Swedish dates read as ISO-8601. */
function reference(instant: number, timeZone: string): number {
  const text = new Intl.DateTimeFormat('sv-SE', {
    timeZone,
    dateStyle: 'short',
    timeStyle: 'medium',
  }).format(instant);
  return Date.parse(`${text.replace(' ', 'T')}Z`);
}

const ZONES = [
  'Asia/Shanghai',
  'America/New_York',
  'Europe/London',
  'Australia/Lord_Howe',
  'Asia/Kathmandu',
  'America/St_Johns',
  'Pacific/Chatham',
];

describe('wall clock in a time zone', () => {
  it('agrees with Intl at any instant: across changes to and from summer time, and in old local mean time', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const instants = [
      // Around the 2025 changes of New York, London and Lord Howe Island, second by second.
      ...[
        Date.UTC(2025, 2, 9, 6, 59, 58),
        Date.UTC(2025, 2, 30, 0, 59, 58),
        Date.UTC(2025, 3, 5, 14, 59, 58),
      ].flatMap((start) => Array.from({ length: 5 }, (_, i) => start + i * 1000 + 250)),
      // Local mean time: Shanghai before 1901, New York before 1883.
      Date.UTC(1880, 5, 1, 12, 0, 0, 999),
      Date.UTC(1900, 11, 31, 15, 54, 17),
      -1500,
      ...Array.from({ length: 400 }, () => Math.floor((random() - 0.3) * 4_000_000_000_000)),
    ];
    for (const timeZone of ZONES)
      for (const instant of instants)
        expect(wallClockIn(instant, timeZone), `${timeZone} ${new Date(instant).toISOString()}`).toBe(
          reference(instant, timeZone),
        );
  });

  it('finds the day and where it begins', () => {
    const at = new Date('2025-10-01T16:30:00Z'); // 00:30 on 2 October in Shanghai
    const day = civilDayIn(at, 'Asia/Shanghai');
    expect(new Date(day).toISOString()).toBe('2025-10-02T00:00:00.000Z');
    expect(new Date(startOfDayIn(day, 'Asia/Shanghai')).toISOString()).toBe('2025-10-01T16:00:00.000Z');
    // A day that begins in summer time, the day after the change.
    const newYork = civilDayIn(new Date('2025-03-10T12:00:00Z'), 'America/New_York');
    expect(new Date(startOfDayIn(newYork, 'America/New_York')).toISOString()).toBe(
      '2025-03-10T04:00:00.000Z',
    );
  });
});
