import contractsEn from '../modules/contracts/i18n/en.json';
import contractsZhCN from '../modules/contracts/i18n/zh-CN.json';
import lineageEn from '../modules/lineage/i18n/en.json';
import lineageZhCN from '../modules/lineage/i18n/zh-CN.json';
import paymentsEn from '../modules/payments/i18n/en.json';
import paymentsZhCN from '../modules/payments/i18n/zh-CN.json';
import coreEn from './core.en.json';
import coreZhCN from './core.zh-CN.json';

/**
 * The UI message catalogs: the core catalog plus one per feature module (`modules/<feature>/i18n/`), each
 * feature under top-level keys of its own so that features never edit each other's texts. A feature adds
 * its two catalogs to both lists below.
 */
export const zhCN = { ...coreZhCN, ...contractsZhCN, ...paymentsZhCN, ...lineageZhCN };
export const en = { ...coreEn, ...contractsEn, ...paymentsEn, ...lineageEn };
