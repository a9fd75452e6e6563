import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** The translated name of an object (线索 / Lead); an unknown (custom) object shows its own name. */
export function useObjectLabel() {
  const { t } = useTranslation();
  return useCallback((name: string) => t(`objects.${name}` as 'objects.lead', { defaultValue: name }), [t]);
}
