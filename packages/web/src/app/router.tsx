import { createBrowserRouter, type RouteObject } from 'react-router-dom';
import { ComingSoonPage } from '../pages/ComingSoonPage.tsx';
import { HomePage } from '../pages/HomePage.tsx';
import { LoginPage } from '../pages/LoginPage.tsx';
import { NotFoundPage } from '../pages/NotFoundPage.tsx';
import { FullPageSpin } from '../ui/FullPageSpin.tsx';
import { AppLayout } from './AppLayout.tsx';
import type { SettingsPage, UpcomingArea } from './navigation.tsx';
import { RequireSettingsPage } from './RequireSettingsPage.tsx';
import { SettingsIndex } from './SettingsIndex.tsx';

const UPCOMING: Array<[path: string, area: UpcomingArea]> = [
  ['leads', 'leads'],
  ['customers', 'customers'],
  ['opportunities', 'opportunities'],
  ['contracts', 'contracts'],
  ['payments', 'payments'],
  ['reports', 'reports'],
];

/** A settings page, loaded on first visit and shown only with the permission it needs. */
function settingsRoute(
  path: string,
  page: SettingsPage['page'],
  load: () => Promise<React.ComponentType>,
): RouteObject {
  return {
    path,
    lazy: async () => {
      const Page = await load();
      return {
        element: (
          <RequireSettingsPage page={page}>
            <Page />
          </RequireSettingsPage>
        ),
      };
    },
  };
}

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    path: '/',
    element: <AppLayout />,
    hydrateFallbackElement: <FullPageSpin />,
    children: [
      { index: true, element: <HomePage /> },
      ...UPCOMING.map(([path, area]) => ({ path, element: <ComingSoonPage area={area} /> })),
      { path: 'settings', element: <SettingsIndex /> },
      settingsRoute(
        'settings/users',
        'users',
        async () => (await import('../pages/settings/UsersPage.tsx')).UsersPage,
      ),
      settingsRoute(
        'settings/departments',
        'departments',
        async () => (await import('../pages/settings/DepartmentsPage.tsx')).DepartmentsPage,
      ),
      settingsRoute(
        'settings/roles',
        'roles',
        async () => (await import('../pages/settings/RolesPage.tsx')).RolesPage,
      ),
      settingsRoute(
        'settings/roles/:roleId',
        'roles',
        async () => (await import('../pages/settings/RoleDetailPage.tsx')).RoleDetailPage,
      ),
      settingsRoute(
        'settings/api-keys',
        'apiKeys',
        async () => (await import('../pages/settings/ApiKeysPage.tsx')).ApiKeysPage,
      ),
      settingsRoute(
        'settings/audit-log',
        'auditLog',
        async () => (await import('../pages/settings/AuditLogPage.tsx')).AuditLogPage,
      ),
      settingsRoute(
        'settings/company',
        'company',
        async () => (await import('../pages/settings/CompanySettingsPage.tsx')).CompanySettingsPage,
      ),
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
