import duplicatesEn from '../modules/duplicates/i18n/en.json';
import duplicatesZhCN from '../modules/duplicates/i18n/zh-CN.json';
import handoverEn from '../modules/handover/i18n/en.json';
import handoverZhCN from '../modules/handover/i18n/zh-CN.json';
import leadsEn from '../modules/leads/i18n/en.json';
import leadsZhCN from '../modules/leads/i18n/zh-CN.json';
import coreEn from './core.en.json';
import coreZhCN from './core.zh-CN.json';

/**
 * The UI message catalogs: the core catalog plus one per feature module (`modules/<feature>/i18n/`), each
 * feature under top-level keys of its own so that features never edit each other's texts. A feature adds
 * its two catalogs to both lists below.
 */
export const zhCN = { ...coreZhCN, ...leadsZhCN, ...duplicatesZhCN, ...handoverZhCN };
export const en = { ...coreEn, ...leadsEn, ...duplicatesEn, ...handoverEn };
