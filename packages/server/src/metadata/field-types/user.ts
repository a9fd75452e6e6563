import { z } from 'zod';
import type { FieldTypeModule } from './field-type.ts';
import { parseReference } from './reference.ts';

/** A reference to a user (`users.id`, set null when the user is deleted). */
export const userField: FieldTypeModule<Record<string, never>> = {
  type: 'user',
  optionsSchema: z.strictObject({}),
  column: (dialect) => ({
    dataType: dialect === 'postgres' ? 'bigint' : 'integer',
    references: { table: 'users', onDelete: 'set null' },
  }),
  conditionType: 'user',
  isReference: true,
  canBeUnique: false,
  parseInput: (value) => parseReference(value),
  present: (value) => (value == null ? null : Number(value)),
  canConvertFrom: () => 'impossible',
};
