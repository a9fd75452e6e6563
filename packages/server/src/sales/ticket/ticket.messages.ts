import { defineMessages } from '../../platform/i18n.ts';
import { defineNotificationKind } from '../../platform/notifications/notification-kinds.ts';

defineMessages({
  'ticket.invalid_transition': {
    'zh-CN': '工单不能从「{from}」变为「{to}」',
    en: 'A ticket cannot go from "{from}" to "{to}"',
  },
  'ticket.resolution_required': {
    'zh-CN': '解决工单前请填写处理结果',
    en: 'Describe the resolution before resolving the ticket',
  },
});

/** Sent to the account's owner when a complaint is filed (or a ticket becomes one). */
export const TICKET_COMPLAINT = defineNotificationKind('ticket.complaint', {
  'zh-CN': '客户「{account}」有新的投诉：{subject}',
  en: 'New complaint from {account}: {subject}',
});

/** Sent to the account's owner when a ticket is (or becomes) urgent. */
export const TICKET_URGENT = defineNotificationKind('ticket.urgent', {
  'zh-CN': '客户「{account}」有紧急工单：{subject}',
  en: 'Urgent ticket from {account}: {subject}',
});

/** Sent to a ticket's new owner when someone else assigns it to them. */
export const TICKET_ASSIGNED = defineNotificationKind('ticket.assigned', {
  'zh-CN': '工单「{subject}」已分配给你',
  en: 'Ticket "{subject}" was assigned to you',
});
