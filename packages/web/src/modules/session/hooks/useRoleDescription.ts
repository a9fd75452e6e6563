import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isBuiltInRole, isShippedRoleText } from '../utils/built-in-role-text.ts';

/** Display description of a role, translated like its name while it is the shipped text. */
export function useRoleDescription() {
  const { t } = useTranslation();
  return useCallback(
    (role: { key: string | null; description: string | null }) =>
      isBuiltInRole(role.key) && isShippedRoleText(role.description, `builtInRoles.${role.key}.description`)
        ? t(`builtInRoles.${role.key}.description`)
        : (role.description ?? ''),
    [t],
  );
}
