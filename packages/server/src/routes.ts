import type { FastifyPluginAsync } from 'fastify';
import { authRoutes } from './platform/auth/auth.routes.ts';
import { systemRoutes } from './platform/system/system.routes.ts';

/** Every route plugin mounted under `/api/v1`. Add a feature's plugin here. */
export const API_ROUTE_PLUGINS: FastifyPluginAsync[] = [systemRoutes, authRoutes];
