import { defineMessages } from '../../platform/i18n.ts';
import { defineNotificationKind } from '../../platform/notifications/notification-kinds.ts';

/** Messages of lead pools. */
export const LEAD_POOL_MESSAGES = defineMessages({
  'leadPool.not_found': { 'zh-CN': '线索池不存在', en: 'The lead pool does not exist' },
  'leadPool.name_taken': { 'zh-CN': '已有同名的线索池', en: 'A pool with this name already exists' },
  'leadPool.not_member': {
    'zh-CN': '你不是该线索池的成员',
    en: 'You are not a member of this pool',
  },
  'leadPool.not_manager': {
    'zh-CN': '只有线索池管理员可以分配池中线索',
    en: 'Only the pool’s managers may assign its leads',
  },
  'leadPool.not_in_pool': {
    'zh-CN': '线索「{name}」已不在该线索池中（可能刚被他人领取）',
    en: 'Lead "{name}" is no longer in this pool (someone may have just claimed it)',
  },
  'leadPool.daily_limit': {
    'zh-CN': '今日领取已达上限（每天 {limit} 条，已领取 {claimed} 条）',
    en: 'Daily claim limit reached ({limit} a day, {claimed} claimed today)',
  },
  'leadPool.owned_limit': {
    'zh-CN': '持有的未结线索已达上限（{limit} 条，当前 {owned} 条）',
    en: 'You already own the maximum of open leads ({limit}; you own {owned})',
  },
  'leadPool.cooldown': {
    'zh-CN': '线索「{name}」是你最近失去的，{until} 之后才能再次领取',
    en: 'You lost lead "{name}" recently and may claim it again after {until}',
  },
  'leadPool.already_pooled': { 'zh-CN': '该线索已在线索池中', en: 'This lead is already in a pool' },
  'leadPool.converted': {
    'zh-CN': '已转化的线索不能退回线索池',
    en: 'A converted lead cannot go back to a pool',
  },
  'leadPool.no_pool': {
    'zh-CN': '没有可退回的线索池，请选择一个线索池',
    en: 'There is no pool to return this lead to; choose one',
  },
  'leadPool.inactive_user': {
    'zh-CN': '不能分配给已停用的用户',
    en: 'Leads cannot be assigned to a disabled user',
  },
  'leadPool.unknown_user': { 'zh-CN': '用户 {id} 不存在', en: 'User {id} does not exist' },
  'leadPool.unknown_department': { 'zh-CN': '部门 {id} 不存在', en: 'Department {id} does not exist' },
  'leadPool.invalid_condition': { 'zh-CN': '回收条件有误', en: 'The recycle condition is invalid' },
});

/** Sent to owners whose leads were recycled into a pool. */
export const LEADS_RECYCLED = defineNotificationKind('leadPool.recycled', {
  'zh-CN': '你的 {count} 条线索已被回收到「{pool}」',
  en: '{count} of your leads were recycled into "{pool}"',
});

/** Sent to owners whose leads will be recycled soon. */
export const LEADS_RECYCLE_SOON = defineNotificationKind('leadPool.recycleSoon', {
  'zh-CN': '你的 {count} 条线索将在 {days} 天内被回收到「{pool}」，请及时跟进',
  en: '{count} of your leads will be recycled into "{pool}" within {days} days unless followed up',
});

/** Sent to a rep a manager assigned pooled leads to. */
export const POOLED_LEADS_ASSIGNED = defineNotificationKind('leadPool.assigned', {
  'zh-CN': '{actor} 从「{pool}」分配了 {count} 条线索给你',
  en: '{actor} assigned you {count} leads from "{pool}"',
});
