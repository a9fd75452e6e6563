import { defineMessages } from '../../platform/i18n.ts';

/** Messages of the problems `parseAutoNumberPattern` reports (codes in `AutoNumberProblemCode`). */
export const AUTO_NUMBER_MESSAGES = defineMessages({
  'autoNumber.invalid_pattern': {
    'zh-CN': '编号规则格式不正确：花括号须成对出现，且不能包含控制字符',
    en: 'The numbering pattern is malformed: braces must come in pairs and control characters are not allowed',
  },
  'autoNumber.unknown_token': {
    'zh-CN': '编号规则中有未知的占位符：{token}',
    en: 'Unknown placeholder in the numbering pattern: {token}',
  },
  'autoNumber.missing_counter': {
    'zh-CN': '编号规则须包含一个流水号占位符，例如 {0000}',
    en: 'The numbering pattern needs one counter placeholder, such as {0000}',
  },
  'autoNumber.multiple_counters': {
    'zh-CN': '编号规则只能包含一个流水号占位符',
    en: 'The numbering pattern may contain only one counter placeholder',
  },
  'autoNumber.pattern_too_long': {
    'zh-CN': '编号规则过长（最多 {max} 个字符）',
    en: 'The numbering pattern is too long (at most {max} characters)',
  },
  'autoNumber.counter_too_wide': {
    'zh-CN': '流水号位数过多（最多 {max} 位）',
    en: 'The counter is too wide (at most {max} digits)',
  },
});
