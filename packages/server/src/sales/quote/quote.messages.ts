import { defineMessages } from '../../platform/i18n.ts';
import { defineNotificationKind } from '../../platform/notifications/notification-kinds.ts';

/** Errors of quote actions. */
export const QUOTE_MESSAGES = defineMessages({
  'quote.invalid_transition': {
    'zh-CN': '报价单当前状态不允许此操作',
    en: 'This cannot be done to the quote in its current status',
  },
  'quote.approval_required': {
    'zh-CN': '最大折扣 {maxDiscount}% 超过审批阈值 {threshold}%，请先提交审批',
    en: 'The largest discount ({maxDiscount}%) exceeds the approval threshold ({threshold}%): submit it for approval first',
  },
  'quote.approval_not_needed': {
    'zh-CN': '最大折扣 {maxDiscount}% 未超过审批阈值 {threshold}%，无需审批，可直接发送',
    en: 'The largest discount ({maxDiscount}%) is within the approval threshold ({threshold}%): no approval is needed, send it',
  },
  'quote.no_lines': {
    'zh-CN': '报价单没有明细行，请先添加产品',
    en: 'The quote has no lines; add products first',
  },
  'quote.not_editable': {
    'zh-CN': '报价单已提交审批或已发送，不能直接修改；请先“修订”',
    en: 'The quote has been submitted or sent and cannot be changed directly; revise it first',
  },
  'quote.valid_until_before_date': {
    'zh-CN': '有效期不能早于报价日期',
    en: 'The validity date cannot be before the quote date',
  },
  'quote.revision_not_found': { 'zh-CN': '该版本不存在', en: 'No such revision' },
});

/** Sent to the owner's manager when a quote is submitted for approval. */
export const QUOTE_SUBMITTED = defineNotificationKind('quote.submitted', {
  'zh-CN': '报价单 {number} 待审批：最大折扣 {maxDiscount}% 超过审批阈值 {threshold}%',
  en: 'Quote {number} awaits approval: its largest discount ({maxDiscount}%) exceeds the threshold ({threshold}%)',
});

/** Sent to the quote's owner when an approver decides, and when a sent quote runs past its validity. */
export const QUOTE_APPROVED = defineNotificationKind('quote.approved', {
  'zh-CN': '报价单 {number} 的折扣已获批准',
  en: 'The discount of quote {number} was approved',
});
export const QUOTE_RETURNED = defineNotificationKind('quote.returned', {
  'zh-CN': '报价单 {number} 的折扣审批被驳回',
  en: 'The discount approval of quote {number} was returned',
});
export const QUOTE_EXPIRED = defineNotificationKind('quote.expired', {
  'zh-CN': '报价单 {number} 已过有效期',
  en: 'Quote {number} has expired',
});
