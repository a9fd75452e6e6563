import { defineMessages } from '../../platform/i18n.ts';

/** Messages of duplicate merges. */
export const MERGE_MESSAGES = defineMessages({
  'merge.survivor_among_duplicates': {
    'zh-CN': '保留的记录不能同时作为被合并的记录',
    en: 'The record kept cannot also be one of those merged into it',
  },
  'merge.converted_lead': {
    'zh-CN': '已转化的线索不能合并',
    en: 'A converted lead cannot be merged',
  },
  'merge.unknown_field': {
    'zh-CN': '字段 {field} 不能在合并时选择取值',
    en: 'The value of {field} cannot be chosen in a merge',
  },
  'merge.not_merged_record': {
    'zh-CN': '取值只能来自参与合并的记录',
    en: 'A value can only come from one of the records being merged',
  },
});
