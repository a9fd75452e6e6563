import {
  ApartmentOutlined,
  AppstoreAddOutlined,
  AuditOutlined,
  BankOutlined,
  BarChartOutlined,
  BlockOutlined,
  DashboardOutlined,
  FileProtectOutlined,
  FundOutlined,
  KeyOutlined,
  MoneyCollectOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  TagsOutlined,
  TeamOutlined,
  ThunderboltOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { Action } from '@lodestar/shared';
import type { ReactNode } from 'react';

/** The CRM areas of the side menu; `area` names their i18n texts. */
export const AREAS = [
  { path: '/', area: 'dashboard', icon: <DashboardOutlined /> },
  { path: '/o/lead', area: 'leads', icon: <ThunderboltOutlined /> },
  { path: '/o/account', area: 'customers', icon: <BankOutlined /> },
  { path: '/o/opportunity', area: 'opportunities', icon: <FundOutlined /> },
  { path: '/contracts', area: 'contracts', icon: <FileProtectOutlined /> },
  { path: '/payments', area: 'payments', icon: <MoneyCollectOutlined /> },
  { path: '/reports', area: 'reports', icon: <BarChartOutlined /> },
] as const;

export type AreaName = (typeof AREAS)[number]['area'];

/** Areas that later releases fill in; until then their page says what will be there. */
export type UpcomingArea = Exclude<AreaName, 'dashboard' | 'leads' | 'customers' | 'opportunities'>;

export const SETTINGS_ICON = <SettingOutlined />;

/** The menu group listing custom objects. */
export const MORE_KEY = '/more';
export const MORE_ICON = <AppstoreAddOutlined />;

export interface SettingsPage {
  path: string;
  page: 'users' | 'departments' | 'roles' | 'objects' | 'tagGroups' | 'apiKeys' | 'auditLog' | 'company';
  icon: ReactNode;
  /** The page is offered when the user holds any of these permissions. */
  anyOf: Array<[object: string, action: Action]>;
}

/**
 * Pages under Settings. Departments need a managing permission: every user may read the department tree
 * (to pick one in a form), which alone is no reason to show the settings area.
 */
export const SETTINGS_PAGES: SettingsPage[] = [
  { path: '/settings/users', page: 'users', icon: <UserOutlined />, anyOf: [['user', 'read']] },
  {
    path: '/settings/departments',
    page: 'departments',
    icon: <ApartmentOutlined />,
    anyOf: [
      ['department', 'create'],
      ['department', 'update'],
      ['department', 'delete'],
    ],
  },
  { path: '/settings/roles', page: 'roles', icon: <SafetyCertificateOutlined />, anyOf: [['role', 'read']] },
  { path: '/settings/objects', page: 'objects', icon: <BlockOutlined />, anyOf: [['setting', 'update']] },
  { path: '/settings/tags', page: 'tagGroups', icon: <TagsOutlined />, anyOf: [['setting', 'update']] },
  { path: '/settings/api-keys', page: 'apiKeys', icon: <KeyOutlined />, anyOf: [['apiKey', 'read']] },
  { path: '/settings/audit-log', page: 'auditLog', icon: <AuditOutlined />, anyOf: [['auditLog', 'read']] },
  { path: '/settings/company', page: 'company', icon: <TeamOutlined />, anyOf: [['setting', 'read']] },
];

/** The settings pages a user may open, given their `can`. */
export function allowedSettingsPages(can: (object: string, action: Action) => boolean): SettingsPage[] {
  return SETTINGS_PAGES.filter((page) => page.anyOf.some(([object, action]) => can(object, action)));
}
