/** The calendar date of an instant as seen in a time zone, as zero-padded strings. */
export interface ZonedDateParts {
  year: string;
  month: string;
  day: string;
}

/** Formatters are costly to build and the same few time zones recur: one per zone. */
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The year, month and day of `now` in `timeZone` (an IANA name); throws a RangeError for an unknown zone.
 * @example zonedDateParts(new Date('2026-12-31T16:30:00Z'), 'Asia/Shanghai') // { year: '2027', month: '01', day: '01' }
 */
export function zonedDateParts(now: Date, timeZone: string): ZonedDateParts {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  const parts: Record<string, string> = {};
  for (const part of formatter.formatToParts(now)) parts[part.type] = part.value;
  return { year: (parts.year ?? '').padStart(4, '0'), month: parts.month ?? '', day: parts.day ?? '' };
}
