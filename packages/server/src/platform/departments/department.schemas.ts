import { z } from 'zod';

const IdSchema = z.number().int().positive();
export const DepartmentIdParams = z.object({ id: z.coerce.number().int().positive() });

export const DepartmentSchema = z.object({
  id: z.number(),
  name: z.string(),
  parentId: z.number().nullable(),
  path: z.string().describe('Ids from the root, e.g. /1/4/; a subtree shares the prefix'),
  sortOrder: z.number().describe('Position among siblings, ascending'),
  headUser: z.object({ id: z.number(), name: z.string() }).nullable(),
  userCount: z.number().describe('Users directly in this department'),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type DepartmentOutput = z.infer<typeof DepartmentSchema>;

export const DepartmentList = z.object({
  items: z
    .array(DepartmentSchema)
    .describe('Every department, parents before children, siblings by sortOrder'),
});

const NameSchema = z.string().trim().min(1).max(100);
const SortOrderSchema = z.number().int().min(-1_000_000).max(1_000_000);

export const CreateDepartmentBody = z
  .object({
    name: NameSchema,
    parentId: IdSchema.nullable().optional().describe('Omit or null for a top-level department'),
    sortOrder: SortOrderSchema.optional().describe('Defaults to after the last sibling'),
    headUserId: IdSchema.nullable().optional(),
  })
  .strict();
export type CreateDepartmentInput = z.infer<typeof CreateDepartmentBody>;

export const UpdateDepartmentBody = z
  .object({
    name: NameSchema,
    parentId: IdSchema.nullable().describe('Moves the department with its whole subtree'),
    sortOrder: SortOrderSchema,
    headUserId: IdSchema.nullable(),
  })
  .partial()
  .strict();
export type UpdateDepartmentInput = z.infer<typeof UpdateDepartmentBody>;
