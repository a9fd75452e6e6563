import {
  AccountBookOutlined,
  ApartmentOutlined,
  AppstoreAddOutlined,
  AuditOutlined,
  BankOutlined,
  BarChartOutlined,
  BlockOutlined,
  CalendarOutlined,
  ContactsOutlined,
  CustomerServiceOutlined,
  DashboardOutlined,
  FieldTimeOutlined,
  FileDoneOutlined,
  FileProtectOutlined,
  FileTextOutlined,
  FormOutlined,
  FundOutlined,
  FunnelPlotOutlined,
  HistoryOutlined,
  InboxOutlined,
  KeyOutlined,
  LineChartOutlined,
  MailOutlined,
  MessageOutlined,
  MoneyCollectOutlined,
  NodeIndexOutlined,
  PartitionOutlined,
  ProfileOutlined,
  RiseOutlined,
  SafetyCertificateOutlined,
  ScheduleOutlined,
  SettingOutlined,
  ShoppingOutlined,
  TagsOutlined,
  TeamOutlined,
  ThunderboltOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { Action } from '@lodestar/shared';
import type { ReactNode } from 'react';

/** A CRM area of the side menu; `area` names its i18n texts (`areas.<area>.menu`, `.summary`). */
export interface Area {
  path: string;
  area: AreaName;
  icon: ReactNode;
  /** The object whose read permission the area needs; none: every signed-in user. */
  object?: string;
}

export type AreaName =
  | 'dashboard'
  | 'leads'
  | 'leadPools'
  | 'customers'
  | 'contacts'
  | 'opportunities'
  | 'quotes'
  | 'contracts'
  | 'paymentPlans'
  | 'payments'
  | 'tasks'
  | 'followUps'
  | 'staleRecords'
  | 'tickets'
  | 'products'
  | 'priceLists'
  | 'funnel'
  | 'forecast'
  | 'leadResponse';

export type AreaGroupName = 'sales' | 'deals' | 'service' | 'catalogue' | 'analytics';

/**
 * The groups of the side menu, in order, each a submenu; a group without a name shows its areas at the top
 * level. The sales group starts open, and the group of the current page opens by itself.
 */
export const AREA_GROUPS: Array<{ group: AreaGroupName | null; icon?: ReactNode; areas: Area[] }> = [
  { group: null, areas: [{ path: '/', area: 'dashboard', icon: <DashboardOutlined /> }] },
  {
    group: 'sales',
    icon: <RiseOutlined />,
    areas: [
      { path: '/o/lead', area: 'leads', icon: <ThunderboltOutlined />, object: 'lead' },
      { path: '/lead-pools', area: 'leadPools', icon: <InboxOutlined />, object: 'lead' },
      { path: '/o/account', area: 'customers', icon: <BankOutlined />, object: 'account' },
      { path: '/o/contact', area: 'contacts', icon: <ContactsOutlined />, object: 'contact' },
      { path: '/o/opportunity', area: 'opportunities', icon: <FundOutlined />, object: 'opportunity' },
    ],
  },
  {
    group: 'deals',
    icon: <FileDoneOutlined />,
    areas: [
      { path: '/o/quote', area: 'quotes', icon: <FileTextOutlined />, object: 'quote' },
      { path: '/o/contract', area: 'contracts', icon: <FileProtectOutlined />, object: 'contract' },
      { path: '/o/paymentPlan', area: 'paymentPlans', icon: <AccountBookOutlined />, object: 'paymentPlan' },
      { path: '/o/payment', area: 'payments', icon: <MoneyCollectOutlined />, object: 'payment' },
    ],
  },
  {
    group: 'service',
    icon: <CustomerServiceOutlined />,
    areas: [
      { path: '/tasks', area: 'tasks', icon: <CalendarOutlined />, object: 'task' },
      { path: '/o/followUp', area: 'followUps', icon: <MessageOutlined />, object: 'followUp' },
      { path: '/follow-ups/stale', area: 'staleRecords', icon: <HistoryOutlined />, object: 'followUp' },
      { path: '/o/ticket', area: 'tickets', icon: <CustomerServiceOutlined />, object: 'ticket' },
    ],
  },
  {
    group: 'catalogue',
    icon: <ShoppingOutlined />,
    areas: [
      { path: '/o/product', area: 'products', icon: <ShoppingOutlined />, object: 'product' },
      { path: '/o/priceList', area: 'priceLists', icon: <ProfileOutlined />, object: 'priceList' },
    ],
  },
  {
    group: 'analytics',
    icon: <BarChartOutlined />,
    areas: [
      { path: '/reports/funnel', area: 'funnel', icon: <FunnelPlotOutlined />, object: 'opportunity' },
      { path: '/reports/forecast', area: 'forecast', icon: <LineChartOutlined />, object: 'opportunity' },
      { path: '/reports/lead-response', area: 'leadResponse', icon: <FieldTimeOutlined />, object: 'lead' },
    ],
  },
];

/** The menu key of a group's submenu. */
export const groupKey = (group: AreaGroupName) => `group:${group}`;

/** The submenu key of the group holding the area at `pathname`, if any. */
export function groupKeyOf(pathname: string): string | undefined {
  for (const { group, areas } of AREA_GROUPS) {
    if (!group) continue;
    if (areas.some((area) => pathname === area.path || pathname.startsWith(`${area.path}/`)))
      return groupKey(group);
  }
  return undefined;
}

/** Every area, in menu order. */
export const AREAS: Area[] = AREA_GROUPS.flatMap((group) => group.areas);

/** The areas a user may open, given their `can`. */
export function allowedAreas(can: (object: string, action: Action) => boolean): Area[] {
  return AREAS.filter((area) => !area.object || can(area.object, 'read'));
}

export const SETTINGS_ICON = <SettingOutlined />;

/** The menu group listing custom objects. */
export const MORE_KEY = '/more';
export const MORE_ICON = <AppstoreAddOutlined />;

export interface SettingsPage {
  path: string;
  page:
    | 'users'
    | 'departments'
    | 'roles'
    | 'objects'
    | 'tagGroups'
    | 'apiKeys'
    | 'auditLog'
    | 'company'
    | 'pipelines'
    | 'quotes'
    | 'followUps'
    | 'businessCalendar'
    | 'leadForms'
    | 'leadAssignment'
    | 'nurturing';
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
  {
    path: '/settings/pipelines',
    page: 'pipelines',
    icon: <NodeIndexOutlined />,
    anyOf: [
      ['pipelineStage', 'update'],
      ['pipeline', 'create'],
    ],
  },
  { path: '/settings/quotes', page: 'quotes', icon: <FileTextOutlined />, anyOf: [['setting', 'update']] },
  {
    path: '/settings/follow-ups',
    page: 'followUps',
    icon: <FieldTimeOutlined />,
    anyOf: [['setting', 'update']],
  },
  {
    path: '/settings/business-calendar',
    page: 'businessCalendar',
    icon: <ScheduleOutlined />,
    anyOf: [['setting', 'update']],
  },
  { path: '/settings/lead-forms', page: 'leadForms', icon: <FormOutlined />, anyOf: [['setting', 'update']] },
  {
    path: '/settings/lead-assignment',
    page: 'leadAssignment',
    icon: <PartitionOutlined />,
    anyOf: [['setting', 'update']],
  },
  { path: '/settings/nurturing', page: 'nurturing', icon: <MailOutlined />, anyOf: [['setting', 'update']] },
];

/** The settings pages a user may open, given their `can`. */
export function allowedSettingsPages(can: (object: string, action: Action) => boolean): SettingsPage[] {
  return SETTINGS_PAGES.filter((page) => page.anyOf.some(([object, action]) => can(object, action)));
}
