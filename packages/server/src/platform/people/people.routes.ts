import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { SIGNED_IN } from '../../http/access.ts';
import { findPeople } from './people.query.ts';
import { PeopleList, PeopleQuery } from './people.schemas.ts';

/** The company directory every signed-in user may read: names for owners, and a picker for user fields. */
export async function peopleRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { database } = fastify.ctx;

  app.get(
    '/people',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags: ['users'],
        summary: 'Colleagues by name or id: name, username, department (no contact details)',
        querystring: PeopleQuery,
        response: { 200: PeopleList },
      },
    },
    async (request) => {
      const { q, ids, limit } = request.query;
      return {
        items: await findPeople(database.db, {
          q,
          ids: ids?.split(',').map(Number),
          limit: ids ? 100 : limit,
        }),
      };
    },
  );
}
