import { defineMessages } from '../platform/i18n.ts';

/** Messages of formula fields: the expression's problems as the field API reports them. */
export const FORMULA_MESSAGES = defineMessages({
  'field.referenced_by_formula': {
    'zh-CN': '该字段被公式字段引用：{formulas}；请先修改或删除这些公式',
    en: 'This field is used by formula fields: {formulas}; change or remove them first',
  },
  'formula.empty': { 'zh-CN': '公式不能为空', en: 'The formula is empty' },
  'formula.too_long': { 'zh-CN': '公式最多 {max} 个字符', en: 'A formula has at most {max} characters' },
  'formula.syntax': {
    'zh-CN': '公式语法错误（第 {position} 个字符）：{detail}',
    en: 'Syntax error at character {position}: {detail}',
  },
  'formula.unknown_field': {
    'zh-CN': '公式中的字段不存在：{field}',
    en: 'No such field in the formula: {field}',
  },
  'formula.unsupported_field': {
    'zh-CN': '公式不能使用该类型的字段：{field}',
    en: 'Formulas cannot use this field (its type is not supported): {field}',
  },
  'formula.argument_count': {
    'zh-CN': '函数 {function} 的参数个数应为 {expected}',
    en: 'Function {function} takes {expected} argument(s)',
  },
  'formula.type_mismatch': {
    'zh-CN': '“{where}” 处类型不匹配：应为 {expected}，实际为 {actual}',
    en: 'Type mismatch at "{where}": expected {expected}, got {actual}',
  },
  'formula.round_digits': {
    'zh-CN': 'ROUND 的小数位数须是 0 到 {max} 的整数常量',
    en: 'The digits of ROUND must be an integer constant from 0 to {max}',
  },
  'formula.result_type': {
    'zh-CN': '公式结果类型为 {actual}，与设定的结果类型 {expected} 不符',
    en: 'The formula yields {actual}, but the result type is {expected}',
  },
});
