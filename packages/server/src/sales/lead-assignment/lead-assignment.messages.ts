import { defineMessages } from '../../platform/i18n.ts';
import { defineNotificationKind } from '../../platform/notifications/notification-kinds.ts';

/** Messages of lead assignment. */
export const LEAD_ASSIGNMENT_MESSAGES = defineMessages({
  'leadAssignment.task_subject': {
    'zh-CN': '跟进新线索：{name}',
    en: 'Follow up new lead: {name}',
  },
  'leadAssignment.rule_set_not_found': {
    'zh-CN': '分配规则集不存在',
    en: 'The assignment rule set does not exist',
  },
  'leadAssignment.name_taken': {
    'zh-CN': '已有同名的分配规则集',
    en: 'A rule set with this name already exists',
  },
  'leadAssignment.user_required': {
    'zh-CN': '“指定人员”策略需要选择一名用户',
    en: 'The “specific user” strategy needs a user',
  },
  'leadAssignment.people_required': {
    'zh-CN': '该策略需要成员名单或一个团队',
    en: 'This strategy needs a list of people or a team',
  },
  'leadAssignment.pool_required': {
    'zh-CN': '“放入线索池”策略需要选择线索池',
    en: 'The “to a pool” strategy needs a pool',
  },
  'leadAssignment.unknown_user': {
    'zh-CN': '用户 {id} 不存在',
    en: 'User {id} does not exist',
  },
  'leadAssignment.unknown_department': {
    'zh-CN': '部门 {id} 不存在',
    en: 'Department {id} does not exist',
  },
  'leadAssignment.unknown_pool': {
    'zh-CN': '线索池 {id} 不存在',
    en: 'Pool {id} does not exist',
  },
  'leadAssignment.duplicate_member': {
    'zh-CN': '成员 {id} 重复',
    en: 'Person {id} is listed twice',
  },
  'leadAssignment.invalid_condition': {
    'zh-CN': '规则条件有误',
    en: 'A rule condition is invalid',
  },
  'leadAssignment.user_not_found': {
    'zh-CN': '用户不存在',
    en: 'The user does not exist',
  },
});

/** Sent to the owner a rule assigned a lead to. */
export const LEAD_ASSIGNED = defineNotificationKind('lead.assigned', {
  'zh-CN': '新线索「{name}」已分配给你（规则：{rule}）',
  en: 'New lead "{name}" was assigned to you (rule: {rule})',
});

/** Sent to the person a lead was reassigned to because its owner missed the first-response target. */
export const LEAD_REASSIGNED_AFTER_BREACH = defineNotificationKind('lead.reassignedAfterBreach', {
  'zh-CN': '线索「{name}」超时未跟进，已按规则「{rule}」改派给你，请尽快跟进',
  en: 'Lead "{name}" was not followed up in time and was reassigned to you (rule: {rule}): follow it up now',
});
