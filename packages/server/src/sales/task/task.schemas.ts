import { z } from 'zod';
import { ListQuery } from '../../http/pagination.ts';
import { RecordSchema } from '../../records/records.schemas.ts';
import { TASK_BUCKETS } from './task-buckets.ts';

export const MyDaySchema = z.object({
  timeZone: z.string().describe('The time zone "today" is read in: the user’s own, else the company’s'),
  date: z.string().describe('Today in that time zone, YYYY-MM-DD'),
  counts: z.object({
    overdue: z.number().int().describe('Open tasks due before today'),
    today: z.number().int().describe('Open tasks due today'),
    followUps: z.number().int().describe('Follow-ups whose next follow-up time is today'),
  }),
  team: z
    .object({ overdue: z.number().int(), today: z.number().int() })
    .nullable()
    .describe(
      'Open tasks overdue and due today of everyone whose tasks the caller may read; null when only their own',
    ),
  overdueTasks: z.array(RecordSchema).describe('The first of them, earliest due first'),
  todayTasks: z.array(RecordSchema),
  followUpsDue: z.array(RecordSchema),
});

export const MyTasksQuery = ListQuery.extend({
  bucket: z.enum(TASK_BUCKETS).describe('today, overdue, upcoming (later or undated) or done'),
});

export const MyTasksPage = z.object({
  items: z.array(RecordSchema),
  nextCursor: z.string().nullable().describe('Pass as `cursor` for the next page; null on the last page'),
});
