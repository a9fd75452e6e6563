import { isLocale } from '@lodestar/shared';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Labels } from '../api/objects.api.ts';

/** Picks the text of a `{zh-CN, en}` label in the UI language. */
export function useFieldLabel() {
  const { i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : 'zh-CN';
  return useCallback(
    (label: Labels | null | undefined) => (label ? (label[locale] ?? label['zh-CN']) : ''),
    [locale],
  );
}
