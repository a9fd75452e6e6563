import { Layout, Menu, type MenuProps } from 'antd';
import { Suspense, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { ApiError } from '../api/client.ts';
import { applyLocale } from '../i18n/index.ts';
import { objectIcon } from '../modules/designer/utils/object-icons.tsx';
import { NotificationBell } from '../modules/notifications/components/NotificationBell.tsx';
import { useFieldLabel } from '../modules/records/hooks/useFieldLabel.ts';
import { useObjects } from '../modules/records/hooks/useObjects.ts';
import { LanguageSwitch } from '../modules/session/components/LanguageSwitch.tsx';
import { UserMenu } from '../modules/session/components/UserMenu.tsx';
import { useCan } from '../modules/session/hooks/useCan.ts';
import { useMe } from '../modules/session/hooks/useMe.ts';
import { hasSessionHint, setSessionHint } from '../modules/session/utils/session-hint.ts';
import { CompanyName } from '../modules/settings/components/CompanyName.tsx';
import { LoginPage } from '../pages/LoginPage.tsx';
import { BrandMark } from '../ui/BrandMark.tsx';
import { FullPageSpin } from '../ui/FullPageSpin.tsx';
import { PageSpin } from '../ui/PageSpin.tsx';
import { QueryError } from '../ui/QueryError.tsx';
import {
  AREA_GROUPS,
  allowedAreas,
  allowedSettingsPages,
  groupKey,
  groupKeyOf,
  MORE_ICON,
  MORE_KEY,
  SETTINGS_ICON,
} from './navigation.tsx';

const SETTINGS_KEY = '/settings';

/** The signed-in shell: side menu of CRM areas, header with language and user menu, the page. */
export function AppLayout() {
  const { t } = useTranslation();
  const me = useMe();
  const can = useCan();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [collapsed, setCollapsed] = useState(false);
  const [openKeys, setOpenKeys] = useState<string[]>(() =>
    pathname.startsWith(SETTINGS_KEY) ? [SETTINGS_KEY] : [groupKeyOf(pathname) ?? groupKey('sales')],
  );

  // The user's own language wins over the browser's remembered one, once per signed-in user.
  const userId = me.data?.id;
  const userLocale = me.data?.locale;
  // biome-ignore lint/correctness/useExhaustiveDependencies: apply on sign-in, not on every locale change
  useEffect(() => {
    if (userLocale) void applyLocale(userLocale);
    if (userId) setSessionHint(true);
  }, [userId]);

  // Arriving on a page opens its group, so the current page always shows in the menu.
  useEffect(() => {
    const key = pathname.startsWith(SETTINGS_KEY) ? SETTINGS_KEY : groupKeyOf(pathname);
    if (key) setOpenKeys((keys) => (keys.includes(key) ? keys : [...keys, key]));
  }, [pathname]);

  const settingsPages = useMemo(() => allowedSettingsPages(can), [can]);
  const areas = useMemo(() => allowedAreas(can), [can]);
  const objects = useObjects({ enabled: Boolean(me.data) });
  const fieldLabel = useFieldLabel();
  // Custom objects the viewer may read, under "More"; the metadata is only asked for once signed in.
  const customObjects = useMemo(
    () => (objects.data ?? []).filter((object) => object.isCustom && can(object.apiName, 'read')),
    [objects.data, can],
  );

  // Arriving on a custom object's page opens the "More" group, so the current object shows in the menu.
  useEffect(() => {
    const onCustomObject = customObjects.some(
      (object) => pathname === `/o/${object.apiName}` || pathname.startsWith(`/o/${object.apiName}/`),
    );
    if (onCustomObject) setOpenKeys((keys) => (keys.includes(MORE_KEY) ? keys : [...keys, MORE_KEY]));
  }, [customObjects, pathname]);

  const items = useMemo<MenuProps['items']>(() => {
    const allowed = new Set(areas);
    const areaItems = AREA_GROUPS.flatMap(
      ({ group, icon, areas: grouped }): NonNullable<MenuProps['items']> => {
        const children = grouped
          .filter((area) => allowed.has(area))
          .map((area) => ({ key: area.path, icon: area.icon, label: t(`areas.${area.area}.menu`) }));
        if (children.length === 0) return [];
        if (group === null) return children;
        return [{ key: groupKey(group), icon, label: t(`nav.groups.${group}`), children }];
      },
    );
    const more = customObjects.length
      ? [
          {
            key: MORE_KEY,
            icon: MORE_ICON,
            label: t('nav.more'),
            children: customObjects.map((object) => ({
              key: `/o/${object.apiName}`,
              icon: objectIcon(object.icon),
              label: fieldLabel(object.pluralLabel),
            })),
          },
        ]
      : [];
    if (settingsPages.length === 0) return [...areaItems, ...more];
    return [
      ...areaItems,
      ...more,
      {
        key: SETTINGS_KEY,
        icon: SETTINGS_ICON,
        label: t('settings.menu'),
        children: settingsPages.map((page) => ({
          key: page.path,
          icon: page.icon,
          label: t(`settings.pages.${page.page}.menu`),
        })),
      },
    ];
  }, [t, areas, settingsPages, customObjects, fieldLabel]);

  const selectedKey = useMemo(() => {
    const keys = [
      ...areas.map((area) => area.path),
      ...settingsPages.map((page) => page.path),
      ...customObjects.map((object) => `/o/${object.apiName}`),
    ];
    return keys
      .filter((key) => (key === '/' ? pathname === '/' : pathname === key || pathname.startsWith(`${key}/`)))
      .sort((a, b) => b.length - a.length)[0];
  }, [pathname, areas, settingsPages, customObjects]);

  // Probably signed out: show the sign-in form at once rather than a spinner while /me answers.
  if (me.isPending && !hasSessionHint()) return <LoginPage />;
  if (me.isPending) return <FullPageSpin />;
  if (me.isError) {
    // A 401 is already on its way to the sign-in page.
    if (me.error instanceof ApiError && me.error.status === 401) return <FullPageSpin />;
    return <QueryError error={me.error} onRetry={() => void me.refetch()} />;
  }

  return (
    <Layout className="app-shell">
      <Layout.Sider
        width={232}
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        breakpoint="lg"
        className="app-sider"
        // The menu stays in view while long pages scroll.
        style={{ position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }}
        theme="dark"
      >
        <button type="button" className="app-brand" onClick={() => navigate('/')} aria-label={t('app.home')}>
          <BrandMark size={30} />
          {!collapsed && <span className="app-brand__name">{t('app.name')}</span>}
        </button>
        <Menu
          theme="dark"
          mode="inline"
          inlineIndent={18}
          items={items}
          selectedKeys={selectedKey ? [selectedKey] : []}
          openKeys={collapsed ? undefined : openKeys}
          onOpenChange={setOpenKeys}
          onClick={({ key }) => navigate(key)}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header className="app-header">
          <CompanyName />
          <div className="app-header__actions">
            <NotificationBell />
            <LanguageSwitch />
            <UserMenu />
          </div>
        </Layout.Header>
        <Layout.Content className="app-content">
          <Suspense fallback={<PageSpin />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
