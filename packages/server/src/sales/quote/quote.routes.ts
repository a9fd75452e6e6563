import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { can, viewerOf } from '../../http/access.ts';
import { recordContext } from '../../records/record-context.ts';
import { RecordSchema } from '../../records/records.schemas.ts';
import { loadSalesContexts } from '../line-items/sales-contexts.ts';
import { createQuoteFromOpportunity } from './create-quote-from-opportunity.command.ts';
import {
  CreateQuoteFromOpportunityBody,
  QuoteActionHeaders,
  QuoteParams,
  QuoteRevisionListSchema,
  QuoteRevisionParams,
  QuoteRevisionSchema,
  QuoteWorkflowSchema,
  versionOf,
} from './quote.schemas.ts';
import { type QuotePdf, quotePdf } from './quote-pdf.query.ts';
import { pdfContentDisposition } from './quote-pdf.ts';
import { getQuoteRevision, listQuoteRevisions } from './quote-revisions.query.ts';
import { APPROVER_ACTIONS, QUOTE_ACTIONS, QUOTE_TRANSITIONS } from './quote-status.ts';
import { quoteWorkflow } from './quote-workflow.query.ts';
import { runQuoteAction } from './run-quote-action.ts';

const PdfResponse = z.any().describe('application/pdf');

/** Quotes: started from an opportunity, moved through their status by actions, revisions and PDFs. */
export async function quoteRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { database, config } = fastify.ctx;
  const tags = ['quotes'];
  const font = { path: config.pdfFontPath, face: config.pdfFontFace };
  const quotesOf = (request: FastifyRequest) => recordContext(database, 'quote', viewerOf(request));
  const sendPdf = (reply: FastifyReply, result: QuotePdf, request: FastifyRequest) =>
    reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', pdfContentDisposition(result.number, result.revision, request.locale))
      .header('cache-control', 'private, no-cache')
      .header('x-lodestar-pdf-cache', result.cached ? 'hit' : 'miss')
      .send(result.pdf);

  app.post(
    '/opportunities/:id/quotes',
    {
      config: { access: can('quote', 'create') },
      schema: {
        tags,
        summary:
          'Start a draft quote from an opportunity: its account, contact, price list and a copy of its lines',
        params: QuoteParams,
        body: CreateQuoteFromOpportunityBody,
        response: { 201: RecordSchema },
      },
    },
    async (request, reply) => {
      const quote = await createQuoteFromOpportunity(
        await loadSalesContexts(database, viewerOf(request)),
        request.params.id,
        request.body,
      );
      return reply.status(201).send(quote);
    },
  );

  for (const action of QUOTE_ACTIONS) {
    const { from, to } = QUOTE_TRANSITIONS[action];
    app.post(
      `/quotes/:id/${action}`,
      {
        config: { access: can('quote', APPROVER_ACTIONS.includes(action) ? 'approve' : 'update') },
        schema: {
          tags,
          summary: `Quote action \`${action}\`: ${from.join(' | ')} → ${to} (409 from any other status)`,
          params: QuoteParams,
          headers: QuoteActionHeaders,
          response: { 200: RecordSchema },
        },
      },
      async (request) =>
        runQuoteAction(
          await loadSalesContexts(database, viewerOf(request)),
          request.params.id,
          action,
          versionOf(request.headers['if-match']),
        ),
    );
  }

  app.get(
    '/quotes/:id/workflow',
    {
      config: { access: can('quote', 'read') },
      schema: {
        tags,
        summary: 'Status, revision, the discount approval rule and the actions the caller may take now',
        params: QuoteParams,
        response: { 200: QuoteWorkflowSchema },
      },
    },
    async (request) => quoteWorkflow(await quotesOf(request), request.params.id),
  );

  app.get(
    '/quotes/:id/revisions',
    {
      config: { access: can('quote', 'read') },
      schema: {
        tags,
        summary: 'The revisions of a quote that were sent, oldest first',
        params: QuoteParams,
        response: { 200: QuoteRevisionListSchema },
      },
    },
    async (request) => ({ items: await listQuoteRevisions(await quotesOf(request), request.params.id) }),
  );

  app.get(
    '/quotes/:id/revisions/:revision',
    {
      config: { access: can('quote', 'read') },
      schema: {
        tags,
        summary: 'One sent revision, frozen: header, parties, lines, totals',
        params: QuoteRevisionParams,
        response: { 200: QuoteRevisionSchema },
      },
    },
    async (request) => {
      const { row, snapshot } = await getQuoteRevision(
        await quotesOf(request),
        request.params.id,
        request.params.revision,
      );
      const [summary] = (await listQuoteRevisions(await quotesOf(request), request.params.id)).filter(
        (item) => item.revision === Number(row.revision),
      );
      return { ...summary!, snapshot };
    },
  );

  app.get(
    '/quotes/:id/pdf',
    {
      config: { access: can('quote', 'read') },
      schema: {
        tags,
        summary:
          'The quote as a PDF in the request’s language: the sent revision once sent (cached), else a preview of the draft',
        params: QuoteParams,
        response: { 200: PdfResponse },
      },
    },
    async (request, reply) =>
      sendPdf(
        reply,
        await quotePdf(await quotesOf(request), request.params.id, undefined, request.locale, font),
        request,
      ),
  );

  app.get(
    '/quotes/:id/revisions/:revision/pdf',
    {
      config: { access: can('quote', 'read') },
      schema: {
        tags,
        summary: 'The PDF of a sent revision in the request’s language (rendered once, then cached)',
        params: QuoteRevisionParams,
        response: { 200: PdfResponse },
      },
    },
    async (request, reply) =>
      sendPdf(
        reply,
        await quotePdf(
          await quotesOf(request),
          request.params.id,
          request.params.revision,
          request.locale,
          font,
        ),
        request,
      ),
  );
}
