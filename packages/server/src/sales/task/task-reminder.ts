import type { JsonValue } from '../../metadata/field-types/index.ts';
import type { RecordValues } from '../../records/record-behaviour.ts';

/** The name of the job that reminds a task's owner. */
export const TASK_REMINDER_JOB = 'task.remind';

const instant = (value: JsonValue | undefined) => (typeof value === 'string' && value !== '' ? value : null);

/**
 * When a task's owner is reminded: at `remindAt`, else at `dueAt`; never for a done task (null: no
 * reminder).
 */
export function taskReminderMoment(values: RecordValues | null): string | null {
  if (!values || values.status === 'done') return null;
  return instant(values.remindAt) ?? instant(values.dueAt);
}
