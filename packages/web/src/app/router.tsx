import { createBrowserRouter, Navigate, type RouteObject } from 'react-router-dom';
import { HomePage } from '../pages/HomePage.tsx';
import { LoginPage } from '../pages/LoginPage.tsx';
import { NotFoundPage } from '../pages/NotFoundPage.tsx';
import { FullPageSpin } from '../ui/FullPageSpin.tsx';
import { AppLayout } from './AppLayout.tsx';
import type { SettingsPage } from './navigation.tsx';
import { RequireSettingsPage } from './RequireSettingsPage.tsx';
import { SettingsIndex } from './SettingsIndex.tsx';

/** Earlier addresses of the areas that are now generated record pages. */
const MOVED: Array<[path: string, to: string]> = [
  ['leads', '/o/lead'],
  ['customers', '/o/account'],
  ['opportunities', '/o/opportunity'],
  ['contracts', '/o/contract'],
  ['payments', '/o/payment'],
  ['reports', '/reports/funnel'],
];

/** A record page of any object, loaded on first visit. */
function recordRoute(path: string, load: () => Promise<React.ComponentType>): RouteObject {
  return {
    path,
    lazy: async () => {
      const Page = await load();
      return { element: <Page /> };
    },
  };
}

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
      ...MOVED.map(([path, to]) => ({ path, element: <Navigate to={to} replace /> })),
      recordRoute('reports/funnel', async () => (await import('../pages/reports/FunnelPage.tsx')).FunnelPage),
      recordRoute(
        'reports/forecast',
        async () => (await import('../pages/reports/ForecastPage.tsx')).ForecastPage,
      ),
      recordRoute(
        'reports/lead-response',
        async () => (await import('../pages/reports/LeadResponsePage.tsx')).LeadResponsePage,
      ),
      recordRoute(
        'o/:object',
        async () => (await import('../pages/records/RecordListPage.tsx')).RecordListPage,
      ),
      recordRoute(
        'o/:object/new',
        async () => (await import('../pages/records/RecordFormPage.tsx')).RecordFormPage,
      ),
      recordRoute('o/:object/:id', async () => (await import('../pages/records/RecordPage.tsx')).RecordPage),
      recordRoute(
        'o/:object/:id/edit',
        async () => (await import('../pages/records/RecordFormPage.tsx')).RecordFormPage,
      ),
      {
        path: 'tasks',
        lazy: async () => {
          const { TasksPage } = await import('../pages/TasksPage.tsx');
          return { element: <TasksPage /> };
        },
      },
      recordRoute(
        'follow-ups/stale',
        async () => (await import('../pages/StaleRecordsPage.tsx')).StaleRecordsPage,
      ),
      {
        path: 'lead-pools',
        lazy: async () => {
          const { LeadPoolsPage } = await import('../pages/LeadPoolsPage.tsx');
          return { element: <LeadPoolsPage /> };
        },
      },
      {
        path: 'notifications',
        lazy: async () => {
          const { NotificationsPage } = await import('../pages/NotificationsPage.tsx');
          return { element: <NotificationsPage /> };
        },
      },
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
        'settings/objects',
        'objects',
        async () => (await import('../pages/settings/ObjectsPage.tsx')).ObjectsPage,
      ),
      settingsRoute(
        'settings/objects/:object',
        'objects',
        async () => (await import('../pages/settings/ObjectDesignerPage.tsx')).ObjectDesignerPage,
      ),
      settingsRoute(
        'settings/tags',
        'tagGroups',
        async () => (await import('../pages/settings/TagGroupsPage.tsx')).TagGroupsPage,
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
      settingsRoute(
        'settings/pipelines',
        'pipelines',
        async () => (await import('../pages/settings/PipelinesPage.tsx')).PipelinesPage,
      ),
      settingsRoute(
        'settings/quotes',
        'quotes',
        async () => (await import('../pages/settings/QuoteSettingsPage.tsx')).QuoteSettingsPage,
      ),
      settingsRoute(
        'settings/follow-ups',
        'followUps',
        async () => (await import('../pages/settings/FollowUpRulesPage.tsx')).FollowUpRulesPage,
      ),
      settingsRoute(
        'settings/business-calendar',
        'businessCalendar',
        async () => (await import('../pages/settings/BusinessCalendarPage.tsx')).BusinessCalendarPage,
      ),
      settingsRoute(
        'settings/lead-forms',
        'leadForms',
        async () => (await import('../pages/settings/LeadFormsPage.tsx')).LeadFormsPage,
      ),
      settingsRoute(
        'settings/lead-forms/:formId',
        'leadForms',
        async () => (await import('../pages/settings/LeadFormEditPage.tsx')).LeadFormEditPage,
      ),
      settingsRoute(
        'settings/lead-assignment',
        'leadAssignment',
        async () => (await import('../pages/settings/LeadAssignmentPage.tsx')).LeadAssignmentPage,
      ),
      settingsRoute(
        'settings/nurturing',
        'nurturing',
        async () => (await import('../pages/settings/NurturingSettingsPage.tsx')).NurturingSettingsPage,
      ),
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
