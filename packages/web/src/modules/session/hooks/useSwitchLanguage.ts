import type { Locale } from '@lodestar/shared';
import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { applyLocale } from '../../../i18n/index.ts';
import { ME_QUERY_KEY, type Me } from '../api/session.api.ts';
import { useUpdateProfile } from './useUpdateProfile.ts';

/**
 * Switches the UI language at once; when signed in, also remembers it on the user (`PATCH /me`), so the
 * next sign-in — on any browser — starts in it.
 */
export function useSwitchLanguage() {
  const queryClient = useQueryClient();
  const updateProfile = useUpdateProfile();
  const { message } = App.useApp();
  const { t } = useTranslation();
  const { mutate } = updateProfile;
  return useCallback(
    async (locale: Locale) => {
      await applyLocale(locale);
      const me = queryClient.getQueryData<Me>(ME_QUERY_KEY);
      if (me && me.locale !== locale) {
        mutate({ locale }, { onError: () => message.warning(t('language.notRemembered')) });
      }
    },
    [queryClient, mutate, message, t],
  );
}
