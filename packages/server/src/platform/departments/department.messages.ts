import { defineMessages } from '../i18n.ts';

/** Error codes of the departments API. */
export const DEPARTMENT_MESSAGES = defineMessages({
  'department.parent_not_found': { 'zh-CN': '上级部门不存在', en: 'The parent department does not exist' },
  'department.head_not_found': { 'zh-CN': '部门负责人不存在', en: 'The department head does not exist' },
  'department.cycle': {
    'zh-CN': '不能把部门移到它自己或它的下级部门之下',
    en: 'A department cannot be moved under itself or one of its sub-departments',
  },
  'department.not_empty': {
    'zh-CN': '该部门下还有 {children} 个子部门和 {users} 名用户，无法删除',
    en: 'The department still has {children} sub-departments and {users} users; it cannot be deleted',
  },
});
