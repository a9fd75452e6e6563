import { defineMessages } from '../../platform/i18n.ts';

/** Messages of field type changes. */
export const TYPE_CHANGE_MESSAGES = defineMessages({
  'field.type_change_impossible': {
    'zh-CN': '不能将 {from} 类型的字段改为 {to}：两种类型的数据无法对应；可新建字段后迁移数据',
    en: 'A {from} field cannot become {to}: the values do not correspond; add a new field and move the data',
  },
  'field.type_change_needs_confirmation': {
    'zh-CN':
      '改为 {to} 会丢失数据：{failing} 个值无法转换（将清空），{lossy} 个值会丢失部分信息（共 {total} 条记录）；确认后请带上 confirmLoss: true 重试',
    en: 'Changing to {to} loses data: {failing} values cannot be converted (they become empty) and {lossy} lose part of their content (of {total} records); send confirmLoss: true to go ahead',
  },
});
