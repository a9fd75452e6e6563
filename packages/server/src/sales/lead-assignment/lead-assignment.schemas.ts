import { z } from 'zod';
import { STRATEGIES } from './assignment-rule.ts';

const Id = z.number().int().positive();

export const RuleSetIdParams = z.object({ id: z.coerce.number().int().positive() });
export const UserIdParams = z.object({ userId: z.coerce.number().int().positive() });
export const LeadIdParams = z.object({ id: z.coerce.number().int().positive() });

const ConditionJson = z
  .record(z.string(), z.unknown())
  .describe('A condition in the condition language on the lead (see docs/conditions.md), any field');

const StrategySchema = z
  .enum(STRATEGIES)
  .describe(
    '`user`: one person; `roundRobin`: in turn; `weightedRoundRobin`: in turn by weight; `leastLoaded`: fewest open leads; `pool`: into a lead pool',
  );

const MemberSchema = z.object({ userId: Id, weight: z.number().int() });

export const RuleSchema = z
  .object({
    id: z.number(),
    name: z.string(),
    position: z.number().describe('Order in the set, from 0'),
    condition: ConditionJson.nullable().describe('Null: every lead'),
    strategy: StrategySchema,
    userId: z.number().nullable(),
    departmentId: z.number().nullable(),
    poolId: z.number().nullable(),
    members: z.array(MemberSchema),
  })
  .meta({ id: 'LeadAssignmentRule' });

const FirstResponseSchema = z
  .object({
    targetMinutes: z
      .number()
      .describe('Business minutes from reaching its owner to the first follow-up (the 黄金5分钟 target)'),
    escalate: z.boolean().describe('Notify the owner’s manager (or department head) when a lead misses it'),
    reassign: z
      .boolean()
      .describe(
        'Reassign a lead that misses it by this set’s rules, passing over its owner; the new owner gets a full target',
      ),
  })
  .meta({ id: 'LeadRuleSetFirstResponse' });

const FirstResponseInput = z
  .strictObject({
    targetMinutes: z
      .number()
      .int()
      .min(1)
      .max(7 * 24 * 60)
      .default(5),
    escalate: z.boolean().default(true),
    reassign: z.boolean().default(false),
  })
  .describe(
    'The first-response target of the leads this set assigns (default 5 minutes, escalate, no reassignment); leads assigned otherwise follow the company-wide setting',
  );

export const RuleSetSchema = z
  .object({
    id: z.number(),
    name: z.string(),
    description: z.string().nullable(),
    assignOnCreate: z
      .boolean()
      .describe('Applies to leads created in the app or by the API, and to intake naming no rule set'),
    taskDueMinutes: z.number().describe('The follow-up task of an assigned lead is due this long after'),
    firstResponse: FirstResponseSchema,
    rules: z.array(RuleSchema),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'LeadRuleSet' });
export type RuleSetOutput = z.infer<typeof RuleSetSchema>;

export const RuleSetListSchema = z.object({ items: z.array(RuleSetSchema) });

const RuleInputSchema = z.strictObject({
  id: Id.optional().describe(
    'The id of an existing rule of the set, whose turns continue; absent for a new rule',
  ),
  name: z.string().trim().min(1).max(100),
  condition: ConditionJson.nullable().default(null),
  strategy: StrategySchema,
  userId: Id.nullable().default(null).describe('The person of the `user` strategy'),
  departmentId: Id.nullable()
    .default(null)
    .describe('A team (department and those below it) to pick from when `members` is empty'),
  poolId: Id.nullable().default(null).describe('The pool of the `pool` strategy'),
  members: z
    .array(
      z.strictObject({
        userId: Id,
        weight: z.number().int().min(1).max(100).default(1).describe('Share in weighted round-robin'),
      }),
    )
    .max(200)
    .default([])
    .describe('The people picked from, in turn order'),
});
export type RuleInputBody = z.infer<typeof RuleInputSchema>;

export const RuleSetBody = z.strictObject({
  name: z.string().trim().min(1).max(100),
  description: z.string().trim().max(1000).nullable().default(null),
  assignOnCreate: z.boolean().default(false),
  taskDueMinutes: z.number().int().min(1).max(10_080).default(60),
  firstResponse: FirstResponseInput.prefault({}),
  rules: z.array(RuleInputSchema).max(100).describe('In order: the first rule that applies wins'),
});
export type RuleSetInput = z.infer<typeof RuleSetBody>;

export const SimulateBody = z.strictObject({
  filter: ConditionJson.nullable()
    .default(null)
    .describe('Which existing leads to run the rules on (default: all), newest first'),
  limit: z.number().int().min(1).max(500).default(100),
});

const Skipped = z.object({
  userId: z.number(),
  name: z.string(),
  why: z.enum(['inactive', 'away', 'atCapacity', 'currentOwner']),
});

export const AssignmentReasonSchema = z
  .object({
    steps: z.array(
      z.object({
        ruleId: z.number(),
        rule: z.string(),
        strategy: StrategySchema,
        result: z.enum(['chosen', 'noEligibleUser', 'noPool']),
        skipped: z.array(Skipped),
      }),
    ),
    basis: z
      .object({
        kind: z.enum(['specificUser', 'roundRobin', 'weightedRoundRobin', 'leastLoaded', 'pool']),
        turn: z.number().optional(),
        of: z.number().optional(),
        weight: z.number().optional(),
        totalWeight: z.number().optional(),
        openLeads: z.number().optional(),
      })
      .nullable(),
  })
  .describe('The rules the lead met, in order, who was passed over and why, and how the owner was chosen');

const Outcome = z.enum(['assigned', 'pooled', 'unassigned']);
const Ref = z.object({ id: z.number(), name: z.string() });

export const SimulationSchema = z.object({
  items: z.array(
    z.object({
      lead: Ref,
      currentOwner: Ref.nullable(),
      outcome: Outcome,
      rule: Ref.nullable(),
      user: Ref.nullable(),
      pool: Ref.nullable(),
      reason: AssignmentReasonSchema,
    }),
  ),
  totals: z.array(
    z.object({ outcome: Outcome, user: Ref.nullable(), pool: Ref.nullable(), count: z.number() }),
  ),
});
export type SimulationOutput = z.infer<typeof SimulationSchema>;

export const AssigneeSchema = z
  .object({
    user: Ref,
    department: z.string().nullable(),
    active: z.boolean(),
    away: z.boolean().describe('Marked away (on leave): skipped by every rule'),
    awayUntil: z.string().nullable().describe('Last day away; null: until marked back'),
    awayToday: z.boolean(),
    maxOpenLeads: z.number().nullable().describe('No more leads once this many are open; null: no cap'),
    openLeads: z.number(),
  })
  .meta({ id: 'LeadAssignee' });
export type AssigneeOutput = z.infer<typeof AssigneeSchema>;

export const AssigneeListSchema = z.object({ items: z.array(AssigneeSchema) });

export const AssigneeBody = z.strictObject({
  away: z.boolean(),
  awayUntil: z.iso.date().nullable().default(null),
  maxOpenLeads: z.number().int().min(0).max(100_000).nullable().default(null),
});
export type AssigneeInput = z.infer<typeof AssigneeBody>;

export const AssignmentLogSchema = z.object({
  items: z.array(
    z.object({
      id: z.number(),
      at: z.string(),
      outcome: Outcome,
      channel: z.string(),
      ruleSet: Ref.nullable(),
      rule: z.object({ id: z.number().nullable(), name: z.string() }).nullable(),
      strategy: StrategySchema.nullable(),
      user: Ref.nullable(),
      pool: Ref.nullable(),
      taskId: z.number().nullable(),
      actor: Ref.nullable(),
      reason: AssignmentReasonSchema,
    }),
  ),
});
export type AssignmentLogOutput = z.infer<typeof AssignmentLogSchema>;
