import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { can, viewerOf } from '../../http/access.ts';
import { RecordSchema } from '../../records/records.schemas.ts';
import {
  ContractIdParams,
  PaymentPlanBody,
  PaymentPlanResponse,
  RecordPaymentBody,
} from './payment.schemas.ts';
import { recordPayment } from './record-payment.command.ts';
import { setPaymentPlan } from './set-payment-plan.command.ts';

/** A contract's payment plan in one call, and recording a payment against it. */
export async function paymentRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { database } = fastify.ctx;
  const tags = ['payments'];

  app.put(
    '/contracts/:id/payment-plan',
    {
      config: { access: can('contract', 'update') },
      schema: {
        tags,
        summary:
          'Replace a draft contract’s payment plan; the instalments must add up to the contract amount',
        params: ContractIdParams,
        body: PaymentPlanBody,
        response: { 200: PaymentPlanResponse },
      },
    },
    async (request) => ({
      instalments: await setPaymentPlan(
        database,
        viewerOf(request),
        request.locale,
        request.params.id,
        request.body.instalments,
      ),
    }),
  );

  app.post(
    '/contracts/:id/payments',
    {
      config: { access: can('payment', 'create') },
      schema: {
        tags,
        summary: 'Record a payment received against an approved or signed contract (no over-payment)',
        params: ContractIdParams,
        body: RecordPaymentBody,
        response: { 201: RecordSchema },
      },
    },
    async (request, reply) => {
      const payment = await recordPayment(database, viewerOf(request), request.params.id, request.body);
      return reply.status(201).send(payment);
    },
  );
}
