import { type BuiltInObject, choices, field, money } from './built-in-object.ts';

/** 产品: an item of the catalogue, in a product line. */
export const PRODUCT: BuiltInObject = {
  apiName: 'product',
  label: { 'zh-CN': '产品', en: 'Product' },
  pluralLabel: { en: 'Products' },
  icon: 'shopping',
  nameField: 'name',
  fields: [
    field('name', 'text', '产品名称', 'Product name', { required: true }),
    field('code', 'text', '产品编码', 'Product code'),
    field('productLine', 'select', '产品线', 'Product line', {
      options: choices([
        ['software', '软件', 'Software'],
        ['hardware', '硬件设备', 'Hardware'],
        ['service', '实施服务', 'Services'],
        ['maintenance', '运维与支持', 'Maintenance and support'],
        ['training', '培训', 'Training'],
      ]),
    }),
    field('unit', 'text', '单位', 'Unit'),
    money('listPrice', '标准价格', 'List price'),
    money('cost', '成本价', 'Cost'),
    field('taxRate', 'percent', '税率', 'Tax rate', { options: { scale: 2, min: 0, max: 100 } }),
    field('active', 'boolean', '在售', 'Active'),
    field('description', 'longText', '描述', 'Description'),
  ],
};

/** 价目表: prices of catalogue products for a market, channel or period. */
export const PRICE_LIST: BuiltInObject = {
  apiName: 'priceList',
  label: { 'zh-CN': '价目表', en: 'Price list' },
  pluralLabel: { en: 'Price lists' },
  icon: 'profile',
  nameField: 'name',
  fields: [
    field('name', 'text', '名称', 'Name', { required: true }),
    field('currency', 'text', '币种', 'Currency'),
    field('validFrom', 'date', '生效日期', 'Valid from'),
    field('validTo', 'date', '失效日期', 'Valid to'),
    field('isDefault', 'boolean', '默认价目表', 'Default'),
    field('active', 'boolean', '启用', 'Active'),
    field('description', 'longText', '说明', 'Description'),
  ],
};
