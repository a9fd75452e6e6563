import accountOverviewEn from '../modules/account-overview/i18n/en.json';
import accountOverviewZhCN from '../modules/account-overview/i18n/zh-CN.json';
import businessCalendarEn from '../modules/business-calendar/i18n/en.json';
import businessCalendarZhCN from '../modules/business-calendar/i18n/zh-CN.json';
import catalogueEn from '../modules/catalogue/i18n/en.json';
import catalogueZhCN from '../modules/catalogue/i18n/zh-CN.json';
import contractsEn from '../modules/contracts/i18n/en.json';
import contractsZhCN from '../modules/contracts/i18n/zh-CN.json';
import duplicatesEn from '../modules/duplicates/i18n/en.json';
import duplicatesZhCN from '../modules/duplicates/i18n/zh-CN.json';
import followUpRulesEn from '../modules/follow-up-rules/i18n/en.json';
import followUpRulesZhCN from '../modules/follow-up-rules/i18n/zh-CN.json';
import handoverEn from '../modules/handover/i18n/en.json';
import handoverZhCN from '../modules/handover/i18n/zh-CN.json';
import kanbanEn from '../modules/kanban/i18n/en.json';
import kanbanZhCN from '../modules/kanban/i18n/zh-CN.json';
import leadAssignmentEn from '../modules/lead-assignment/i18n/en.json';
import leadAssignmentZhCN from '../modules/lead-assignment/i18n/zh-CN.json';
import leadFormsEn from '../modules/lead-forms/i18n/en.json';
import leadFormsZhCN from '../modules/lead-forms/i18n/zh-CN.json';
import leadPoolsEn from '../modules/lead-pools/i18n/en.json';
import leadPoolsZhCN from '../modules/lead-pools/i18n/zh-CN.json';
import leadResponseEn from '../modules/lead-response/i18n/en.json';
import leadResponseZhCN from '../modules/lead-response/i18n/zh-CN.json';
import leadsEn from '../modules/leads/i18n/en.json';
import leadsZhCN from '../modules/leads/i18n/zh-CN.json';
import lineItemsEn from '../modules/line-items/i18n/en.json';
import lineItemsZhCN from '../modules/line-items/i18n/zh-CN.json';
import lineageEn from '../modules/lineage/i18n/en.json';
import lineageZhCN from '../modules/lineage/i18n/zh-CN.json';
import nurturingEn from '../modules/nurturing/i18n/en.json';
import nurturingZhCN from '../modules/nurturing/i18n/zh-CN.json';
import paymentsEn from '../modules/payments/i18n/en.json';
import paymentsZhCN from '../modules/payments/i18n/zh-CN.json';
import pipelinesEn from '../modules/pipelines/i18n/en.json';
import pipelinesZhCN from '../modules/pipelines/i18n/zh-CN.json';
import quotesEn from '../modules/quotes/i18n/en.json';
import quotesZhCN from '../modules/quotes/i18n/zh-CN.json';
import salesReportsEn from '../modules/sales-reports/i18n/en.json';
import salesReportsZhCN from '../modules/sales-reports/i18n/zh-CN.json';
import tasksEn from '../modules/tasks/i18n/en.json';
import tasksZhCN from '../modules/tasks/i18n/zh-CN.json';
import ticketsEn from '../modules/tickets/i18n/en.json';
import ticketsZhCN from '../modules/tickets/i18n/zh-CN.json';
import timelineEn from '../modules/timeline/i18n/en.json';
import timelineZhCN from '../modules/timeline/i18n/zh-CN.json';
import coreEn from './core.en.json';
import coreZhCN from './core.zh-CN.json';

/**
 * The UI message catalogs: the core catalog plus one per feature module (`modules/<feature>/i18n/`), each
 * feature under top-level keys of its own so that features never edit each other's texts. A feature adds
 * its two catalogs to both lists below.
 */
export const zhCN = {
  ...coreZhCN,
  ...accountOverviewZhCN,
  ...businessCalendarZhCN,
  ...catalogueZhCN,
  ...contractsZhCN,
  ...duplicatesZhCN,
  ...followUpRulesZhCN,
  ...handoverZhCN,
  ...kanbanZhCN,
  ...leadResponseZhCN,
  ...leadFormsZhCN,
  ...leadAssignmentZhCN,
  ...leadPoolsZhCN,
  ...leadsZhCN,
  ...lineItemsZhCN,
  ...lineageZhCN,
  ...nurturingZhCN,
  ...paymentsZhCN,
  ...pipelinesZhCN,
  ...quotesZhCN,
  ...salesReportsZhCN,
  ...tasksZhCN,
  ...ticketsZhCN,
  ...timelineZhCN,
};
export const en = {
  ...coreEn,
  ...accountOverviewEn,
  ...businessCalendarEn,
  ...catalogueEn,
  ...contractsEn,
  ...duplicatesEn,
  ...followUpRulesEn,
  ...handoverEn,
  ...kanbanEn,
  ...leadResponseEn,
  ...leadFormsEn,
  ...leadAssignmentEn,
  ...leadPoolsEn,
  ...leadsEn,
  ...lineItemsEn,
  ...lineageEn,
  ...nurturingEn,
  ...paymentsEn,
  ...pipelinesEn,
  ...quotesEn,
  ...salesReportsEn,
  ...tasksEn,
  ...ticketsEn,
  ...timelineEn,
};
