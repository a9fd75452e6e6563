import type { FastifyPluginAsync } from 'fastify';
import type { Database } from '../db/database.ts';
import type { DemoStep } from '../platform/demo/load-demo-data.ts';
import type { BackgroundRegistry } from '../platform/jobs/background-registry.ts';
import { priceListPricesRoutes } from './catalogue/price-list-prices.routes.ts';
import { contractRoutes } from './contract/contract.routes.ts';
import { loadDemoSales } from './demo/load-demo-sales.ts';
import { lineItemsRoutes } from './line-items/line-items.routes.ts';
import { lineageRoutes } from './lineage/lineage.routes.ts';
import { paymentRoutes } from './payment/payment.routes.ts';
import { paymentRemindersJob, paymentRemindersSchedule } from './payment/payment-reminders.job.ts';
import { expireQuotesJob, expireQuotesSchedule } from './quote/expire-quotes.job.ts';
import { quoteRoutes } from './quote/quote.routes.ts';
import { quoteSettingsRoutes } from './quote/quote-settings.routes.ts';
import './catalogue/price-list.behaviour.ts';
import './catalogue/product.behaviour.ts';
import './contract/contract.behaviour.ts';
import './payment/payment.behaviour.ts';
import './payment/payment-plan.behaviour.ts';
import './quote/quote.behaviour.ts';
import './duplicates/duplicate-keys.behaviour.ts';
import { duplicatesRoutes } from './duplicates/duplicates.routes.ts';
import { mergeRoutes } from './duplicates/merge.routes.ts';
import {
  rebuildDuplicateKeysJob,
  rebuildDuplicateKeysSchedule,
} from './duplicates/rebuild-duplicate-keys.job.ts';
import './lead/lead.behaviour.ts';
import './lead-assignment/lead-assignment.behaviour.ts';
import './lead-assignment/register-breach-reassigner.ts';
import './lead-pool/custody.behaviour.ts';
import { accountOverviewRoutes } from './account-overview/account-overview.routes.ts';
import { followUpReminderJob } from './follow-up/follow-up-reminder.job.ts';
import { handoverRoutes } from './handover/handover.routes.ts';
import { leadConversionRoutes } from './lead/lead-conversion.routes.ts';
import { leadAssignmentRoutes } from './lead-assignment/lead-assignment.routes.ts';
import { leadFormsRoutes } from './lead-intake/lead-forms.routes.ts';
import { leadIntakeApiRoutes } from './lead-intake/lead-intake-api.routes.ts';
import { pruneIntakeKeysJob, pruneIntakeKeysSchedule } from './lead-intake/prune-intake-keys.job.ts';
import { publicLeadFormRoutes } from './lead-intake/public-lead-form.routes.ts';
import { leadPoolRoutes } from './lead-pool/lead-pool.routes.ts';
import { recycleLeadsJob, recycleLeadsSchedule } from './lead-pool/recycle-leads.job.ts';
import './follow-up/follow-up.behaviour.ts';
import { taskReminderJob } from './task/task-reminder.job.ts';
import './task/task.behaviour.ts';
import { taskRoutes } from './task/task.routes.ts';
import './ticket/ticket.behaviour.ts';
import './timeline/timeline.behaviour.ts';
import { opportunityBoardRoutes } from './opportunity/opportunity-board.routes.ts';
import { timelineRoutes } from './timeline/timeline.routes.ts';
import './opportunity/opportunity-stage.behaviour.ts';
import './opportunity/open-stage-totals.behaviour.ts';
import { stageHistoryRoutes } from './opportunity/stage-history.routes.ts';
import './pipeline/pipeline.behaviour.ts';
import './pipeline/stage.behaviour.ts';
import { ensureOpenLeadsIndex } from './lead-assignment/open-leads-index.ts';
import { ensureResponseReportIndex } from './lead-response/response-report-index.ts';
import { pipelineRoutes } from './pipeline/pipeline.routes.ts';
import { preparePipelines } from './pipeline/prepare-pipelines.ts';
import { salesReportRoutes } from './reports/sales-reports.routes.ts';
import './follow-up-rules/follow-up-rules.behaviour.ts';
import './lead-response/lead-response.behaviour.ts';
import { emailRoutes } from './email/email.routes.ts';
import { followUpRulesRoutes } from './follow-up-rules/follow-up-rules.routes.ts';
import { leadResponseRoutes } from './lead-response/lead-response.routes.ts';
import { leadResponseDueJob } from './lead-response/lead-response-due.job.ts';
import './nurturing/nurturing.behaviour.ts';
import { nurtureStepJob } from './nurturing/nurture-step.job.ts';
import { nurturingRoutes } from './nurturing/nurturing.routes.ts';
import { publicUnsubscribeRoutes } from './nurturing/public-unsubscribe.routes.ts';

/**
 * The sales features (lead to cash, service): their routes, their background work, and — when this module
 * is loaded — their record behaviours. Everything that runs product code (the app, the worker) imports it
 * through `routes.ts` or `product-background.ts`.
 */

/** Route plugins of the sales features, mounted under `/api/v1` next to the platform's. */
export const SALES_ROUTE_PLUGINS: FastifyPluginAsync[] = [
  priceListPricesRoutes,
  lineItemsRoutes,
  quoteRoutes,
  quoteSettingsRoutes,
  contractRoutes,
  paymentRoutes,
  lineageRoutes,
  leadConversionRoutes,
  leadFormsRoutes,
  leadIntakeApiRoutes,
  publicLeadFormRoutes,
  duplicatesRoutes,
  mergeRoutes,
  handoverRoutes,
  timelineRoutes,
  taskRoutes,
  accountOverviewRoutes,
  pipelineRoutes,
  opportunityBoardRoutes,
  stageHistoryRoutes,
  salesReportRoutes,
  followUpRulesRoutes,
  leadResponseRoutes,
  leadAssignmentRoutes,
  leadPoolRoutes,
  emailRoutes,
  nurturingRoutes,
  publicUnsubscribeRoutes,
];

/** Job handlers, event subscribers and schedules of the sales features. */
export const SALES_BACKGROUND: BackgroundRegistry = {
  handlers: [
    expireQuotesJob,
    paymentRemindersJob,
    rebuildDuplicateKeysJob,
    taskReminderJob,
    followUpReminderJob,
    leadResponseDueJob,
    pruneIntakeKeysJob,
    recycleLeadsJob,
    nurtureStepJob,
  ],
  subscribers: [],
  schedules: [
    expireQuotesSchedule,
    paymentRemindersSchedule,
    rebuildDuplicateKeysSchedule,
    pruneIntakeKeysSchedule,
    recycleLeadsSchedule,
  ],
};

/** What the sales features do to the database at start-up, after the built-in objects exist (idempotent). */
export const SALES_PREPARE_STEPS: Array<(database: Database) => Promise<void>> = [
  preparePipelines,
  ensureOpenLeadsIndex,
  ensureResponseReportIndex,
];

/** What the sales features add to the demo company after its organisation (see `loadDemoData`). */
export const SALES_DEMO_STEPS: DemoStep[] = [loadDemoSales];
