/**
 * The canonical spelling of an IANA time zone (`asia/shanghai` → `Asia/Shanghai`), or null when the runtime
 * does not know it. Bare UTC offsets such as `+08:00` are refused: a zone name also carries daylight-saving
 * rules, which reminders and reports need.
 */
export function canonicalTimeZone(name: string): string | null {
  if (/^[+-]/.test(name)) return null;
  try {
    return new Intl.DateTimeFormat('en', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}
