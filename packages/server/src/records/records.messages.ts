import { defineMessages } from '../platform/i18n.ts';

/** Messages of the records API. */
export const RECORD_MESSAGES = defineMessages({
  'record.not_found': { 'zh-CN': '记录不存在或无权查看', en: 'No such record, or you may not see it' },
  'record.unknown_field': { 'zh-CN': '未知字段：{field}', en: 'Unknown field: {field}' },
  'record.computed_field': {
    'zh-CN': '{field} 是公式字段，由系统计算，不能填写',
    en: '{field} is a formula field computed by the system and cannot be written',
  },
  'record.managed_field': {
    'zh-CN': '{field} 由系统根据业务操作维护，不能直接填写',
    en: '{field} is kept by the system through business actions and cannot be written directly',
  },
  'record.invalid_filter': { 'zh-CN': '筛选条件有误', en: 'The filter is invalid' },
  'record.malformed_filter': {
    'zh-CN': '筛选条件不是合法的 JSON',
    en: 'The filter is not valid JSON',
  },
  'record.invalid_sort': { 'zh-CN': '排序字段有误：{field}', en: 'Cannot sort by: {field}' },
  'record.invalid_cursor': { 'zh-CN': '分页游标无效', en: 'The page cursor is invalid' },
  'record.version_required': {
    'zh-CN': '修改记录需提供版本号（version 或 If-Match）',
    en: 'Changing a record needs its version (`version` or If-Match)',
  },
  'record.bulk_failed': {
    'zh-CN': '批量操作中有条目出错，未做任何修改',
    en: 'Some items of the bulk request failed; nothing was changed',
  },
  'record.bulk_too_large': {
    'zh-CN': '批量操作最多 {max} 条',
    en: 'A bulk request takes at most {max} items',
  },
  'value.required': { 'zh-CN': '必填', en: 'Required' },
  'value.not_unique': { 'zh-CN': '该值已被其他记录使用', en: 'Another record already has this value' },
  'value.unknown_reference': {
    'zh-CN': '引用的记录不存在',
    en: 'The referenced record does not exist',
  },
  'value.assign_not_allowed': {
    'zh-CN': '无权将记录分配给他人',
    en: 'You may not assign records to someone else',
  },
});
