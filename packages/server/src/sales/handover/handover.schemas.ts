import { z } from 'zod';

const UserId = z.number().int().positive();
const ObjectName = z.string().min(1).max(64);

export const HandoverBody = z.strictObject({
  fromUserId: UserId.describe('Whose records move (often a user who is leaving)'),
  toUserId: UserId.describe('Who receives them (an active user)'),
  objects: z
    .array(ObjectName)
    .min(1)
    .max(100)
    .optional()
    .describe('Objects to hand over; default every object you may hand over, custom ones included'),
  includeClosed: z
    .boolean()
    .default(false)
    .describe('Move finished records too: won/lost opportunities, done tasks, completed contracts…'),
});

export const HandoverPreviewQuery = z.object({
  fromUserId: z.coerce.number().int().positive(),
  toUserId: z.coerce.number().int().positive().optional(),
  objects: z
    .string()
    .max(2000)
    .optional()
    .transform((text) => (text ? text.split(',').map((part) => part.trim()) : undefined))
    .describe('Comma-separated object api names; default every object you may hand over'),
  includeClosed: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
});

const Person = z.object({ id: z.number(), name: z.string() });

export const HandoverPreviewSchema = z.object({
  from: Person,
  to: Person.nullable(),
  objects: z.array(
    z.object({
      object: z.string(),
      count: z.number().int().describe('Records that move'),
      staying: z.number().int().describe('Finished records left with the user (`includeClosed` false)'),
    }),
  ),
  total: z.number().int(),
});

export const HandoverResultSchema = z.object({
  from: Person,
  to: Person,
  counts: z.array(z.object({ object: z.string(), count: z.number().int() })),
  total: z.number().int(),
});
