import {
  type BuiltInObject,
  type BuiltInTagGroup,
  choices,
  field,
  INDUSTRY_CHOICES,
  lookup,
  SOURCE_CHOICES,
} from './built-in-object.ts';

/** The tag group of the account's `tags` field (C-3). */
export const ACCOUNT_TAGS: BuiltInTagGroup = {
  key: 'accountTags',
  label: { 'zh-CN': '客户标签', en: 'Account tags' },
  tags: [
    { key: 'keyAccount', label: { 'zh-CN': '重点客户', en: 'Key account' }, color: '#cf1322' },
    { key: 'stateOwned', label: { 'zh-CN': '国企', en: 'State-owned' }, color: '#d46b08' },
    { key: 'listed', label: { 'zh-CN': '上市公司', en: 'Listed company' }, color: '#1d39c4' },
    { key: 'channel', label: { 'zh-CN': '渠道客户', en: 'Channel' }, color: '#08979c' },
    { key: 'renewal', label: { 'zh-CN': '待续约', en: 'Renewal due' }, color: '#7cb305' },
  ],
};

/** 客户: a customer company, the anchor of the 360° view. */
export const ACCOUNT: BuiltInObject = {
  apiName: 'account',
  label: { 'zh-CN': '客户', en: 'Account' },
  pluralLabel: { en: 'Accounts' },
  icon: 'bank',
  nameField: 'name',
  fields: [
    field('name', 'text', '客户名称', 'Account name', { required: true }),
    field('industry', 'select', '行业', 'Industry', { options: INDUSTRY_CHOICES }),
    field('size', 'select', '规模', 'Size', {
      options: choices([
        ['micro', '20 人以下', 'Under 20'],
        ['small', '20–99 人', '20–99'],
        ['medium', '100–499 人', '100–499'],
        ['large', '500–1999 人', '500–1,999'],
        ['enterprise', '2000 人以上', '2,000 and more'],
      ]),
    }),
    field('level', 'select', '客户等级', 'Level', {
      options: choices([
        ['a', 'A 类（重点）', 'A (key)'],
        ['b', 'B 类（普通）', 'B (regular)'],
        ['c', 'C 类（一般）', 'C (minor)'],
      ]),
    }),
    field('phone', 'phone', '电话', 'Phone'),
    field('website', 'url', '网址', 'Website'),
    field('region', 'region', '地区', 'Region'),
    field('address', 'text', '详细地址', 'Address'),
    field('tags', 'tags', '标签', 'Tags', { options: { group: ACCOUNT_TAGS.key } }),
    field('source', 'select', '来源', 'Source', { options: SOURCE_CHOICES }),
    lookup('lead', 'lead', '来源线索', 'Original lead', { managed: true }),
    field('description', 'longText', '备注', 'Notes'),
  ],
};
