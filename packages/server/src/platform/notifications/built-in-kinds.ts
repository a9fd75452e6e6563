import { defineNotificationKind } from './notification-kinds.ts';

/**
 * Kinds whose feature has no module of its own yet. Each moves next to its feature when that is built
 * (tasks: the reminder job sends `task.due` with `{ title }` and a link to the task).
 */
export const TASK_DUE = defineNotificationKind('task.due', {
  'zh-CN': '任务「{title}」已到期',
  en: 'Task "{title}" is due',
});
