/** Time zones offered first; any IANA zone the browser knows can be searched. */
const COMMON_TIME_ZONES = [
  'Asia/Shanghai',
  'Asia/Hong_Kong',
  'Asia/Taipei',
  'Asia/Singapore',
  'Asia/Tokyo',
  'Asia/Seoul',
  'Asia/Dubai',
  'Europe/London',
  'Europe/Berlin',
  'America/New_York',
  'America/Los_Angeles',
  'UTC',
];

/** Select options of every IANA time zone, the common ones first. */
export function timeZoneOptions(): Array<{ value: string; label: string }> {
  const known: string[] =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : COMMON_TIME_ZONES;
  const rest = known.filter((zone) => !COMMON_TIME_ZONES.includes(zone));
  return [...COMMON_TIME_ZONES, ...rest].map((zone) => ({ value: zone, label: zone }));
}
