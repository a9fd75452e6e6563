import type { ConditionNode, ConditionValue } from '@lodestar/shared';
import { type ConditionSchema, resolveFieldPath } from './conditions/condition-schema.ts';

/**
 * Turns the API values of a parsed condition into stored values (e.g. currency yuan → fen) using each
 * field's `encodeValue`, so the compiled SQL compares like with like. Relative dates are left alone.
 */
export function encodeConditionValues(
  node: ConditionNode,
  schema: ConditionSchema,
  object: string,
): ConditionNode {
  if ('and' in node) return { and: node.and.map((child) => encodeConditionValues(child, schema, object)) };
  if ('or' in node) return { or: node.or.map((child) => encodeConditionValues(child, schema, object)) };
  if ('not' in node) return { not: encodeConditionValues(node.not, schema, object) };
  const encode = resolveFieldPath(schema, object, node.field)?.field.encodeValue;
  if (!encode || node.value === undefined) return node;
  const value = Array.isArray(node.value)
    ? node.value.map((item) => encode(item))
    : typeof node.value === 'object' && node.value !== null
      ? node.value
      : encode(node.value);
  return { ...node, value: value as ConditionValue };
}
