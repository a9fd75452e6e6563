import { CONDITION_LIMITS, conditionNodeSchema } from '@lodestar/shared';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { translate } from '../../platform/i18n.ts';
import { testSchema } from './condition-test-tables.ts';
import { parseCondition } from './parse-condition.ts';

const parse = (json: unknown) => parseCondition(json, testSchema, 'deal');
const problemsOf = (json: unknown) => {
  const parsed = parse(json);
  return parsed.ok ? [] : parsed.problems.map(({ path, code }) => ({ path, code }));
};

/** `depth` nested `not`s around a leaf, decoded from JSON text as a `?filter=` would be. */
const nest = (depth: number): unknown =>
  JSON.parse(`${'{"not":'.repeat(depth)}{"field":"amount","op":"gt","value":1}${'}'.repeat(depth)}`);

describe('parseCondition', () => {
  it('accepts a valid condition and normalizes datetimes to UTC', () => {
    const parsed = parse({
      and: [
        { field: 'stage', op: 'eq', value: 'won' },
        { not: { field: 'closedAt', op: 'gte', value: '2024-04-01T00:00:00+08:00' } },
        { field: 'account.parent.region', op: 'isEmpty', value: null },
      ],
    });
    expect(parsed).toEqual({
      ok: true,
      condition: {
        and: [
          { field: 'stage', op: 'eq', value: 'won' },
          { not: { field: 'closedAt', op: 'gte', value: '2024-03-31T16:00:00.000Z' } },
          { field: 'account.parent.region', op: 'isEmpty' },
        ],
      },
    });
  });

  it.each<[string, unknown, Array<{ path: string; code: string }>]>([
    ['not an object', 'amount > 5', [{ path: '', code: 'condition.malformed' }]],
    ['null', null, [{ path: '', code: 'condition.malformed' }]],
    ['an array', [], [{ path: '', code: 'condition.malformed' }]],
    ['and of a non-array', { and: { field: 'amount' } }, [{ path: 'and', code: 'condition.malformed' }]],
    ['two group keys', { and: [], or: [] }, [{ path: '', code: 'condition.malformed' }]],
    [
      'an extra key',
      { field: 'amount', op: 'eq', value: 1, sql: 'x' },
      [{ path: '', code: 'condition.malformed' }],
    ],
    ['no field', { op: 'eq', value: 1 }, [{ path: '', code: 'condition.malformed' }]],
    [
      'a field that is not a string',
      { field: 5, op: 'eq', value: 1 },
      [{ path: 'field', code: 'condition.malformed' }],
    ],
    [
      'an unknown field',
      { field: 'nope', op: 'eq', value: 1 },
      [{ path: 'field', code: 'condition.unknown_field' }],
    ],
    [
      'a field name that tries SQL',
      { field: 'amount; drop table cond_deals; --', op: 'eq', value: 1 },
      [{ path: 'field', code: 'condition.unknown_field' }],
    ],
    [
      'a prototype key',
      { field: 'constructor', op: 'eq', value: 1 },
      [{ path: 'field', code: 'condition.unknown_field' }],
    ],
    [
      'a path through a non-lookup',
      { field: 'amount.x', op: 'eq', value: 1 },
      [{ path: 'field', code: 'condition.unknown_field' }],
    ],
    [
      'an unknown related field',
      { field: 'account.nope', op: 'eq', value: 1 },
      [{ path: 'field', code: 'condition.unknown_field' }],
    ],
    [
      'a too long path',
      { field: 'account.parent.parent.parent.name', op: 'eq', value: 'x' },
      [{ path: 'field', code: 'condition.too_deep' }],
    ],
    [
      'an unknown operator',
      { field: 'amount', op: 'like', value: 1 },
      [{ path: 'op', code: 'condition.unknown_operator' }],
    ],
    ['no operator', { field: 'amount', value: 1 }, [{ path: 'op', code: 'condition.unknown_operator' }]],
    [
      'an operator the type lacks',
      { field: 'amount', op: 'contains', value: '1' },
      [{ path: 'op', code: 'condition.operator_not_applicable' }],
    ],
    [
      'ordering text',
      { field: 'title', op: 'gt', value: 'a' },
      [{ path: 'op', code: 'condition.operator_not_applicable' }],
    ],
    [
      'a prefix test on a region',
      { field: 'place', op: 'startsWith', value: '33' },
      [{ path: 'op', code: 'condition.operator_not_applicable' }],
    ],
    [
      'a region that is not a code',
      { field: 'place', op: 'eq', value: '浙江' },
      [{ path: 'value', code: 'condition.bad_value' }],
    ],
    [
      'a region code with a wildcard',
      { field: 'place', op: 'in', value: ['33%000'] },
      [{ path: 'value', code: 'condition.bad_value' }],
    ],
    [
      'a string for a number',
      { field: 'amount', op: 'eq', value: '5' },
      [{ path: 'value', code: 'condition.bad_value' }],
    ],
    ['a missing value', { field: 'amount', op: 'eq' }, [{ path: 'value', code: 'condition.bad_value' }]],
    [
      'NaN-like values',
      { field: 'amount', op: 'eq', value: null },
      [{ path: 'value', code: 'condition.bad_value' }],
    ],
    [
      'an empty text',
      { field: 'title', op: 'eq', value: '' },
      [{ path: 'value', code: 'condition.bad_value' }],
    ],
    [
      'a value on isEmpty',
      { field: 'title', op: 'isEmpty', value: 'x' },
      [{ path: 'value', code: 'condition.bad_value' }],
    ],
    [
      'an empty in list',
      { field: 'stage', op: 'in', value: [] },
      [{ path: 'value', code: 'condition.bad_value' }],
    ],
    [
      'a scalar for in',
      { field: 'stage', op: 'in', value: 'won' },
      [{ path: 'value', code: 'condition.bad_value' }],
    ],
    [
      'a mixed in list',
      { field: 'amount', op: 'in', value: [1, 'x'] },
      [{ path: 'value', code: 'condition.bad_value' }],
    ],
    [
      'between of three',
      { field: 'amount', op: 'between', value: [1, 2, 3] },
      [{ path: 'value', code: 'condition.bad_value' }],
    ],
    [
      'an impossible date',
      { field: 'closeDate', op: 'eq', value: '2024-02-30' },
      [{ path: 'value', code: 'condition.bad_value' }],
    ],
    [
      'a datetime without zone',
      { field: 'closedAt', op: 'eq', value: '2024-02-01T10:00:00' },
      [{ path: 'value', code: 'condition.bad_value' }],
    ],
    [
      'a relative date on text',
      { field: 'title', op: 'eq', value: { relative: 'today' } },
      [{ path: 'value', code: 'condition.bad_value' }],
    ],
    [
      'a relative date with in',
      { field: 'closeDate', op: 'in', value: [{ relative: 'today' }] },
      [{ path: 'value', code: 'condition.bad_value' }],
    ],
    [
      'an unknown period',
      { field: 'closeDate', op: 'eq', value: { relative: 'someday' } },
      [{ path: 'value', code: 'condition.bad_value' }],
    ],
    [
      'lastNDays without n',
      { field: 'closeDate', op: 'eq', value: { relative: 'lastNDays' } },
      [{ path: 'value', code: 'condition.bad_value' }],
    ],
    [
      'n on a fixed period',
      { field: 'closeDate', op: 'eq', value: { relative: 'today', n: 2 } },
      [{ path: 'value', code: 'condition.bad_value' }],
    ],
    [
      'a fractional n',
      { field: 'closeDate', op: 'eq', value: { relative: 'nextNDays', n: 1.5 } },
      [{ path: 'value', code: 'condition.bad_value' }],
    ],
    [
      'a lookup id that is not an integer',
      { field: 'account', op: 'eq', value: 1.5 },
      [{ path: 'value', code: 'condition.bad_value' }],
    ],
    [
      'a string for a boolean',
      { field: 'won', op: 'eq', value: 'true' },
      [{ path: 'value', code: 'condition.bad_value' }],
    ],
    [
      'problems in several leaves',
      { or: [{ field: 'nope', op: 'eq', value: 1 }, { not: { field: 'amount', op: 'eq', value: 'x' } }] },
      [
        { path: 'or.0.field', code: 'condition.unknown_field' },
        { path: 'or.1.not.value', code: 'condition.bad_value' },
      ],
    ],
  ])('reports %s', (_name, json, expected) => {
    expect(problemsOf(json)).toEqual(expected);
  });

  it('refuses nesting deeper than the limit, however deep', () => {
    expect(parse(nest(CONDITION_LIMITS.maxDepth)).ok).toBe(true);
    expect(problemsOf(nest(CONDITION_LIMITS.maxDepth + 1))).toEqual([
      { path: Array(CONDITION_LIMITS.maxDepth).fill('not').join('.'), code: 'condition.too_deep' },
    ]);
    expect(problemsOf(nest(100_000))[0]?.code).toBe('condition.too_deep');
  });

  it('refuses more leaves than the limit', () => {
    const leaves = (n: number) => ({
      and: Array.from({ length: n }, () => ({ field: 'amount', op: 'gt', value: 1 })),
    });
    expect(parse(leaves(CONDITION_LIMITS.maxLeaves)).ok).toBe(true);
    expect(problemsOf(leaves(CONDITION_LIMITS.maxLeaves + 1))).toEqual([
      { path: `and.${CONDITION_LIMITS.maxLeaves}`, code: 'condition.too_large' },
    ]);
  });

  it('has a message in both languages for every code', () => {
    const parsed = parse({ field: 'amount', op: 'contains', value: 1 });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const [problem] = parsed.problems;
    expect(translate('zh-CN', problem!.code, problem!.params)).toBe('字段 amount 不能使用运算符 contains');
    expect(translate('en', problem!.code, problem!.params)).toBe(
      'The operator contains cannot be used on the field amount',
    );
    for (const code of [
      'malformed',
      'unknown_field',
      'unknown_operator',
      'bad_value',
      'too_deep',
      'too_large',
    ]) {
      expect(translate('zh-CN', `condition.${code}`)).not.toBe(`condition.${code}`);
      expect(translate('en', `condition.${code}`)).not.toBe(`condition.${code}`);
    }
  });

  it('never throws on arbitrary JSON, and what it accepts fits the shared grammar', () => {
    const leafLike = fc.record(
      {
        field: fc.oneof(
          fc.constantFrom('amount', 'title', 'closeDate', 'account.region', 'won'),
          fc.string(),
        ),
        op: fc.oneof(
          fc.constantFrom('eq', 'in', 'between', 'isEmpty', 'contains'),
          fc.jsonValue({ maxDepth: 1 }),
        ),
        value: fc.jsonValue({ maxDepth: 2 }),
      },
      { requiredKeys: [] },
    );
    const { node } = fc.letrec<{ node: unknown }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        leafLike,
        fc.jsonValue({ maxDepth: 2 }),
        fc.record({ and: fc.array(tie('node'), { maxLength: 3 }) }),
        fc.record({ or: fc.oneof(fc.array(tie('node'), { maxLength: 3 }), tie('node')) }),
        fc.record({ not: tie('node') }),
      ),
    }));
    fc.assert(
      fc.property(node, (json) => {
        const parsed = parse(json);
        if (parsed.ok) expect(conditionNodeSchema.safeParse(parsed.condition).success).toBe(true);
        else expect(parsed.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });
});
