import { z } from 'zod';
import type { FieldTypeModule } from './field-type.ts';
import { parseReference } from './reference.ts';

export const LookupOptions = z.strictObject({
  /** Api name of the object the field points at. */
  target: z.string().min(1).max(40),
  onDelete: z.enum(['setNull', 'restrict']).default('setNull'),
});
export type LookupOptions = z.infer<typeof LookupOptions>;

/** A reference to a record of another (or the same) object: `<column>_id` with a foreign key to its table. */
export const lookupField: FieldTypeModule<LookupOptions> = {
  type: 'lookup',
  optionsSchema: LookupOptions,
  column: (dialect, options, referencedTable) => ({
    dataType: dialect === 'postgres' ? 'bigint' : 'integer',
    ...(referencedTable
      ? {
          references: {
            table: referencedTable,
            onDelete: options.onDelete === 'restrict' ? 'restrict' : 'set null',
          },
        }
      : {}),
  }),
  conditionType: 'lookup',
  isReference: true,
  canBeUnique: true,
  parseInput: (value) => parseReference(value),
  present: (value) => (value == null ? null : Number(value)),
  canConvertFrom: () => 'impossible',
};
