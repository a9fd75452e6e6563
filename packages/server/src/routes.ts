import type { FastifyPluginAsync } from 'fastify';
import { layoutRoutes } from './metadata/layouts/layout.routes.ts';
import { metadataRoutes } from './metadata/metadata.routes.ts';
import { apiKeyRoutes } from './platform/api-keys/api-key.routes.ts';
import { auditLogRoutes } from './platform/audit/audit-log.routes.ts';
import { authRoutes } from './platform/auth/auth.routes.ts';
import { businessCalendarRoutes } from './platform/business-calendar/business-calendar.routes.ts';
import { departmentRoutes } from './platform/departments/department.routes.ts';
import { fileRoutes } from './platform/files/file.routes.ts';
import { jobsRoutes } from './platform/jobs/jobs.routes.ts';
import { notificationRoutes } from './platform/notifications/notification.routes.ts';
import { peopleRoutes } from './platform/people/people.routes.ts';
import { permissionCatalogRoutes } from './platform/permissions/permission-catalog.routes.ts';
import { regionRoutes } from './platform/regions/region.routes.ts';
import { roleRoutes } from './platform/roles/roles.routes.ts';
import { settingsRoutes } from './platform/settings/settings.routes.ts';
import { systemRoutes } from './platform/system/system.routes.ts';
import { tagGroupRoutes } from './platform/tag-groups/tag-group.routes.ts';
import { userRoutes } from './platform/users/user.routes.ts';
import { exportRoutes } from './records/export/export.routes.ts';
import { recordsRoutes } from './records/records.routes.ts';
import { SALES_ROUTE_PLUGINS } from './sales/index.ts';
import { listViewsRoutes } from './views/list-views.routes.ts';

/** Every route plugin mounted under `/api/v1`. Add a feature's plugin here. */
export const API_ROUTE_PLUGINS: FastifyPluginAsync[] = [
  systemRoutes,
  authRoutes,
  roleRoutes,
  permissionCatalogRoutes,
  jobsRoutes,
  userRoutes,
  peopleRoutes,
  businessCalendarRoutes,
  departmentRoutes,
  auditLogRoutes,
  settingsRoutes,
  apiKeyRoutes,
  regionRoutes,
  metadataRoutes,
  layoutRoutes,
  recordsRoutes,
  exportRoutes,
  listViewsRoutes,
  tagGroupRoutes,
  fileRoutes,
  notificationRoutes,
  ...SALES_ROUTE_PLUGINS,
];
