import kanbanEn from '../modules/kanban/i18n/en.json';
import kanbanZhCN from '../modules/kanban/i18n/zh-CN.json';
import pipelinesEn from '../modules/pipelines/i18n/en.json';
import pipelinesZhCN from '../modules/pipelines/i18n/zh-CN.json';
import salesReportsEn from '../modules/sales-reports/i18n/en.json';
import salesReportsZhCN from '../modules/sales-reports/i18n/zh-CN.json';
import coreEn from './core.en.json';
import coreZhCN from './core.zh-CN.json';

/**
 * The UI message catalogs: the core catalog plus one per feature module (`modules/<feature>/i18n/`), each
 * feature under top-level keys of its own so that features never edit each other's texts. A feature adds
 * its two catalogs to both lists below.
 */
export const zhCN = { ...coreZhCN, ...pipelinesZhCN, ...kanbanZhCN, ...salesReportsZhCN };
export const en = { ...coreEn, ...pipelinesEn, ...kanbanEn, ...salesReportsEn };
