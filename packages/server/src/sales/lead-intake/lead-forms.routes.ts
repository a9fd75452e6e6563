import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { notFound } from '../../errors.ts';
import { can, viewerOf } from '../../http/access.ts';
import { actorOf } from '../../platform/auth/auth.routes.ts';
import { createLeadForm } from './create-lead-form.command.ts';
import { deleteLeadForm } from './delete-lead-form.command.ts';
import { presentLeadForm } from './lead-form.presenter.ts';
import { findLeadForm, listLeadForms } from './lead-form.repository.ts';
import {
  CreateLeadFormBody,
  LeadFormIdParams,
  LeadFormList,
  LeadFormSchema,
  LeadIntakeSettingsSchema,
  UpdateLeadFormBody,
  UpdateLeadIntakeSettingsBody,
} from './lead-form.schemas.ts';
import { readLeadIntakeSettings } from './lead-intake-settings.repository.ts';
import { regenerateLeadFormToken } from './regenerate-lead-form-token.command.ts';
import { updateLeadForm } from './update-lead-form.command.ts';
import { updateLeadIntakeSettings } from './update-lead-intake-settings.command.ts';
import './lead-intake.messages.ts';

/** Web-to-lead forms and the intake settings: read with the settings, changed by settings admins. */
export async function leadFormsRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { database } = fastify.ctx;
  const tags = ['lead capture'];
  const read = { access: can('setting', 'read') };
  const write = { access: can('setting', 'update') };

  app.get(
    '/lead-forms',
    { config: read, schema: { tags, summary: 'Every web-to-lead form', response: { 200: LeadFormList } } },
    async () => ({ items: (await listLeadForms(database.db)).map(presentLeadForm) }),
  );

  app.get(
    '/lead-forms/:id',
    {
      config: read,
      schema: {
        tags,
        summary: 'One web-to-lead form',
        params: LeadFormIdParams,
        response: { 200: LeadFormSchema },
      },
    },
    async (request) => {
      const form = await findLeadForm(database.db, request.params.id);
      if (!form) throw notFound('lead_form.not_found');
      return presentLeadForm(form);
    },
  );

  app.post(
    '/lead-forms',
    {
      config: write,
      schema: {
        tags,
        summary: 'Create a web-to-lead form with a new public token (audited)',
        body: CreateLeadFormBody,
        response: { 201: LeadFormSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(presentLeadForm(await createLeadForm(database, actorOf(request), request.body))),
  );

  app.patch(
    '/lead-forms/:id',
    {
      config: write,
      schema: {
        tags,
        summary: 'Change a web-to-lead form (409 on a stale version; audited)',
        params: LeadFormIdParams,
        body: UpdateLeadFormBody,
        response: { 200: LeadFormSchema },
      },
    },
    async (request) =>
      presentLeadForm(await updateLeadForm(database, actorOf(request), request.params.id, request.body)),
  );

  app.post(
    '/lead-forms/:id/token',
    {
      config: write,
      schema: {
        tags,
        summary: 'Give the form a new public token; the old one stops working at once (audited)',
        params: LeadFormIdParams,
        response: { 200: LeadFormSchema },
      },
    },
    async (request) =>
      presentLeadForm(await regenerateLeadFormToken(database, actorOf(request), request.params.id)),
  );

  app.delete(
    '/lead-forms/:id',
    {
      config: write,
      schema: {
        tags,
        summary: 'Delete a web-to-lead form (its leads stay; audited)',
        params: LeadFormIdParams,
      },
    },
    async (request, reply) => {
      await deleteLeadForm(database, actorOf(request), request.params.id);
      return reply.status(204).send();
    },
  );

  app.get(
    '/lead-intake-settings',
    {
      config: read,
      schema: {
        tags,
        summary: 'How intake treats a lead that matches an existing one',
        response: { 200: LeadIntakeSettingsSchema },
      },
    },
    async () => readLeadIntakeSettings(database.db),
  );

  app.patch(
    '/lead-intake-settings',
    {
      config: write,
      schema: {
        tags,
        summary: 'Change the intake settings (audited)',
        body: UpdateLeadIntakeSettingsBody,
        response: { 200: LeadIntakeSettingsSchema },
      },
    },
    async (request) =>
      updateLeadIntakeSettings(
        database,
        { ...actorOf(request), userId: viewerOf(request).userId },
        request.body,
      ),
  );
}
