import type { RecordContext } from '../../records/record-context.ts';

/** The column of a field of the context's object (columns follow metadata, not a fixed naming rule). */
export function columnOf(context: RecordContext, field: string): string {
  const meta = context.object.fields.find((candidate) => candidate.apiName === field);
  if (!meta) throw new Error(`${context.object.apiName} has no field ${field}`);
  return meta.columnName;
}
