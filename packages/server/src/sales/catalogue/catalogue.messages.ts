import { defineMessages } from '../../platform/i18n.ts';

/** Errors of products, price lists and their prices. */
export const CATALOGUE_MESSAGES = defineMessages({
  'product.code_taken': {
    'zh-CN': '产品编码「{code}」已被产品「{name}」使用',
    en: 'Product code "{code}" is already used by product "{name}"',
  },
  'priceList.default_taken': {
    'zh-CN': '已有默认价目表「{name}」，请先取消它的默认设置',
    en: '"{name}" is already the default price list; unset it first',
  },
  'priceList.unknown_product': {
    'zh-CN': '产品 #{id} 不存在或已删除',
    en: 'Product #{id} does not exist or was deleted',
  },
  'priceList.duplicate_product': {
    'zh-CN': '同一产品在价目表中只能有一个价格',
    en: 'A product can have only one price in a price list',
  },
});
