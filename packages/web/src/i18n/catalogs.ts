import accountOverviewEn from '../modules/account-overview/i18n/en.json';
import accountOverviewZhCN from '../modules/account-overview/i18n/zh-CN.json';
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
  ...timelineZhCN,
  ...tasksZhCN,
  ...accountOverviewZhCN,
  ...ticketsZhCN,
};
export const en = { ...coreEn, ...timelineEn, ...tasksEn, ...accountOverviewEn, ...ticketsEn };
