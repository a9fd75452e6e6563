import { defineNotificationKind } from '../../platform/notifications/notification-kinds.ts';

/** Sent to the owner's manager when a lead was not followed up within the first-response target. */
export const LEAD_RESPONSE_BREACHED = defineNotificationKind('lead.responseBreached', {
  'zh-CN': '线索「{name}」超过 {minutes:duration}未跟进（负责人：{owner}）',
  en: 'Lead “{name}” was not followed up within {minutes:duration} (owner: {owner})',
});

/** Sent to the owner when their lead's first-response target was missed. */
export const LEAD_RESPONSE_MISSED = defineNotificationKind('lead.responseMissed', {
  'zh-CN': '线索「{name}」已超过首次响应时限，请尽快跟进',
  en: 'Lead “{name}” is past its first-response target: follow it up now',
});

/** Sent to the owner's manager when a lead missed the target and was reassigned by its rule set. */
export const LEAD_RESPONSE_BREACHED_REASSIGNED = defineNotificationKind('lead.responseBreachedReassigned', {
  'zh-CN': '线索「{name}」超过 {minutes:duration}未跟进（负责人：{owner}），已改派给 {to}',
  en: 'Lead “{name}” was not followed up within {minutes:duration} (owner: {owner}) and was reassigned to {to}',
});

/** Sent to the owner whose lead was reassigned because they missed its first-response target. */
export const LEAD_RESPONSE_TAKEN_AWAY = defineNotificationKind('lead.responseReassignedAway', {
  'zh-CN': '线索「{name}」超过首次响应时限未跟进，已改派给 {to}',
  en: 'Lead “{name}” passed its first-response target without a follow-up and was reassigned to {to}',
});
