import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { can, viewerOf } from '../../http/access.ts';
import { recordContext } from '../../records/record-context.ts';
import { listPriceListPrices } from './price-list-prices.query.ts';
import {
  PriceListParams,
  PriceListPricesSchema,
  ReplacePriceListPricesBody,
} from './price-list-prices.schemas.ts';
import { replacePriceListPrices } from './replace-price-list-prices.command.ts';

/** The prices of products in a price list: read by everyone who reads price lists, replaced by their editors. */
export async function priceListPricesRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { database } = fastify.ctx;
  const tags = ['catalogue'];
  const contexts = async (request: FastifyRequest) => ({
    priceListContext: await recordContext(database, 'priceList', viewerOf(request)),
    productContext: await recordContext(database, 'product', viewerOf(request)),
  });

  app.get(
    '/price-lists/:id/prices',
    {
      config: { access: can('priceList', 'read') },
      schema: {
        tags,
        summary: 'The prices of the live products in a price list',
        params: PriceListParams,
        response: { 200: PriceListPricesSchema },
      },
    },
    async (request) => {
      const { priceListContext, productContext } = await contexts(request);
      return listPriceListPrices(database.db, priceListContext, productContext, request.params.id);
    },
  );

  app.put(
    '/price-lists/:id/prices',
    {
      config: { access: can('priceList', 'update') },
      schema: {
        tags,
        summary:
          'Replace every price of a price list (audited); unknown products are a 422 and change nothing',
        params: PriceListParams,
        body: ReplacePriceListPricesBody,
        response: { 200: PriceListPricesSchema },
      },
    },
    async (request) =>
      replacePriceListPrices({
        ...(await contexts(request)),
        priceListId: request.params.id,
        input: request.body,
      }),
  );
}
