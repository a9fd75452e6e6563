import { defineMessages } from '../../platform/i18n.ts';

defineMessages({
  'followUp.required_before_conversion': {
    'zh-CN': '请先写一条跟进记录，再转化线索',
    en: 'Log a follow-up on this lead before converting it',
  },
  'followUp.required_before_conversion_within': {
    'zh-CN': '请先写一条跟进记录（{days} 天内），再转化线索',
    en: 'Log a follow-up on this lead (within {days} days) before converting it',
  },
  'followUp.required_before_advance': {
    'zh-CN': '商机离开「{stage}」前需要一条跟进记录',
    en: 'Log a follow-up on this opportunity before it moves on from “{stage}”',
  },
  'followUp.required_before_advance_within': {
    'zh-CN': '商机离开「{stage}」前需要一条 {days} 天内的跟进记录',
    en: 'Log a follow-up on this opportunity (within {days} days) before it moves on from “{stage}”',
  },
  'followUp.unknown_stage': {
    'zh-CN': '阶段不存在',
    en: 'No such stage',
  },
});
