import type { RecordData } from '../../records/api/records.api.ts';

/** The fields through which a task (or follow-up) is about another record, most specific first. */
export const RELATED_FIELDS = ['opportunity', 'contact', 'account', 'lead'] as const;

/** The record a task is about, as `object` and `id` (the most specific link), or null. */
export function relatedRecordOf(task: RecordData): { object: string; id: number } | null {
  for (const field of RELATED_FIELDS) {
    const id = task[field];
    if (typeof id === 'number') return { object: field, id };
  }
  return null;
}

/** Whether an open task's due time has passed. */
export function isOverdue(task: RecordData, now: Date = new Date()): boolean {
  return task.status !== 'done' && typeof task.dueAt === 'string' && new Date(task.dueAt) < now;
}
