/**
 * Wall-clock arithmetic in an IANA time zone with `Intl` alone: calendar days held as UTC-midnight
 * timestamps (day arithmetic is plain addition), the wall clock at an instant, the instant a day begins.
 */

/** A calendar day, held as a UTC midnight timestamp so that day arithmetic is plain addition. */
export type CivilDay = number;
export const DAY_MS = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall clock at `instant` as `Intl` reads it (milliseconds dropped): what `wallClockIn` keeps offsets of. */
function readWallClock(instant: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour! % 24, parts.minute!, parts.second!);
}

/** Offsets are kept per quarter hour: every zone's changes of offset since standard time fall on one. */
const SLOT_MS = 15 * 60_000;
const MAX_KEPT_SLOTS = 20_000;
/** The UTC offset of each zone in each quarter hour read so far, or null where it changes within it. */
const slotOffsets = new Map<string, Map<number, number | null>>();

const secondOf = (instant: number) => Math.floor(instant / 1000) * 1000;

/**
 * The wall-clock time in `timeZone` at `instant`, read as if it were UTC (milliseconds dropped). Reading it
 * through `Intl` costs microseconds: the offset is read once per quarter hour of UTC time and kept, when it
 * is the same at both ends of it (else — an old local mean time — every instant there is read itself).
 */
export function wallClockIn(instant: number, timeZone: string): number {
  let offsets = slotOffsets.get(timeZone);
  if (!offsets) {
    offsets = new Map();
    slotOffsets.set(timeZone, offsets);
  }
  const slot = Math.floor(instant / SLOT_MS) * SLOT_MS;
  let offset = offsets.get(slot);
  if (offset === undefined) {
    const first = readWallClock(slot, timeZone) - slot;
    const lastSecond = slot + SLOT_MS - 1000;
    offset = readWallClock(lastSecond, timeZone) - lastSecond === first ? first : null;
    if (offsets.size >= MAX_KEPT_SLOTS) offsets.clear();
    offsets.set(slot, offset);
  }
  return offset === null ? readWallClock(instant, timeZone) : secondOf(instant) + offset;
}

/** The calendar day in `timeZone` at `now`. */
export function civilDayIn(now: Date, timeZone: string): CivilDay {
  const wall = wallClockIn(now.getTime(), timeZone);
  return wall - (((wall % DAY_MS) + DAY_MS) % DAY_MS);
}

/** The instant at which `day` begins in `timeZone` . */
export function startOfDayIn(day: CivilDay, timeZone: string): number {
  const offsetAt = (instant: number) => wallClockIn(instant, timeZone) - Math.floor(instant / 1000) * 1000;
  // The offset at local midnight may differ from the one at UTC midnight of that day: look again there.
  return day - offsetAt(day - offsetAt(day));
}
