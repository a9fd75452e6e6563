import { defineMessages } from '../../platform/i18n.ts';

/** Messages of the sales reports (funnel, forecast). */
export const SALES_REPORT_MESSAGES = defineMessages({
  'report.period_inverted': {
    'zh-CN': '统计期间的开始月份不能晚于结束月份',
    en: 'The period cannot start after it ends',
  },
  'report.period_too_long': {
    'zh-CN': '统计期间最长 {months} 个月',
    en: 'The period spans at most {months} months',
  },
  'report.unknown_department': { 'zh-CN': '部门不存在', en: 'No such department' },
});
