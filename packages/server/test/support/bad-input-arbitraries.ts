import fc from 'fast-check';

/**
 * fast-check arbitraries of request bodies that an endpoint must refuse. Each field of an endpoint is
 * described by an arbitrary of values that are invalid for it whatever the rest of the body holds, so a
 * body with at least one such value can never be accepted: a 2xx answer is a bug, not a fluke.
 */

/** What an endpoint takes: a valid body, and for each field an arbitrary of invalid values. */
export interface BodySpec {
  valid: Record<string, unknown>;
  bad: Record<string, fc.Arbitrary<unknown>>;
  /** Fields that may not be omitted. */
  required: string[];
  /** Extra keys are refused (zod `.strict()`); when false they are dropped and the body may pass. */
  strict: boolean;
  /** The whole body may be left out, and a JSON `null` body counts as left out. */
  optionalBody?: boolean;
}

/** A request body to send: a JSON value, or raw text with its content type. */
export type BadPayload =
  | { kind: 'json'; label: string; value: unknown }
  | { kind: 'raw'; label: string; text: string; contentType: string | null };

/** JSON values that are not strings (objects, arrays, numbers, booleans). */
const notString = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
);
const notStringOrNull = fc.oneof(notString, fc.constant(null));

/** Strings longer than any text field accepts; the longest pass the body limit and get a 413. */
export const hugeString = fc
  .tuple(fc.constantFrom('a', '字', '😀', '\u0000', 'a '), fc.integer({ min: 10_001, max: 300_000 }))
  .map(([unit, n]) => unit.repeat(n));

const notObject = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 4 }),
);

/** Invalid values for a text field with at most a few thousand characters. */
export const badText = (nullable: boolean) => fc.oneof(nullable ? notString : notStringOrNull, hugeString);

/** Invalid values for a required, non-blank text field. */
export const badRequiredText = () =>
  fc.oneof(notStringOrNull, hugeString, fc.constantFrom('', '   ', '\t\n'));

/** Invalid values for an integer id in a body. */
export const badId = (nullable: boolean) =>
  fc.oneof(
    fc.integer({ min: 1, max: 1_000_000 }).map(String),
    fc.string({ maxLength: 10 }),
    fc.integer({ min: -1_000_000, max: 0 }),
    fc.double({ min: 0.001, max: 1e6, noNaN: true }).filter((n) => !Number.isInteger(n)),
    fc.constantFrom(2 ** 53, 1e20, 1e300, -(2 ** 63), 2 ** 63),
    fc.boolean(),
    fc.array(fc.integer({ min: 1, max: 10 }), { maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 4 }), fc.integer(), { maxKeys: 2 }),
    ...(nullable ? [] : [fc.constant(null)]),
  );

/** Invalid values for an array of ids. */
export const badIdList = () =>
  fc.oneof(
    notObject.filter((v) => !Array.isArray(v)),
    fc.array(badId(false), { minLength: 1, maxLength: 4 }),
    fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 51, maxLength: 120 }),
  );

/** Invalid values for a field that takes one of `values`. */
export const badEnum = (values: readonly string[], nullable = false) =>
  fc.oneof(
    fc.string({ maxLength: 20 }).filter((s) => !values.includes(s)),
    fc
      .constantFrom(...values.map((v) => v.toUpperCase()), ...values.map((v) => ` ${v}`))
      .filter((s) => !values.includes(s)),
    nullable ? notString : notStringOrNull,
  );

/** Invalid e-mail addresses. */
export const badEmail = (nullable: boolean) =>
  fc.oneof(
    fc.string({ maxLength: 40 }).filter((s) => !s.includes('@')),
    fc.constantFrom('a@', '@b.cn', 'a b@c.cn', 'a@b', '张三@', `${'x'.repeat(300)}@example.com`),
    nullable ? notString : notStringOrNull,
    hugeString,
  );

/** Invalid new passwords: too short, too long, not text. */
export const badNewPassword = () =>
  fc.oneof(
    fc.string({ maxLength: 7 }),
    notStringOrNull,
    fc.integer({ min: 201, max: 5000 }).map((n) => 'p'.repeat(n)),
    hugeString,
  );

/** Invalid integers within a range. */
export const badBoundedInt = (min: number, max: number) =>
  fc.oneof(
    fc.integer({ min: max + 1 }),
    fc.integer({ max: min - 1 }),
    fc.double({ min, max, noNaN: true }).filter((n) => !Number.isInteger(n)),
    fc.integer({ min, max }).map(String),
    notStringOrNull.filter((v) => typeof v !== 'number'),
  );

/** Invalid ISO-8601 date-times. */
export const badDateTime = () =>
  fc.oneof(
    fc.string({ maxLength: 20 }).filter((s) => !/^\d{4}-\d{2}-\d{2}T/.test(s)),
    fc.constantFrom('tomorrow', '2024-13-45T25:61:00Z', '2024-01-01', '1700000000'),
    notString,
  );

/** Invalid nested objects: not an object, or an object with one invalid or unknown member. */
export const badObject = (spec: {
  valid: Record<string, unknown>;
  bad: Record<string, fc.Arbitrary<unknown>>;
}) =>
  fc.oneof(
    notObject,
    fc
      .constantFrom(...Object.keys(spec.bad))
      .chain((key) => spec.bad[key]!.map((value) => ({ ...spec.valid, [key]: value }))),
    unknownKey(Object.keys(spec.valid)).map((key) => ({ ...spec.valid, [key]: 'x' })),
  );

/** Invalid permission matrices (`object → key → value`). */
export const badMatrix = (
  validInner: Record<string, string>,
  badInnerValue: fc.Arbitrary<unknown>,
  badInnerKeys: string[],
) =>
  fc.oneof(
    notObject,
    fc.record({ lead: notObject }),
    badInnerValue.map((value) => ({ lead: { ...validInner, [Object.keys(validInner)[0]!]: value } })),
    fc.constantFrom(...badInnerKeys).map((key) => ({ lead: { [key]: Object.values(validInner)[0] } })),
    fc.constantFrom('spaceship', 'User', '', 'users', 'lead ').map((object) => ({ [object]: validInner })),
  );

/** Keys no endpoint takes, including ones that try to smuggle privileges or pollute prototypes. */
export const unknownKey = (known: string[]) =>
  fc
    .oneof(
      fc.constantFrom(
        'isAdmin',
        'is_admin',
        'id',
        'password_hash',
        'role',
        'admin',
        '__proto__',
        'constructor',
        'prototype',
      ),
      fc.string({ minLength: 1, maxLength: 12, unit: 'grapheme' }),
    )
    .filter((key) => !known.includes(key));

/** Text that is not valid JSON, or JSON that tries prototype pollution (refused by the parser). */
export const malformedJson = fc.oneof(
  fc.constantFrom(
    '{',
    '}',
    '{"name": }',
    "{'name': 'x'}",
    '{"name": "x",}',
    '{name: "x"}',
    'NaN',
    'undefined',
    '{"a": 01}',
    '{"a": "\\x"}',
    '\uFEFF{"a":1',
    '{"__proto__": {"isAdmin": true}}',
    '{"constructor": {"prototype": {"isAdmin": true}}}',
    '{"a": {"__proto__": {"polluted": 1}}}',
    '[1, 2',
    `${'['.repeat(50_000)}${']'.repeat(49_999)}`,
  ),
  fc.string({ minLength: 1, maxLength: 40 }).filter((s) => {
    try {
      JSON.parse(s);
      return false;
    } catch {
      return true;
    }
  }),
);

/** Content types the API does not parse as JSON. */
export const WRONG_CONTENT_TYPES = [
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=xyz',
  'application/xml',
  'text/html',
  'application/octet-stream',
  'image/png',
] as const;

/** Every kind of bad body for one endpoint. */
export function badBody(spec: BodySpec): fc.Arbitrary<BadPayload> {
  const fields = Object.keys(spec.bad);
  const replaced = fc
    .subarray(fields, { minLength: 1 })
    .chain((names) => fc.tuple(fc.constant(names), fc.tuple(...names.map((n) => spec.bad[n]!))))
    .map(([names, values]): BadPayload => {
      const body: Record<string, unknown> = { ...spec.valid };
      names.forEach((name, i) => {
        body[name] = values[i];
      });
      return { kind: 'json', label: `invalid ${names.join(', ')}`, value: body };
    });
  const kinds: Array<fc.Arbitrary<BadPayload>> = [
    replaced,
    replaced.chain((payload) =>
      fc.tuple(unknownKey(fields), fc.jsonValue({ maxDepth: 2 })).map(
        ([key, value]): BadPayload => ({
          kind: 'json',
          label: `${payload.label} and unknown key`,
          value: { ...(payload as { value: object }).value, [key]: value },
        }),
      ),
    ),
    notObject
      .filter((value) => !(spec.optionalBody && value === null))
      .map((value): BadPayload => ({ kind: 'json', label: 'not an object', value })),
    malformedJson.map(
      (text): BadPayload => ({ kind: 'raw', label: 'malformed JSON', text, contentType: 'application/json' }),
    ),
    fc.constantFrom(...WRONG_CONTENT_TYPES).map(
      (contentType): BadPayload => ({
        kind: 'raw',
        label: `content type ${contentType}`,
        text: JSON.stringify(spec.valid),
        contentType,
      }),
    ),
    fc.constant<BadPayload>({
      kind: 'raw',
      label: 'empty JSON body',
      text: '',
      contentType: 'application/json',
    }),
  ];
  if (spec.required.length) {
    kinds.push(
      fc.subarray(spec.required, { minLength: 1 }).map((missing): BadPayload => {
        const body = { ...spec.valid };
        for (const name of missing) delete body[name];
        return { kind: 'json', label: `missing ${missing.join(', ')}`, value: body };
      }),
    );
  }
  if (spec.strict) {
    kinds.push(
      fc.tuple(unknownKey(fields), fc.jsonValue({ maxDepth: 2 })).map(
        ([key, value]): BadPayload => ({
          kind: 'raw',
          label: `unknown key ${JSON.stringify(key)}`,
          // Raw text, so that `__proto__` is sent as a key rather than swallowed by the object literal.
          text: JSON.stringify(spec.valid).replace(
            /^\{/,
            `{${JSON.stringify(key)}:${JSON.stringify(value) ?? 'null'},`,
          ),
          contentType: 'application/json',
        }),
      ),
    );
  }
  return fc.oneof(...kinds);
}
