import { defineMessages } from '../i18n.ts';

/** Error codes of the users API (also used by the own-profile routes). */
export const USER_MESSAGES = defineMessages({
  'user.email_taken': { 'zh-CN': '该邮箱已被使用', en: 'This email is already in use' },
  'user.username_taken': { 'zh-CN': '该用户名已被使用', en: 'This username is already taken' },
  'user.department_not_found': { 'zh-CN': '部门不存在', en: 'The department does not exist' },
  'user.manager_not_found': { 'zh-CN': '直属上级不存在', en: 'The manager does not exist' },
  'user.manager_self': { 'zh-CN': '不能把用户设为自己的上级', en: 'A user cannot be their own manager' },
  'user.manager_cycle': {
    'zh-CN': '上级关系不能形成循环',
    en: 'This manager would create a reporting cycle',
  },
  'user.role_not_found': { 'zh-CN': '角色不存在：{roleIds}', en: 'No such role: {roleIds}' },
  'user.last_admin': {
    'zh-CN': '不能停用最后一位系统管理员，也不能移除其管理员角色',
    en: 'The last active administrator cannot be disabled or lose the administrator role',
  },
  'user.admin_role_forbidden': {
    'zh-CN': '只有系统管理员可以授予或移除管理员角色',
    en: 'Only an administrator may grant or remove the administrator role',
  },
  'user.admin_target_forbidden': {
    'zh-CN': '只有系统管理员可以修改管理员账号',
    en: 'Only an administrator may change an administrator account',
  },
  'user.department_outside_scope': {
    'zh-CN': '无权把用户放入该部门',
    en: 'You may not place users in this department',
  },
  'user.outside_scope': { 'zh-CN': '无权修改该用户', en: 'You may not change this user' },
});
