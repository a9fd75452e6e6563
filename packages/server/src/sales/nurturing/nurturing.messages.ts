import { defineMessages } from '../../platform/i18n.ts';
import { defineNotificationKind } from '../../platform/notifications/notification-kinds.ts';

/** Messages of nurturing: sequences, enrolments, handing leads back. */
export const NURTURING_MESSAGES = defineMessages({
  'nurturing.sequence_not_found': { 'zh-CN': '培育序列不存在', en: 'The nurture sequence does not exist' },
  'nurturing.name_taken': { 'zh-CN': '已有同名的培育序列', en: 'A sequence with this name already exists' },
  'nurturing.unknown_template': { 'zh-CN': '邮件模板 {id} 不存在', en: 'Email template {id} does not exist' },
  'nurturing.unknown_pool': { 'zh-CN': '线索池 {id} 不存在', en: 'Lead pool {id} does not exist' },
  'nurturing.unknown_rule_set': { 'zh-CN': '分配规则集 {id} 不存在', en: 'Rule set {id} does not exist' },
  'nurturing.pool_taken': {
    'zh-CN': '序列「{name}」已在自动培育进入该线索池的线索',
    en: 'Sequence "{name}" already enrols the leads entering this pool',
  },
  'nurturing.inactive': {
    'zh-CN': '该培育序列已停用，不能加入线索',
    en: 'This sequence is switched off; no leads can be enrolled',
  },
  'nurturing.no_steps': { 'zh-CN': '该培育序列还没有步骤', en: 'This sequence has no steps yet' },
  'nurturing.not_pool_manager': {
    'zh-CN': '只有线索所在线索池的管理员可以将其加入培育',
    en: 'Only the managers of the lead’s pool may enrol it',
  },
  'nurturing.not_pooled': {
    'zh-CN': '线索「{name}」不在线索池中，只有池中的线索可以培育',
    en: 'Lead "{name}" is not in a pool; only pooled leads are nurtured',
  },
  'nurturing.not_nurtured': {
    'zh-CN': '该线索不在线索池中，也没有在培育',
    en: 'This lead is neither in a pool nor being nurtured',
  },
  'nurturing.not_enrolled': { 'zh-CN': '该线索当前没有在培育', en: 'This lead is not being nurtured' },
  'nurturing.task_subject': {
    'zh-CN': '跟进重新活跃的线索：{name}',
    en: 'Follow up re-engaged lead: {name}',
  },
});

/** Sent to the rep a nurtured lead was handed back to after it submitted a form again. */
export const NURTURED_LEAD_RESUBMITTED = defineNotificationKind('nurturing.resubmitted', {
  'zh-CN': '培育中的线索「{name}」再次提交了表单，已交给你跟进',
  en: 'Nurtured lead "{name}" submitted a form again and is yours to follow up',
});

/** Sent to the rep a nurtured lead was handed back to after someone marked it engaged. */
export const NURTURED_LEAD_ENGAGED = defineNotificationKind('nurturing.engaged', {
  'zh-CN': '培育中的线索「{name}」有了意向，已交给你跟进',
  en: 'Nurtured lead "{name}" is engaged and yours to follow up',
});

/** Sent to a pool's managers when an engaged lead found no rep to take it. */
export const NURTURED_LEAD_WAITING = defineNotificationKind('nurturing.waiting', {
  'zh-CN': '线索「{name}」重新活跃，但没有可接手的销售，仍在「{pool}」中等待分配',
  en: 'Lead "{name}" re-engaged but no rep could take it; it waits in "{pool}" to be assigned',
});
