import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { can, SIGNED_IN, viewerOf } from '../../http/access.ts';
import { actorOf } from '../../platform/auth/auth.routes.ts';
import { deleteSequence } from './delete-sequence.command.ts';
import { engageLead, stopLeadNurturing } from './engage-lead.command.ts';
import { enrolLeads } from './enrol-leads.command.ts';
import { readLeadNurturing } from './lead-nurturing.query.ts';
import {
  HandBackSchema,
  LeadIdParams,
  LeadNurturingSchema,
  NurturingStatusQuery,
  NurturingStatusSchema,
  ReplyBody,
  ReplyResultSchema,
} from './lead-nurturing.schemas.ts';
import { readNurturingStatus } from './nurturing-status.query.ts';
import { recordLeadReply } from './record-reply.command.ts';
import { saveSequence } from './save-sequence.command.ts';
import {
  EnrolBody,
  EnrolResultSchema,
  SequenceBody,
  SequenceIdParams,
  SequenceListSchema,
  SequenceSchema,
} from './sequence.schemas.ts';
import { readSequence, readSequences } from './sequences.query.ts';

/** Nurturing: drip sequences, enrolling pooled leads, handing engaged leads back, a lead's nurturing. */
export async function nurturingRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { database } = fastify.ctx;
  const tags = ['nurturing'];
  const admin = can('setting', 'update');

  app.get(
    '/nurture-sequences',
    {
      config: { access: SIGNED_IN },
      schema: { tags, summary: 'Every drip sequence, by name', response: { 200: SequenceListSchema } },
    },
    async () => ({ items: await readSequences(database.db) }),
  );

  app.post(
    '/nurture-sequences',
    {
      config: { access: admin },
      schema: {
        tags,
        summary: 'Create a drip sequence (audited)',
        body: SequenceBody,
        response: { 201: SequenceSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await saveSequence(database, actorOf(request), null, request.body)),
  );

  app.get(
    '/nurture-sequences/:id',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags,
        summary: 'One drip sequence',
        params: SequenceIdParams,
        response: { 200: SequenceSchema },
      },
    },
    async (request) => readSequence(database.db, request.params.id),
  );

  app.put(
    '/nurture-sequences/:id',
    {
      config: { access: admin },
      schema: {
        tags,
        summary: 'Replace a sequence’s settings and steps (audited); switching it off stops its leads',
        params: SequenceIdParams,
        body: SequenceBody,
        response: { 200: SequenceSchema },
      },
    },
    async (request) => saveSequence(database, actorOf(request), request.params.id, request.body),
  );

  app.delete(
    '/nurture-sequences/:id',
    {
      config: { access: admin },
      schema: { tags, summary: 'Delete a sequence; its leads stop (audited)', params: SequenceIdParams },
    },
    async (request, reply) => {
      await deleteSequence(database, actorOf(request), request.params.id);
      return reply.code(204).send();
    },
  );

  app.post(
    '/nurture-sequences/:id/enrol',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags,
        summary: 'Enrol pooled leads in a sequence (managers of their pools, settings administrators)',
        description:
          'All or nothing for leads that are missing (404), not pooled (409) or in another’s pool (403); leads without an address, that unsubscribed or are in a sequence are skipped and listed.',
        params: SequenceIdParams,
        body: EnrolBody,
        response: { 200: EnrolResultSchema },
      },
    },
    async (request) =>
      enrolLeads(database, viewerOf(request), actorOf(request), request.params.id, request.body.leadIds),
  );

  app.get(
    '/nurturing-status',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags,
        summary: 'Where pooled leads stand in nurturing (those in pools you work)',
        querystring: NurturingStatusQuery,
        response: { 200: NurturingStatusSchema },
      },
    },
    async (request) => ({
      items: await readNurturingStatus(
        database,
        viewerOf(request),
        request.query.leadIds.split(',').map(Number),
      ),
    }),
  );

  app.get(
    '/leads/:id/nurturing',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags,
        summary: 'A lead’s nurturing: its sequence, unsubscribing, and every email sent to it',
        params: LeadIdParams,
        response: { 200: LeadNurturingSchema },
      },
    },
    async (request) => readLeadNurturing(database, viewerOf(request), request.params.id),
  );

  app.post(
    '/leads/:id/engaged',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags,
        summary: 'A pooled lead engaged: hand it back to a rep and stop its emails (the pool’s members)',
        description:
          'The rep is found by the sequence’s rule set (else the one applying on create), else the previous owner, else the pool’s least-loaded manager; with nobody, the lead stays pooled and the managers are told. Not in a pool: 409.',
        params: LeadIdParams,
        response: { 200: HandBackSchema },
      },
    },
    async (request) => engageLead(database, viewerOf(request), actorOf(request), request.params.id),
  );

  app.post(
    '/nurturing/replies',
    {
      config: { access: admin },
      schema: {
        tags,
        summary:
          'A reply to a nurturing email arrived: hand the pooled leads at its sender’s address back to reps',
        description:
          'For the company’s mail gateway or mail client (an API key of a settings administrator). Every pooled lead at the address stops its emails and goes to a rep by the hand-back rules, reason `replied`; leads a rep has are left alone. An unknown address answers an empty list.',
        body: ReplyBody,
        response: { 200: ReplyResultSchema },
      },
    },
    async (request) => recordLeadReply(database, viewerOf(request), actorOf(request), request.body),
  );

  app.post(
    '/leads/:id/nurturing/stop',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags,
        summary: 'Stop a pooled lead’s emails (the pool’s managers); 409 when it is in no sequence',
        params: LeadIdParams,
      },
    },
    async (request, reply) => {
      await stopLeadNurturing(database, viewerOf(request), actorOf(request), request.params.id);
      return reply.code(204).send();
    },
  );
}
