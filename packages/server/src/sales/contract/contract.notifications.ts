import { defineNotificationKind } from '../../platform/notifications/notification-kinds.ts';

/** To each approver whose scope covers a contract just submitted. */
export const CONTRACT_AWAITING_APPROVAL = defineNotificationKind('contract.awaitingApproval', {
  'zh-CN': '合同「{name}」（{number}）待您审批',
  en: 'Contract "{name}" ({number}) awaits your approval',
});

/** To the contract's owner (and its submitter) when it is approved. */
export const CONTRACT_APPROVED = defineNotificationKind('contract.approved', {
  'zh-CN': '合同「{name}」（{number}）已审批通过',
  en: 'Contract "{name}" ({number}) was approved',
});

/** To the contract's owner (and its submitter) when it is rejected, with the reason. */
export const CONTRACT_REJECTED = defineNotificationKind('contract.rejected', {
  'zh-CN': '合同「{name}」（{number}）被驳回：{reason}',
  en: 'Contract "{name}" ({number}) was rejected: {reason}',
});
