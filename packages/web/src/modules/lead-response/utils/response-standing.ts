/** Where a lead's first response stands, as its page shows it. */
export type ResponseStanding =
  | { kind: 'dueIn'; minutesLeft: number; dueAt: string }
  | { kind: 'overdue'; minutesLate: number; dueAt: string }
  | { kind: 'late'; minutes: number | null }
  | { kind: 'met'; minutes: number | null };

/**
 * A lead's first-response standing from its fields (`responseStatus`, `responseDueAt`, `responseMinutes`) at
 * `nowMs`; null when its first response is not timed. A pending lead past its deadline is overdue even
 * before the deadline's job has marked it breached.
 */
export function responseStandingOf(record: Record<string, unknown>, nowMs: number): ResponseStanding | null {
  const status = record.responseStatus;
  const dueAt = typeof record.responseDueAt === 'string' ? record.responseDueAt : null;
  const minutes = typeof record.responseMinutes === 'number' ? record.responseMinutes : null;
  const answered = typeof record.firstResponseAt === 'string';
  if (status === 'met') return { kind: 'met', minutes };
  if (status === 'breached' && answered) return { kind: 'late', minutes };
  if ((status !== 'pending' && status !== 'breached') || !dueAt) return null;
  const left = (Date.parse(dueAt) - nowMs) / 60_000;
  if (status === 'pending' && left > 0) return { kind: 'dueIn', minutesLeft: Math.ceil(left), dueAt };
  return { kind: 'overdue', minutesLate: Math.max(0, Math.floor(-left)), dueAt };
}
