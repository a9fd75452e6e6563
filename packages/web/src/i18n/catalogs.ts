import coreEn from './core.en.json';
import coreZhCN from './core.zh-CN.json';

/**
 * The UI message catalogs: the core catalog plus one per feature module (`modules/<feature>/i18n/`), each
 * feature under top-level keys of its own so that features never edit each other's texts. A feature adds
 * its two catalogs to both lists below.
 */
export const zhCN = { ...coreZhCN };
export const en = { ...coreEn };
