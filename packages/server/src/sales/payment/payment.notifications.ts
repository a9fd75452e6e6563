import { defineNotificationKind } from '../../platform/notifications/notification-kinds.ts';

/** To a contract's owner, some days before an instalment falls due. */
export const PAYMENT_DUE_SOON = defineNotificationKind('payment.dueSoon', {
  'zh-CN': '合同 {number} 第 {instalment} 期回款 ¥{remaining} 将于 {dueDate} 到期',
  en: 'Instalment {instalment} of contract {number} (¥{remaining}) falls due on {dueDate}',
});

/** To a contract's owner, once, when an instalment's due date passed unpaid. */
export const PAYMENT_OVERDUE = defineNotificationKind('payment.overdue', {
  'zh-CN': '合同 {number} 第 {instalment} 期回款已逾期：¥{remaining} 应于 {dueDate} 到账',
  en: 'Instalment {instalment} of contract {number} is overdue: ¥{remaining} was due on {dueDate}',
});
