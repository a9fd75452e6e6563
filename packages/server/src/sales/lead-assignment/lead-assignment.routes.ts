import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { notFound } from '../../errors.ts';
import { can, SIGNED_IN, viewerOf } from '../../http/access.ts';
import { actorOf } from '../../platform/auth/auth.routes.ts';
import { listAssignees } from './assignees.query.ts';
import { readAssignmentLog } from './assignment-log.query.ts';
import { deleteRuleSet } from './delete-rule-set.command.ts';
import {
  AssigneeBody,
  AssigneeListSchema,
  AssigneeSchema,
  AssignmentLogSchema,
  LeadIdParams,
  RuleSetBody,
  RuleSetIdParams,
  RuleSetListSchema,
  RuleSetSchema,
  SimulateBody,
  SimulationSchema,
  UserIdParams,
} from './lead-assignment.schemas.ts';
import { presentRuleSet } from './rule-set.presenter.ts';
import { selectRuleSet, selectRuleSets } from './rule-set.repository.ts';
import { saveRuleSet } from './save-rule-set.command.ts';
import { simulateRuleSet } from './simulate-rule-set.query.ts';
import { updateAssignee } from './update-assignee.command.ts';

/** Lead assignment: rule sets and their simulation, people's availability, and each lead's log. */
export async function leadAssignmentRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { database } = fastify.ctx;
  const tags = ['lead assignment'];
  // Rule sets decide who gets every new lead: company settings.
  const admin = can('setting', 'update');

  app.get(
    '/lead-assignment/rule-sets',
    {
      config: { access: admin },
      schema: {
        tags,
        summary: 'Every rule set with its ordered rules',
        response: { 200: RuleSetListSchema },
      },
    },
    async () => ({ items: (await selectRuleSets(database.db)).map(presentRuleSet) }),
  );

  app.post(
    '/lead-assignment/rule-sets',
    {
      config: { access: admin },
      schema: {
        tags,
        summary: 'Create a rule set (audited)',
        description: 'Bad conditions are a 400, unknown people, teams or pools a 422, a name in use a 409.',
        body: RuleSetBody,
        response: { 201: RuleSetSchema },
      },
    },
    async (request, reply) => {
      const saved = await saveRuleSet(database, actorOf(request), null, request.body);
      return reply.code(201).send(presentRuleSet(saved));
    },
  );

  app.get(
    '/lead-assignment/rule-sets/:id',
    {
      config: { access: admin },
      schema: { tags, summary: 'One rule set', params: RuleSetIdParams, response: { 200: RuleSetSchema } },
    },
    async (request) => {
      const set = await selectRuleSet(database.db, request.params.id);
      if (!set) throw notFound('leadAssignment.rule_set_not_found');
      return presentRuleSet(set);
    },
  );

  app.put(
    '/lead-assignment/rule-sets/:id',
    {
      config: { access: admin },
      schema: {
        tags,
        summary: 'Replace a rule set: its header and its ordered rules (audited)',
        description: 'Rules sent with their id keep their turns; rules left out are deleted.',
        params: RuleSetIdParams,
        body: RuleSetBody,
        response: { 200: RuleSetSchema },
      },
    },
    async (request) =>
      presentRuleSet(await saveRuleSet(database, actorOf(request), request.params.id, request.body)),
  );

  app.delete(
    '/lead-assignment/rule-sets/:id',
    {
      config: { access: admin },
      schema: { tags, summary: 'Delete a rule set (audited)', params: RuleSetIdParams },
    },
    async (request, reply) => {
      await deleteRuleSet(database, actorOf(request), request.params.id);
      return reply.code(204).send();
    },
  );

  app.post(
    '/lead-assignment/rule-sets/:id/simulate',
    {
      config: { access: admin },
      schema: {
        tags,
        summary: 'Where existing leads would go by this rule set, and why — nothing is changed',
        params: RuleSetIdParams,
        body: SimulateBody,
        response: { 200: SimulationSchema },
      },
    },
    async (request) => simulateRuleSet(database, viewerOf(request), request.params.id, request.body),
  );

  app.get(
    '/lead-assignment/assignees',
    {
      config: { access: admin },
      schema: {
        tags,
        summary: 'Every user’s availability, cap and open leads',
        response: { 200: AssigneeListSchema },
      },
    },
    async () => ({ items: await listAssignees(database) }),
  );

  app.put(
    '/lead-assignment/assignees/:userId',
    {
      config: { access: admin },
      schema: {
        tags,
        summary: 'Mark a user away or available and set their cap on open leads (audited)',
        params: UserIdParams,
        body: AssigneeBody,
        response: { 200: AssigneeSchema },
      },
    },
    async (request) => updateAssignee(database, actorOf(request), request.params.userId, request.body),
  );

  app.get(
    '/leads/:id/assignments',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags,
        summary: 'A lead’s assignments, newest first, with the rule and the reasoning',
        description: 'For whoever may read the lead (404 otherwise).',
        params: LeadIdParams,
        response: { 200: AssignmentLogSchema },
      },
    },
    async (request) => readAssignmentLog(database, viewerOf(request), request.params.id),
  );
}
