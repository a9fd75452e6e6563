import { defineMessages } from '../../platform/i18n.ts';
import { defineNotificationKind } from '../../platform/notifications/notification-kinds.ts';

defineMessages({
  'followUp.link_required': {
    'zh-CN': '跟进记录至少要关联线索、客户、联系人或商机之一',
    en: 'A follow-up must be linked to a lead, account, contact or opportunity',
  },
});

/** Sent to a follow-up's owner when its next follow-up time has come. */
export const FOLLOW_UP_DUE = defineNotificationKind('followUp.due', {
  'zh-CN': '跟进提醒：{title}',
  en: 'Time to follow up: {title}',
});
