import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider, theme } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router-dom';
import { ApiError } from '../api/client.ts';
import { router } from './router.tsx';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // Client errors (403, 404, 422…) will not change on retry; network hiccups might.
      retry: (failures, error) =>
        failures < 2 && (!(error instanceof ApiError) || error.status === 0 || error.status >= 500),
    },
  },
});

const BRAND_BLUE = '#1d4ed8';
const SIDER_NAVY = '#0b1736';

/** Providers around the app: data cache, Ant Design in the UI language and theme, the router. */
export function App() {
  const { t, i18n } = useTranslation();
  useEffect(() => {
    document.title = t('app.name');
  }, [t]);
  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider
        locale={i18n.language === 'en' ? enUS : zhCN}
        theme={{
          algorithm: theme.defaultAlgorithm,
          token: {
            colorPrimary: BRAND_BLUE,
            colorInfo: BRAND_BLUE,
            borderRadius: 6,
            fontFamily:
              "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'Helvetica Neue', Arial, sans-serif",
            colorBgLayout: '#f4f6fa',
          },
          components: {
            Layout: {
              siderBg: SIDER_NAVY,
              triggerBg: '#13204a',
              headerBg: '#ffffff',
              headerPadding: '0 24px',
            },
            Menu: {
              itemHeight: 38,
              itemMarginBlock: 2,
              darkItemBg: SIDER_NAVY,
              darkSubMenuItemBg: '#081129',
              darkItemSelectedBg: BRAND_BLUE,
            },
            Table: { headerBg: '#f7f8fb' },
          },
        }}
      >
        <AntApp>
          <RouterProvider router={router} />
        </AntApp>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
