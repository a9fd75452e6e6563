import {
  checkFormula,
  type FormulaProblem,
  type FormulaResultType,
  formulaFieldNames,
  parseFormula,
} from '@lodestar/shared';
import { AppError, conflict } from '../errors.ts';
import { formulaKindOf, parsedFormula } from '../records/formulas/computed-field.ts';
import type { FieldMeta, ObjectMeta } from './metadata-model.ts';
import './formula.messages.ts';

function formulaError(problem: FormulaProblem): AppError {
  return new AppError(400, problem.code, problem.params, [
    { field: 'options.expression', code: problem.code, params: problem.params },
  ]);
}

/**
 * Refuses (400, on `options.expression`) a formula that does not parse, names a field the object does not
 * have or cannot be used in formulas (other formulas included), or whose type does not fit its result type.
 */
export function assertValidFormula(
  object: ObjectMeta,
  options: { expression: string; resultType: FormulaResultType },
): void {
  const parsed = parseFormula(options.expression);
  if (!parsed.ok) throw formulaError(parsed.problem);
  const checked = checkFormula(
    parsed.node,
    (name) => {
      const field = object.fields.find((f) => f.apiName === name);
      if (!field) return undefined;
      const kind = formulaKindOf(field.type);
      if (kind === null) return 'unsupported';
      return kind === 'currency' ? 'number' : kind;
    },
    options.resultType,
  );
  if (!checked.ok) throw formulaError(checked.problem);
}

/** The formula fields of `object` that name `field`. */
export function formulasUsing(object: ObjectMeta, field: FieldMeta): FieldMeta[] {
  return object.fields.filter(
    (candidate) =>
      candidate.type === 'formula' &&
      formulaFieldNames(parsedFormula(String(candidate.options.expression))).includes(field.apiName),
  );
}

/** Refuses (409) to remove or retype a field that formulas still use, naming them. */
export function assertNotUsedByFormulas(object: ObjectMeta, field: FieldMeta): void {
  const users = formulasUsing(object, field);
  if (users.length > 0) {
    throw conflict('field.referenced_by_formula', { formulas: users.map((f) => f.apiName).join(', ') });
  }
}
