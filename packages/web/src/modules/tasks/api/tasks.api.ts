import { api } from '../../../api/client.ts';
import type { RecordData } from '../../records/api/records.api.ts';

/** The tabs of the task page. */
export type TaskBucket = 'today' | 'overdue' | 'upcoming' | 'done';

/** The user's day: open tasks due today and overdue, follow-ups due today, in their time zone. */
export interface MyDay {
  timeZone: string;
  date: string;
  counts: { overdue: number; today: number; followUps: number };
  /** The team's open tasks (everyone whose tasks the user may read); null for own-only users. */
  team: { overdue: number; today: number } | null;
  overdueTasks: RecordData[];
  todayTasks: RecordData[];
  followUpsDue: RecordData[];
}

export interface TaskPage {
  items: RecordData[];
  nextCursor: string | null;
}

export const TASKS_QUERY_KEY = ['tasks'] as const;

export const tasksApi = {
  myDay: () => api.get<MyDay>('/my-day'),
  myTasks: (bucket: TaskBucket, cursor?: string) =>
    api.get<TaskPage>('/my-tasks', { query: { bucket, cursor, limit: 50 } }),
};
