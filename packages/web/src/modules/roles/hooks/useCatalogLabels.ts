import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogLabels, CatalogObject } from '../api/roles.api.ts';

/**
 * Display names for the objects and fields of the permission catalog: the translation when the product
 * knows the name, otherwise the label the catalog carries (custom objects and fields), otherwise the name.
 */
export function useCatalogLabels() {
  const { t, i18n } = useTranslation();
  const pick = useCallback(
    (labels: CatalogLabels | undefined, name: string) =>
      labels ? labels[i18n.language.startsWith('en') ? 'en' : 'zh-CN'] : name,
    [i18n.language],
  );
  const objectLabel = useCallback(
    (object: Pick<CatalogObject, 'name' | 'label'>) =>
      t(`objects.${object.name}` as 'objects.lead', { defaultValue: pick(object.label, object.name) }),
    [t, pick],
  );
  const fieldLabel = useCallback(
    (object: CatalogObject, field: CatalogObject['fields'][number]) =>
      t(`fields.${object.name}.${field.name}` as 'fields.user.name', {
        defaultValue: pick(field.label, field.name),
      }),
    [t, pick],
  );
  return { objectLabel, fieldLabel };
}
