import { defineMessages } from '../../platform/i18n.ts';

/** Messages of the problems `parseCondition` reports (codes in `CONDITION_PROBLEM_CODES`). */
export const CONDITION_MESSAGES = defineMessages({
  'condition.malformed': {
    'zh-CN': '筛选条件格式不正确',
    en: 'The filter condition is malformed',
  },
  'condition.unknown_field': {
    'zh-CN': '筛选条件中的字段不存在：{field}',
    en: 'Unknown field in the filter condition: {field}',
  },
  'condition.unknown_operator': {
    'zh-CN': '不支持的筛选运算符：{op}',
    en: 'Unknown filter operator: {op}',
  },
  'condition.operator_not_applicable': {
    'zh-CN': '字段 {field} 不能使用运算符 {op}',
    en: 'The operator {op} cannot be used on the field {field}',
  },
  'condition.bad_value': {
    'zh-CN': '字段 {field} 的筛选值不正确（运算符 {op}）',
    en: 'The filter value for {field} does not fit the operator {op}',
  },
  'condition.too_deep': {
    'zh-CN': '筛选条件嵌套过深（最多 {max} 层）',
    en: 'The filter condition is nested too deeply (at most {max} levels)',
  },
  'condition.too_large': {
    'zh-CN': '筛选条件过多（最多 {max} 个）',
    en: 'The filter condition has too many comparisons (at most {max})',
  },
});
