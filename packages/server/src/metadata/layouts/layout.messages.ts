import { defineMessages } from '../../platform/i18n.ts';

/** Messages of record layouts. */
export const LAYOUT_MESSAGES = defineMessages({
  'layout.unknown_field': {
    'zh-CN': '该对象没有字段 {field}',
    en: 'This object has no field {field}',
  },
  'layout.duplicate_field': {
    'zh-CN': '字段 {field} 在布局中出现了不止一次',
    en: 'The field {field} is placed more than once',
  },
  'layout.duplicate_section': {
    'zh-CN': '分组标识 {key} 重复',
    en: 'The section key {key} is used more than once',
  },
  'layout.unknown_role': {
    'zh-CN': '角色不存在：{roleId}',
    en: 'No such role: {roleId}',
  },
  'layout.all_needs_settings': {
    'zh-CN': '只有可以修改系统设置的用户才能查看全部分组',
    en: 'Only users who may change settings can see every section',
  },
});
