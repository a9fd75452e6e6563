import { cnyAmountSchema } from '@lodestar/shared';
import { z } from 'zod';
import { RecordSchema } from '../../records/records.schemas.ts';

export const ContractIdParams = z.object({ id: z.coerce.number().int().positive() });

export const PaymentPlanBody = z.strictObject({
  instalments: z
    .array(
      z.strictObject({
        name: z.string().trim().max(200).optional().describe('Default: 第 n 期 / Instalment n'),
        dueDate: z.iso.date(),
        amount: cnyAmountSchema,
        description: z.string().max(5000).optional(),
      }),
    )
    .max(120)
    .describe(
      'In order; numbered 1…N. Their amounts must add up to the contract amount; empty removes the plan',
    ),
});

export const PaymentPlanResponse = z.object({ instalments: z.array(RecordSchema) });

export const RecordPaymentBody = z.strictObject({
  amount: cnyAmountSchema,
  receivedOn: z.iso.date(),
  paymentPlan: z
    .number()
    .int()
    .positive()
    .optional()
    .describe('The instalment paid; default: the earliest open one (the rest spills into the next ones)'),
  method: z
    .string()
    .max(64)
    .optional()
    .describe('A choice of the payment’s `method` field, e.g. `bankTransfer`'),
  reference: z.string().max(200).optional(),
  description: z.string().max(5000).optional(),
});
