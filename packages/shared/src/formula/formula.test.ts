import { describe, expect, it } from 'vitest';
import { checkFormula } from './check-formula.ts';
import { evaluateFormula, roundHalfAwayFromZero } from './evaluate-formula.ts';
import type { FormulaValueType } from './formula-ast.ts';
import { formulaFieldNames, parseFormula } from './parse-formula.ts';

const TYPES: Record<string, FormulaValueType> = {
  amount: 'number',
  discount: 'number',
  title: 'text',
  closeDate: 'date',
  won: 'boolean',
};
const fields = (name: string) => TYPES[name];

function run(source: string, values: Record<string, unknown> = {}) {
  const parsed = parseFormula(source);
  if (!parsed.ok) throw new Error(parsed.problem.code);
  return evaluateFormula(parsed.node, {
    valueOf: (name) => (values[name] ?? null) as never,
    today: '2024-05-01',
  });
}

describe('the formula language', () => {
  it('parses with precedence, parentheses, functions in any case and <> as !=', () => {
    expect(run('1 + 2 * 3')).toBe(7);
    expect(run('(1 + 2) * 3')).toBe(9);
    expect(run('-2 * 3 + 10 / 4')).toBe(-3.5);
    expect(run('if(1 <> 2, "a", "b") & concat("c", "d")')).toBe('acd');
    expect(run('amount * (1 - discount / 100)', { amount: 200, discount: 12.5 })).toBe(175);
    const parsed = parseFormula('IF(won, amount, discount) + amount');
    expect(parsed.ok && formulaFieldNames(parsed.node)).toEqual(['won', 'amount', 'discount']);
  });

  it('reports syntax problems with their position', () => {
    expect(parseFormula('1 +')).toMatchObject({ ok: false, problem: { code: 'formula.syntax' } });
    expect(parseFormula('"open')).toMatchObject({ problem: { params: { position: 1 } } });
    expect(parseFormula('FOO(1)')).toMatchObject({ problem: { code: 'formula.syntax' } });
    expect(parseFormula('1 < 2 < 3')).toMatchObject({ ok: false });
    expect(parseFormula('  ')).toMatchObject({ problem: { code: 'formula.empty' } });
  });

  it('checks field names, argument counts, types and the result type', () => {
    const check = (source: string, result?: 'number' | 'text' | 'currency') => {
      const parsed = parseFormula(source);
      if (!parsed.ok) throw new Error(parsed.problem.code);
      const checked = checkFormula(parsed.node, fields, result);
      return checked.ok ? checked.type : checked.problem.code;
    };
    expect(check('amount * 2', 'currency')).toBe('number');
    expect(check('DATEDIFF(closeDate, TODAY())')).toBe('number');
    expect(check('title & closeDate')).toBe('text');
    expect(check('missing + 1')).toBe('formula.unknown_field');
    expect(check('title + 1')).toBe('formula.type_mismatch');
    expect(check('amount & "x"')).toBe('formula.type_mismatch');
    expect(check('IF(amount, 1, 2)')).toBe('formula.type_mismatch');
    expect(check('IF(won, 1, "a")')).toBe('formula.type_mismatch');
    expect(check('DATEDIFF(closeDate)')).toBe('formula.argument_count');
    expect(check('ROUND(amount, amount)')).toBe('formula.round_digits');
    expect(check('title > "a"')).toBe('formula.type_mismatch');
    expect(check('amount', 'text')).toBe('formula.result_type');
  });

  it('evaluates empty values, division by zero and logic like SQL', () => {
    expect(run('amount / 0', { amount: 5 })).toBeNull();
    expect(run('amount + 1')).toBeNull();
    expect(run('amount > 1')).toBeNull();
    expect(run('IF(amount > 1, "y", "n")')).toBe('n');
    expect(run('AND(amount > 1, FALSE)')).toBe(false);
    expect(run('AND(amount > 1, TRUE)')).toBeNull();
    expect(run('OR(amount > 1, TRUE)')).toBe(true);
    expect(run('NOT(amount > 1)')).toBeNull();
    expect(run('CONCAT(title, "-")')).toBe('-');
    expect(run('COALESCE(amount, discount, 3)', { discount: 2 })).toBe(2);
    expect(run('BLANKVALUE(title, "none")', { title: '' })).toBe('none');
    expect(run('DATEDIFF(closeDate, TODAY())', { closeDate: '2024-05-31' })).toBe(30);
    expect(run('ROUND(2.5) + ROUND(-2.5) + ROUND(1.25, 1)')).toBe(1.3);
    expect(run('ABS(-3)')).toBe(3);
    expect(roundHalfAwayFromZero(-0.5)).toBe(-1);
  });
});
