import { defineMessages } from '../../platform/i18n.ts';
import { defineNotificationKind } from '../../platform/notifications/notification-kinds.ts';

/** Messages of handovers. */
export const HANDOVER_MESSAGES = defineMessages({
  'handover.same_user': {
    'zh-CN': '交接人和接收人不能是同一人',
    en: 'Records cannot be handed over to the same user',
  },
  'handover.inactive_user': {
    'zh-CN': '接收人已停用，不能接收交接',
    en: 'A disabled user cannot receive a handover',
  },
  'handover.unknown_object': {
    'zh-CN': '没有名为 {object} 的对象',
    en: 'There is no object named {object}',
  },
  'handover.not_allowed': {
    'zh-CN': '交接 {object} 需要对其拥有“全部”范围的分配权限',
    en: 'Handing over {object} records needs the assign permission with scope “all” on it',
  },
});

/** Sent to the user who receives a handover. */
export const HANDOVER_RECEIVED = defineNotificationKind('handover.received', {
  'zh-CN': '{fromName} 的 {count} 条记录已交接给你',
  en: '{count} records of {fromName} were handed over to you',
});
