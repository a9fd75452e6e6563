import type { FastifyPluginAsync } from 'fastify';
import { metadataRoutes } from './metadata/metadata.routes.ts';
import { apiKeyRoutes } from './platform/api-keys/api-key.routes.ts';
import { auditLogRoutes } from './platform/audit/audit-log.routes.ts';
import { authRoutes } from './platform/auth/auth.routes.ts';
import { departmentRoutes } from './platform/departments/department.routes.ts';
import { jobsRoutes } from './platform/jobs/jobs.routes.ts';
import { permissionCatalogRoutes } from './platform/permissions/permission-catalog.routes.ts';
import { regionRoutes } from './platform/regions/region.routes.ts';
import { roleRoutes } from './platform/roles/roles.routes.ts';
import { settingsRoutes } from './platform/settings/settings.routes.ts';
import { systemRoutes } from './platform/system/system.routes.ts';
import { userRoutes } from './platform/users/user.routes.ts';
import { recordsRoutes } from './records/records.routes.ts';

/** Every route plugin mounted under `/api/v1`. Add a feature's plugin here. */
export const API_ROUTE_PLUGINS: FastifyPluginAsync[] = [
  systemRoutes,
  authRoutes,
  roleRoutes,
  permissionCatalogRoutes,
  jobsRoutes,
  userRoutes,
  departmentRoutes,
  auditLogRoutes,
  settingsRoutes,
  apiKeyRoutes,
  regionRoutes,
  metadataRoutes,
  recordsRoutes,
];
