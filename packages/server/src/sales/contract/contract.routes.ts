import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { can, viewerOf } from '../../http/access.ts';
import { RecordSchema } from '../../records/records.schemas.ts';
import { amendContract } from './amend-contract.command.ts';
import { presentContractTransitions } from './contract.presenter.ts';
import { ContractIdParams, ContractTransitionsSchema, TransitionBody } from './contract.schemas.ts';
import { CONTRACT_ACTIONS, CONTRACT_TRANSITIONS } from './contract-status.ts';
import { contractTransitions } from './contract-transitions.query.ts';
import { createContractFrom } from './create-contract-from.command.ts';
import { transitionContract } from './transition-contract.command.ts';

const SUMMARIES = {
  submit: 'Submit a draft contract for approval',
  withdraw: 'Withdraw a contract pending approval back to draft',
  approve: 'Approve a contract pending approval (`approve` permission; not one you submitted)',
  reject: 'Reject a contract pending approval back to draft, with a reason',
  sign: 'Record that an approved contract was signed',
  complete: 'Complete a signed, fully paid contract',
  terminate: 'Terminate an approved or signed contract, with a reason',
} as const;

/** Contracts: creation from a won opportunity or an accepted quote, the status machine, amendments. */
export async function contractRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { database } = fastify.ctx;
  const tags = ['contracts'];

  for (const source of ['opportunity', 'quote'] as const) {
    app.post(
      `/${source === 'opportunity' ? 'opportunities' : 'quotes'}/:id/contract`,
      {
        config: { access: can('contract', 'create') },
        schema: {
          tags,
          summary:
            source === 'opportunity'
              ? 'Create a draft contract from a won opportunity'
              : 'Create a draft contract from an accepted quote',
          params: ContractIdParams,
          response: { 201: RecordSchema },
        },
      },
      async (request, reply) => {
        const contract = await createContractFrom(database, viewerOf(request), source, request.params.id);
        return reply.status(201).send(contract);
      },
    );
  }

  for (const action of CONTRACT_ACTIONS) {
    app.post(
      `/contracts/:id/${action}`,
      {
        config: { access: can('contract', CONTRACT_TRANSITIONS[action].permission ?? 'update') },
        schema: {
          tags,
          summary: SUMMARIES[action],
          params: ContractIdParams,
          body: TransitionBody,
          response: { 200: RecordSchema },
        },
      },
      async (request) =>
        transitionContract(database, viewerOf(request), {
          contractId: request.params.id,
          action,
          comment: request.body.comment,
          signDate: request.body.signDate,
        }),
    );
  }

  app.post(
    '/contracts/:id/amend',
    {
      config: { access: can('contract', 'create') },
      schema: {
        tags,
        summary:
          'Start an amendment: a draft copy of an approved or signed contract that supersedes it once approved',
        params: ContractIdParams,
        response: { 201: RecordSchema },
      },
    },
    async (request, reply) => {
      const amendment = await amendContract(database, viewerOf(request), request.params.id);
      return reply.status(201).send(amendment);
    },
  );

  app.get(
    '/contracts/:id/transitions',
    {
      config: { access: can('contract', 'read') },
      schema: {
        tags,
        summary: 'A contract’s status, the transitions the caller may ask for now, and its status history',
        params: ContractIdParams,
        response: { 200: ContractTransitionsSchema },
      },
    },
    async (request) =>
      presentContractTransitions(await contractTransitions(database, viewerOf(request), request.params.id)),
  );
}
