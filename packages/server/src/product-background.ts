import { type BackgroundRegistry, PLATFORM_BACKGROUND } from './platform/jobs/background-registry.ts';
import { SALES_BACKGROUND } from './sales/index.ts';

/** Everything `serve` and `worker` run in the background: the platform's work and the features'. */
export const PRODUCT_BACKGROUND: BackgroundRegistry = {
  handlers: [...PLATFORM_BACKGROUND.handlers, ...SALES_BACKGROUND.handlers],
  subscribers: [...PLATFORM_BACKGROUND.subscribers, ...SALES_BACKGROUND.subscribers],
  schedules: [...PLATFORM_BACKGROUND.schedules, ...SALES_BACKGROUND.schedules],
};
