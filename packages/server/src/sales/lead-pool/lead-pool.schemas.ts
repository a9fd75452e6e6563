import { z } from 'zod';

const Id = z.number().int().positive();
const Days = z.number().int().min(1).max(3650);
const Ref = z.object({ id: z.number(), name: z.string() });

export const PoolIdParams = z.object({ id: z.coerce.number().int().positive() });
export const LeadIdParams = z.object({ id: z.coerce.number().int().positive() });

const ConditionJson = z
  .record(z.string(), z.unknown())
  .describe('A condition in the condition language on the lead (see docs/conditions.md)');

export const PoolBody = z.strictObject({
  name: z.string().trim().min(1).max(100),
  description: z.string().trim().max(1000).nullable().default(null),
  departmentId: Id.nullable().default(null).describe('The team the pool serves'),
  region: z.string().trim().max(100).nullable().default(null).describe('The region it serves, as a label'),
  position: z.number().int().min(0).max(10_000).default(0).describe('Order among pools, from 0'),
  dailyClaimLimit: z.number().int().min(0).max(10_000).nullable().default(null),
  maxOwnedLeads: z.number().int().min(0).max(100_000).nullable().default(null),
  reclaimCooldownDays: z.number().int().min(0).max(3650).default(0),
  noFollowUpDays: Days.nullable()
    .default(null)
    .describe('Recycle owned leads with no follow-up for this many days'),
  notConvertedDays: Days.nullable()
    .default(null)
    .describe('Recycle owned leads not converted within this many days'),
  recycleCondition: ConditionJson.nullable().default(null).describe('Recycle owned leads that meet it'),
  reminderDays: Days.nullable()
    .default(null)
    .describe('Tell the owner this many days before a lead is recycled'),
  members: z
    .array(z.strictObject({ userId: Id, isManager: z.boolean().default(false) }))
    .max(1000)
    .default([]),
});
export type PoolInput = z.infer<typeof PoolBody>;

/** The viewer's standing towards a pool: membership, and the limits of claiming. */
export const PoolStandingSchema = z.object({
  member: z.boolean(),
  manager: z.boolean().describe('May assign the pool’s leads and preview its recycling'),
  claimedToday: z.number(),
  dailyClaimLimit: z.number().nullable(),
  ownedOpenLeads: z.number(),
  maxOwnedLeads: z.number().nullable(),
  canClaim: z.number().nullable().describe('How many more leads the viewer may claim now; null: no limit'),
});

export const PoolSchema = z
  .object({
    id: z.number(),
    name: z.string(),
    description: z.string().nullable(),
    departmentId: z.number().nullable(),
    region: z.string().nullable(),
    position: z.number(),
    dailyClaimLimit: z.number().nullable(),
    maxOwnedLeads: z.number().nullable(),
    reclaimCooldownDays: z.number(),
    noFollowUpDays: z.number().nullable(),
    notConvertedDays: z.number().nullable(),
    recycleCondition: ConditionJson.nullable(),
    reminderDays: z.number().nullable(),
    members: z.array(z.object({ user: Ref, isManager: z.boolean() })),
    pooledLeads: z.number().describe('Leads waiting in the pool'),
    me: PoolStandingSchema,
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'LeadPool' });
export type PoolOutput = z.infer<typeof PoolSchema>;

export const PoolListSchema = z.object({ items: z.array(PoolSchema) });

export const PooledLeadsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  beforeId: z.coerce.number().int().positive().optional().describe('Keyset: leads with a smaller id'),
});

export const PooledLeadsSchema = z.object({
  items: z.array(
    z.object({
      id: z.number(),
      name: z.string(),
      company: z.string().nullable(),
      source: z.string().nullable(),
      region: z.string().nullable(),
      status: z.string().nullable(),
      pooledAt: z.string().nullable(),
      previousOwner: Ref.nullable(),
      lastEvent: z
        .object({ kind: z.string(), reasonCode: z.string().nullable(), reason: z.string().nullable() })
        .nullable()
        .describe('How it came into the pool'),
      cooldownUntil: z
        .string()
        .nullable()
        .describe('The viewer lost this lead recently and may claim it again from this moment'),
    }),
  ),
  nextBeforeId: z.number().nullable(),
});

export const ClaimBody = z.strictObject({
  leadIds: z.array(Id).min(1).max(50),
});

export const AssignBody = z.strictObject({
  leadIds: z.array(Id).min(1).max(500),
  userId: Id,
});

export const ReturnBody = z.strictObject({
  reason: z.string().trim().min(1).max(500).describe('Why the lead goes back (required)'),
  poolId: Id.optional().describe('Default: the lead’s pool, else the owner’s first pool'),
});

export const MovedSchema = z.object({ leadIds: z.array(z.number()), poolId: z.number() });

export const RecyclePreviewSchema = z.object({
  runAt: z.string().describe('When the recycle job runs next'),
  total: z.number(),
  items: z.array(
    z.object({
      lead: Ref,
      owner: Ref.nullable(),
      reasonCode: z.enum(['noFollowUp', 'notConverted', 'condition']),
    }),
  ),
});
export type RecyclePreviewOutput = z.infer<typeof RecyclePreviewSchema>;

export const RecycleRunSchema = z.object({
  pools: z.array(z.object({ poolId: z.number(), recycled: z.number(), reminded: z.number() })),
  seconds: z.number(),
});

export const PoolEventsSchema = z.object({
  items: z.array(
    z.object({
      id: z.number(),
      at: z.string(),
      kind: z.enum(['entered', 'recycled', 'returned', 'claimed', 'assigned']),
      pool: Ref.nullable(),
      from: Ref.nullable(),
      to: Ref.nullable(),
      actor: Ref.nullable(),
      reasonCode: z.string().nullable(),
      reason: z.string().nullable(),
    }),
  ),
});
export type PoolEventsOutput = z.infer<typeof PoolEventsSchema>;
