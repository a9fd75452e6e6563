import { BUILT_IN_ROLES, type BuiltInRole } from '@lodestar/shared';
import { i18n } from '../../../i18n/index.ts';

export function isBuiltInRole(key: string | null): key is BuiltInRole {
  return key !== null && (BUILT_IN_ROLES as readonly string[]).includes(key);
}

/**
 * Whether a stored text is still the one shipped with a built-in role (in any language). Only then is it
 * replaced by its translation: a name an administrator typed is shown as typed.
 */
export function isShippedRoleText(
  stored: string | null,
  key: `builtInRoles.${BuiltInRole}.${'name' | 'description'}`,
): boolean {
  if (!stored) return false;
  return (['zh-CN', 'en'] as const).some((lng) => i18n.getFixedT(lng)(key) === stored);
}
