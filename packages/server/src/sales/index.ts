import type { FastifyPluginAsync } from 'fastify';
import type { BackgroundRegistry } from '../platform/jobs/background-registry.ts';
import { accountOverviewRoutes } from './account-overview/account-overview.routes.ts';
import { followUpReminderJob } from './follow-up/follow-up-reminder.job.ts';
import './follow-up/follow-up.behaviour.ts';
import { taskReminderJob } from './task/task-reminder.job.ts';
import './task/task.behaviour.ts';
import { taskRoutes } from './task/task.routes.ts';
import './ticket/ticket.behaviour.ts';
import './timeline/timeline.behaviour.ts';
import { timelineRoutes } from './timeline/timeline.routes.ts';

/**
 * The sales features (lead to cash, service): their routes, their background work, and — when this module
 * is loaded — their record behaviours. Everything that runs product code (the app, the worker) imports it
 * through `routes.ts` or `product-background.ts`.
 */

/** Route plugins of the sales features, mounted under `/api/v1` next to the platform's. */
export const SALES_ROUTE_PLUGINS: FastifyPluginAsync[] = [timelineRoutes, taskRoutes, accountOverviewRoutes];

/** Job handlers, event subscribers and schedules of the sales features. */
export const SALES_BACKGROUND: BackgroundRegistry = {
  handlers: [taskReminderJob, followUpReminderJob],
  subscribers: [],
  schedules: [],
};
