import {
  CONDITION_LIMITS,
  CONDITION_OPERATORS,
  type ConditionLeaf,
  type ConditionNode,
  type ConditionOperator,
  type ConditionProblem,
  type ConditionProblemCode,
} from '@lodestar/shared';
import './condition.messages.ts';
import { type ConditionSchema, resolveFieldPath } from './condition-schema.ts';
import { normalizeValue, OPERATORS_BY_FIELD_TYPE } from './field-operators.ts';

export type ParsedCondition =
  | { ok: true; condition: ConditionNode }
  | { ok: false; problems: ConditionProblem[] };

/** Reporting stops after this many problems: a huge bad input should not produce a huge answer. */
const MAX_PROBLEMS = 20;

/**
 * Checks untrusted JSON (e.g. the decoded `?filter=`) against the grammar and the fields of `object`, and
 * returns the condition with normalized values, or every problem found, each with a stable code. Never
 * throws on bad input. A field name is only ever looked up in the schema, so one that "tries SQL" is an
 * unknown field like any other.
 * @example parseCondition({ field: 'amount', op: 'gte', value: 10000 }, schema, 'opportunity')
 */
export function parseCondition(json: unknown, schema: ConditionSchema, object: string): ParsedCondition {
  const problems: ConditionProblem[] = [];
  let leaves = 0;

  const report = (path: string[], code: ConditionProblemCode, params: Record<string, unknown> = {}) => {
    if (problems.length < MAX_PROBLEMS) problems.push({ path: path.join('.'), code, params });
  };

  const walk = (node: unknown, path: string[], depth: number): ConditionNode | undefined => {
    if (typeof node !== 'object' || node === null || Array.isArray(node)) {
      report(path, 'condition.malformed');
      return undefined;
    }
    const keys = Object.keys(node);
    const record = node as Record<string, unknown>;
    if (keys.length === 1 && (keys[0] === 'and' || keys[0] === 'or' || keys[0] === 'not')) {
      if (depth >= CONDITION_LIMITS.maxDepth) {
        report(path, 'condition.too_deep', { max: CONDITION_LIMITS.maxDepth });
        return undefined;
      }
      if (keys[0] === 'not') {
        const inner = walk(record.not, [...path, 'not'], depth + 1);
        return inner && { not: inner };
      }
      const key = keys[0] as 'and' | 'or';
      const children = record[key];
      if (!Array.isArray(children)) {
        report([...path, key], 'condition.malformed');
        return undefined;
      }
      const parsed = children.map((child, index) => walk(child, [...path, key, String(index)], depth + 1));
      if (!parsed.every((child) => child !== undefined)) return undefined;
      return key === 'and' ? { and: parsed } : { or: parsed };
    }
    if (!keys.every((key) => key === 'field' || key === 'op' || key === 'value') || !('field' in record)) {
      report(path, 'condition.malformed');
      return undefined;
    }
    leaves += 1;
    if (leaves > CONDITION_LIMITS.maxLeaves) {
      if (leaves === CONDITION_LIMITS.maxLeaves + 1) {
        report(path, 'condition.too_large', { max: CONDITION_LIMITS.maxLeaves });
      }
      return undefined;
    }
    return parseLeaf(record, path);
  };

  const parseLeaf = (leaf: Record<string, unknown>, path: string[]): ConditionLeaf | undefined => {
    const { field, op } = leaf;
    if (typeof field !== 'string' || field.length === 0) {
      report([...path, 'field'], 'condition.malformed');
      return undefined;
    }
    if (typeof op !== 'string' || !(CONDITION_OPERATORS as readonly string[]).includes(op)) {
      report([...path, 'op'], 'condition.unknown_operator', { op: typeof op === 'string' ? op : String(op) });
      return undefined;
    }
    const segments = field.split('.').length;
    if (segments > CONDITION_LIMITS.maxPathSegments) {
      report([...path, 'field'], 'condition.too_deep', { max: CONDITION_LIMITS.maxPathSegments });
      return undefined;
    }
    const resolved = resolveFieldPath(schema, object, field);
    if (!resolved) {
      report([...path, 'field'], 'condition.unknown_field', { field });
      return undefined;
    }
    const operator = op as ConditionOperator;
    if (!OPERATORS_BY_FIELD_TYPE[resolved.field.type].includes(operator)) {
      report([...path, 'op'], 'condition.operator_not_applicable', { field, op });
      return undefined;
    }
    const value = normalizeValue(resolved.field.type, operator, leaf.value);
    if (!value) {
      report([...path, 'value'], 'condition.bad_value', { field, op });
      return undefined;
    }
    return { field, op: operator, ...value };
  };

  const condition = walk(json, [], 0);
  if (problems.length > 0 || !condition) {
    return {
      ok: false,
      problems: problems.length > 0 ? problems : [{ path: '', code: 'condition.malformed', params: {} }],
    };
  }
  return { ok: true, condition };
}
