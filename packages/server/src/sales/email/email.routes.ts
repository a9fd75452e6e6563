import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { notFound } from '../../errors.ts';
import { can, SIGNED_IN, viewerOf } from '../../http/access.ts';
import { actorOf } from '../../platform/auth/auth.routes.ts';
import { deleteEmailTemplate } from './delete-email-template.command.ts';
import { EmailSendSchema, LeadIdParams, SendLeadEmailBody } from './email-send.schemas.ts';
import { findEmailTemplate, listEmailTemplates } from './email-template.repository.ts';
import {
  EmailTemplateBody,
  EmailTemplateListSchema,
  EmailTemplateSchema,
  PreviewBody,
  PreviewSchema,
  TemplateIdParams,
} from './email-template.schemas.ts';
import { previewEmail } from './preview-email.query.ts';
import { saveEmailTemplate } from './save-email-template.command.ts';
import { sendLeadEmail } from './send-lead-email.command.ts';
import { sendTestEmail } from './send-test-email.command.ts';
import { presentSmtpSettings } from './smtp-settings.presenter.ts';
import { smtpSettings } from './smtp-settings.repository.ts';
import {
  SmtpSettingsSchema,
  TestEmailBody,
  TestEmailResultSchema,
  UpdateSmtpSettingsBody,
} from './smtp-settings.schemas.ts';
import { updateSmtpSettings } from './update-smtp-settings.command.ts';

/** Email: the SMTP account and its test, templates with preview, and one-off emails to leads. */
export async function emailRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { database } = fastify.ctx;
  const tags = ['email'];
  const admin = can('setting', 'update');

  app.get(
    '/email/smtp-settings',
    {
      config: { access: admin },
      schema: {
        tags,
        summary: 'The SMTP account emails go out through (never its password)',
        response: { 200: SmtpSettingsSchema },
      },
    },
    async () => presentSmtpSettings(await smtpSettings.read(database.db)),
  );

  app.patch(
    '/email/smtp-settings',
    {
      config: { access: admin },
      schema: {
        tags,
        summary: 'Change the SMTP account (audited; the password shows as ***)',
        body: UpdateSmtpSettingsBody,
        response: { 200: SmtpSettingsSchema },
      },
    },
    async (request) =>
      updateSmtpSettings(database, { ...actorOf(request), userId: viewerOf(request).userId }, request.body),
  );

  app.post(
    '/email/smtp-settings/test',
    {
      config: { access: admin },
      schema: {
        tags,
        summary: 'Send a test email with the saved settings',
        description:
          'Not set up: 409. The server refusing or unreachable: 502 whose message quotes it (`EAUTH: 535 …`).',
        body: TestEmailBody,
        response: { 200: TestEmailResultSchema },
      },
    },
    async (request) =>
      sendTestEmail(await smtpSettings.read(database.db), viewerOf(request), request.body.to),
  );

  app.get(
    '/email-templates',
    {
      config: { access: SIGNED_IN },
      schema: { tags, summary: 'Every email template, by name', response: { 200: EmailTemplateListSchema } },
    },
    async () => ({ items: await listEmailTemplates(database.db) }),
  );

  app.post(
    '/email-templates',
    {
      config: { access: admin },
      schema: {
        tags,
        summary: 'Create an email template (audited)',
        description:
          'A subject or body that is not valid Liquid, or names unknown variables or filters: 400.',
        body: EmailTemplateBody,
        response: { 201: EmailTemplateSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await saveEmailTemplate(database, actorOf(request), null, request.body)),
  );

  app.get(
    '/email-templates/:id',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags,
        summary: 'One email template',
        params: TemplateIdParams,
        response: { 200: EmailTemplateSchema },
      },
    },
    async (request) => {
      const template = await findEmailTemplate(database.db, request.params.id);
      if (!template) throw notFound('email_template.not_found');
      return template;
    },
  );

  app.put(
    '/email-templates/:id',
    {
      config: { access: admin },
      schema: {
        tags,
        summary: 'Replace an email template (audited)',
        params: TemplateIdParams,
        body: EmailTemplateBody,
        response: { 200: EmailTemplateSchema },
      },
    },
    async (request) => saveEmailTemplate(database, actorOf(request), request.params.id, request.body),
  );

  app.delete(
    '/email-templates/:id',
    {
      config: { access: admin },
      schema: {
        tags,
        summary: 'Delete an email template no sequence uses (audited)',
        params: TemplateIdParams,
      },
    },
    async (request, reply) => {
      await deleteEmailTemplate(database, actorOf(request), request.params.id);
      return reply.code(204).send();
    },
  );

  app.post(
    '/email-templates/preview',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags,
        summary: 'Render a template as it would be sent, with a lead you may read or sample data',
        description: 'Nothing is stored or sent. A template that does not render: 400 with Liquid’s message.',
        body: PreviewBody,
        response: { 200: PreviewSchema },
      },
    },
    async (request) => previewEmail(database, viewerOf(request), request.body),
  );

  app.post(
    '/leads/:id/emails',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags,
        summary: 'Send a lead an email from a template, now (whoever may update the lead)',
        description:
          'Unknown template or no address: 422; unsubscribed or email not set up: 409; the server refusing: 502 (the failure is logged on the lead).',
        params: LeadIdParams,
        body: SendLeadEmailBody,
        response: { 201: EmailSendSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await sendLeadEmail(database, viewerOf(request), request.params.id, request.body)),
  );
}
