import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isBuiltInRole, isShippedRoleText } from '../utils/built-in-role-text.ts';

/** Display name of a role: built-in roles speak the UI language unless an administrator renamed them. */
export function useRoleName() {
  const { t } = useTranslation();
  return useCallback(
    (role: { key: string | null; name: string }) =>
      isBuiltInRole(role.key) && isShippedRoleText(role.name, `builtInRoles.${role.key}.name`)
        ? t(`builtInRoles.${role.key}.name`)
        : role.name,
    [t],
  );
}
