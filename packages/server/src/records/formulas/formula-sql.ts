import type { FormulaNode } from '@lodestar/shared';
import { type RawBuilder, sql } from 'kysely';
import type { DialectName } from '../../db/database.ts';
import { daysBetweenSql } from '../../db/formula-dialect.ts';

type Sql = RawBuilder<unknown>;

export interface FormulaSqlContext {
  dialect: DialectName;
  /** The SQL of a field the formula names, already in formula form (numbers as doubles, currency in yuan). */
  fieldSql(name: string): Sql;
  /** Today's date (`YYYY-MM-DD`), passed as a parameter. */
  today: string;
}

/** A number literal as a double on both dialects (integer literals would divide as integers). */
const double = (value: number): Sql => sql`cast(${sql.raw(String(value))} as double precision)`;
const text = (value: string | Sql): Sql => sql`cast(${value} as text)`;

/** `sign(x) * floor(abs(x) * 10^digits + 0.5) / 10^digits`: the same IEEE steps as `roundHalfAwayFromZero`. */
export function roundSql(value: Sql, digits = 0): Sql {
  if (digits === 0) return sql`(sign(${value}) * floor(abs(${value}) + ${double(0.5)}))`;
  const scale = double(10 ** digits);
  return sql`(sign(${value}) * floor(abs(${value}) * ${scale} + ${double(0.5)}) / ${scale})`;
}

/**
 * Compiles a checked formula to one SQL expression valid on the dialect, with the evaluation rules of
 * `evaluateFormula`: identifiers come only from `fieldSql`, texts are parameters, numbers are checked
 * finite literals, division by zero yields NULL.
 */
export function formulaSql(node: FormulaNode, context: FormulaSqlContext): Sql {
  const compile = (child: FormulaNode) => formulaSql(child, context);
  switch (node.kind) {
    case 'number':
      if (!Number.isFinite(node.value)) throw new Error('formula number out of range');
      return double(node.value);
    case 'text':
      return text(sql`${node.value}`);
    case 'boolean':
      return node.value ? sql`(1 = 1)` : sql`(1 = 0)`;
    case 'field':
      return context.fieldSql(node.name);
    case 'negate':
      return sql`(-${compile(node.operand)})`;
    case 'binary': {
      const left = compile(node.left);
      const right = compile(node.right);
      switch (node.op) {
        case '&':
          return sql`(coalesce(${left}, '') || coalesce(${right}, ''))`;
        case '/':
          return sql`(${left} / nullif(${right}, ${double(0)}))`;
        case '!=':
          return sql`(${left} <> ${right})`;
        default:
          return sql`(${left} ${sql.raw(node.op)} ${right})`;
      }
    }
    case 'call':
      return callSql(node, compile, context);
  }
}

function callSql(
  node: Extract<FormulaNode, { kind: 'call' }>,
  compile: (child: FormulaNode) => Sql,
  context: FormulaSqlContext,
): Sql {
  const args = node.args.map(compile);
  const [first, second, third] = args as [Sql, Sql, Sql];
  switch (node.name) {
    case 'IF':
      return sql`(case when ${first} then ${second} else ${third} end)`;
    case 'AND':
      return sql`(${sql.join(args, sql` and `)})`;
    case 'OR':
      return sql`(${sql.join(args, sql` or `)})`;
    case 'NOT':
      return sql`(not ${first})`;
    case 'CONCAT':
      return sql`(${sql.join(
        args.map((arg) => sql`coalesce(${arg}, '')`),
        sql` || `,
      )})`;
    case 'DATEDIFF':
      return daysBetweenSql(context.dialect, first, second);
    case 'TODAY':
      return text(sql`${context.today}`);
    case 'ROUND': {
      const digits = node.args[1]?.kind === 'number' ? node.args[1].value : 0;
      return roundSql(first, digits);
    }
    case 'ABS':
      return sql`abs(${first})`;
    case 'COALESCE':
      return sql`coalesce(${sql.join(args)})`;
    case 'BLANKVALUE':
      return sql`(case when ${first} is null or ${text(first)} = '' then ${second} else ${first} end)`;
  }
}
