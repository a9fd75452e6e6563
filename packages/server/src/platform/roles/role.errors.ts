import { AppError, conflict, notFound } from '../../errors.ts';
import { defineMessages } from '../i18n.ts';

defineMessages({
  'role.not_found': { 'zh-CN': '角色不存在', en: 'No such role' },
  'role.admin_immutable': {
    'zh-CN': '系统管理员角色拥有全部权限，不能修改其权限',
    en: 'The administrator role holds every permission; its permissions cannot be changed',
  },
  'role.built_in': {
    'zh-CN': '内置角色不能删除',
    en: 'Built-in roles cannot be deleted',
  },
  'role.in_use': {
    'zh-CN': '仍有 {count} 个用户拥有该角色，请先为他们移除该角色',
    en: '{count} user(s) still hold this role; remove it from them first',
  },
  'role.name_taken': { 'zh-CN': '已存在同名角色', en: 'A role with this name already exists' },
  'role.copy_source_missing': {
    'zh-CN': '要复制的角色不存在',
    en: 'The role to copy from does not exist',
  },
  'permission.unknown_object': {
    'zh-CN': '未知的对象：{object}',
    en: 'Unknown object: {object}',
  },
  'permission.unknown_field': {
    'zh-CN': '对象 {object} 没有字段 {field}',
    en: 'The object {object} has no field {field}',
  },
});

export const roleNotFound = () => notFound('role.not_found');

/** A 400 naming every object or field of a permission matrix that the catalog does not know. */
export function unknownMatrixEntries(
  entries: Array<{ field: string; code: string; params: Record<string, unknown> }>,
): AppError {
  return new AppError(400, 'common.validation_failed', {}, entries);
}

export const adminRoleImmutable = () => conflict('role.admin_immutable');
export const builtInRole = () => conflict('role.built_in');
export const roleInUse = (count: number) => conflict('role.in_use', { count });
