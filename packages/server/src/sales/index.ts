import type { FastifyPluginAsync } from 'fastify';
import type { Database } from '../db/database.ts';
import type { BackgroundRegistry } from '../platform/jobs/background-registry.ts';
import { opportunityBoardRoutes } from './opportunity/opportunity-board.routes.ts';
import './opportunity/opportunity-stage.behaviour.ts';
import { stageHistoryRoutes } from './opportunity/stage-history.routes.ts';
import './pipeline/pipeline.behaviour.ts';
import './pipeline/stage.behaviour.ts';
import { pipelineRoutes } from './pipeline/pipeline.routes.ts';
import { preparePipelines } from './pipeline/prepare-pipelines.ts';
import { salesReportRoutes } from './reports/sales-reports.routes.ts';

/**
 * The sales features (lead to cash, service): their routes, their background work, and — when this module
 * is loaded — their record behaviours. Everything that runs product code (the app, the worker) imports it
 * through `routes.ts` or `product-background.ts`.
 */

/** Route plugins of the sales features, mounted under `/api/v1` next to the platform's. */
export const SALES_ROUTE_PLUGINS: FastifyPluginAsync[] = [
  pipelineRoutes,
  opportunityBoardRoutes,
  stageHistoryRoutes,
  salesReportRoutes,
];

/** Job handlers, event subscribers and schedules of the sales features. */
export const SALES_BACKGROUND: BackgroundRegistry = {
  handlers: [],
  subscribers: [],
  schedules: [],
};

/** What the sales features do to the database at start-up, after the built-in objects exist (idempotent). */
export const SALES_PREPARE_STEPS: Array<(database: Database) => Promise<void>> = [preparePipelines];
