import type { EventSubscriber } from '../events/subscriber.ts';
import type { JobHandler } from './job-handler.ts';
import type { ScheduleDefinition } from './schedule.ts';
import { sessionsCleanupJob, sessionsCleanupSchedule } from './sessions-cleanup.job.ts';

/** Everything a worker runs: job handlers, event subscribers and schedules. */
export interface BackgroundRegistry {
  handlers: ReadonlyArray<JobHandler<never>>;
  subscribers: readonly EventSubscriber[];
  schedules: readonly ScheduleDefinition[];
}

/**
 * The product's background work. A feature adds its handlers, subscribers and schedules here, so that
 * `serve` and `worker` run the same set.
 */
export const PLATFORM_BACKGROUND: BackgroundRegistry = {
  handlers: [sessionsCleanupJob],
  subscribers: [],
  schedules: [sessionsCleanupSchedule],
};
