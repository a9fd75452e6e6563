import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { notFound } from '../../errors.ts';
import { SIGNED_IN } from '../../http/access.ts';
import { loadRegionIndex } from './region-index.ts';
import './region.messages.ts';
import { presentRegionChild, presentRegionDetail } from './region.presenter.ts';
import {
  RegionChildList,
  RegionChildrenQuery,
  RegionCodeParams,
  RegionDetailSchema,
  RegionSearchQuery,
  RegionSearchResults,
} from './region.schemas.ts';

/** The data is bundled with the release, so clients and proxies may keep answers for a day. */
function cacheForADay(reply: FastifyReply) {
  reply.header('cache-control', 'public, max-age=86400');
}

const regionNotFound = (code: string) => notFound('region.not_found', { code });

/** China's administrative divisions (省/市/区, GB/T 2260 codes) for region pickers and region fields. */
export async function regionRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/regions',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags: ['regions'],
        summary: 'The provinces, or the children of the region given as `parent`',
        querystring: RegionChildrenQuery,
        response: { 200: RegionChildList },
      },
    },
    async (request, reply) => {
      const index = await loadRegionIndex();
      const parent = request.query.parent ?? null;
      const children = index.childrenOf(parent);
      if (!children) throw regionNotFound(parent ?? '');
      cacheForADay(reply);
      return { items: children.map((region) => presentRegionChild(index, region)) };
    },
  );

  app.get(
    '/regions/search',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags: ['regions'],
        summary: 'Regions whose Chinese name equals, starts with or contains `q`',
        querystring: RegionSearchQuery,
        response: { 200: RegionSearchResults },
      },
    },
    async (request, reply) => {
      const index = await loadRegionIndex();
      const matches = index.search(request.query.q, request.query.limit);
      cacheForADay(reply);
      return {
        items: matches.map(({ region }) => ({
          ...presentRegionDetail(index, region),
          hasChildren: index.hasChildren(region.code),
        })),
      };
    },
  );

  app.get(
    '/regions/:code',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags: ['regions'],
        summary: 'One region with its path from the province',
        params: RegionCodeParams,
        response: { 200: RegionDetailSchema },
      },
    },
    async (request, reply) => {
      const index = await loadRegionIndex();
      const region = index.findRegion(request.params.code);
      if (!region) throw regionNotFound(request.params.code);
      cacheForADay(reply);
      return presentRegionDetail(index, region);
    },
  );
}
