import { beforeAll, describe, expect, it } from 'vitest';
import { loadRegionIndex } from '../../platform/regions/region-index.ts';
import { FIELD_TYPES, type FieldType, fieldTypeModule, type ParseContext } from './index.ts';

let context: ParseContext;
beforeAll(async () => {
  const tierTags = [{ key: 'vip', label: { 'zh-CN': '重要', en: 'VIP' }, color: '#f5222d' }];
  context = {
    regions: await loadRegionIndex(),
    tagGroups: { tagsOf: (group) => (group === 'tier' ? tierTags : undefined) },
  };
});

/** Parses with the type's default options (plus `options`) and presents the stored value back. */
function roundTrip(type: FieldType, input: unknown, options: Record<string, unknown> = {}) {
  const module = fieldTypeModule(type)!;
  const parsedOptions = module.optionsSchema.parse(options);
  const parsed = module.parseInput(input, parsedOptions, context);
  return parsed.ok
    ? { stored: parsed.value, shown: module.present(parsed.value, parsedOptions) }
    : { code: parsed.code };
}

describe('field type modules', () => {
  it('covers every type name: modules for this slice, null for the rest', () => {
    const unavailable = FIELD_TYPES.filter((type) => fieldTypeModule(type) === null);
    expect(unavailable.filter((type) => type !== 'formula')).toEqual([]);
    for (const type of FIELD_TYPES) expect(fieldTypeModule(type)?.type ?? type).toBe(type);
  });

  it('treats absent, null and blank input as empty', () => {
    for (const type of FIELD_TYPES) {
      if (
        !fieldTypeModule(type) ||
        ['select', 'lookup', 'multiSelect', 'tags', 'autoNumber', 'attachment', 'formula'].includes(type)
      )
        continue;
      expect(roundTrip(type, null), type).toEqual({ stored: null, shown: null });
      expect(roundTrip(type, undefined), type).toEqual({ stored: null, shown: null });
    }
  });

  it('text and longText: trimmed, limited in length', () => {
    expect(roundTrip('text', '  领航科技 ')).toEqual({ stored: '领航科技', shown: '领航科技' });
    expect(roundTrip('text', 'abc', { maxLength: 2 })).toEqual({ code: 'value.too_long' });
    expect(roundTrip('text', 12)).toEqual({ code: 'value.expected_text' });
    expect(roundTrip('longText', '第一行\n第二行')).toEqual({
      stored: '第一行\n第二行',
      shown: '第一行\n第二行',
    });
  });

  it('number and percent: finite, within scale and range', () => {
    expect(roundTrip('number', 12.5)).toEqual({ stored: 12.5, shown: 12.5 });
    expect(roundTrip('number', '42')).toEqual({ stored: 42, shown: 42 });
    expect(roundTrip('number', 1.234)).toEqual({ code: 'value.too_many_decimals' });
    expect(roundTrip('number', 'abc')).toEqual({ code: 'value.expected_number' });
    expect(roundTrip('number', 5, { min: 10 })).toEqual({ code: 'value.out_of_range' });
    expect(roundTrip('percent', 12.5)).toEqual({ stored: 12.5, shown: 12.5 });
  });

  it('currency: decimal strings in, integer minor units stored, two decimals out', () => {
    expect(roundTrip('currency', '12345.6')).toEqual({ stored: 1234560, shown: '12345.60' });
    expect(roundTrip('currency', '-0.05')).toEqual({ stored: -5, shown: '-0.05' });
    expect(roundTrip('currency', '1.005')).toEqual({ code: 'value.expected_amount' });
    expect(roundTrip('currency', 12.5)).toEqual({ code: 'value.expected_amount' });
    const currency = fieldTypeModule('currency')!;
    expect(currency.present(String(1234560), { currency: 'CNY' })).toBe('12345.60');
    expect(currency.encodeConditionValue?.('10000', { currency: 'CNY' })).toBe(1000000);
    expect(currency.encodeConditionValue?.(10000, { currency: 'CNY' })).toBe(1000000);
    expect(currency.optionsSchema.parse({})).toEqual({ currency: 'CNY' });
    expect(currency.optionsSchema.safeParse({ currency: 'yuan' }).success).toBe(false);
  });

  it('date and datetime: real calendar days, instants normalised to UTC', () => {
    expect(roundTrip('date', '2024-02-29')).toEqual({ stored: '2024-02-29', shown: '2024-02-29' });
    expect(roundTrip('date', '2023-02-29')).toEqual({ code: 'value.expected_date' });
    expect(roundTrip('datetime', '2024-04-10T10:00:00+08:00')).toEqual({
      stored: '2024-04-10T02:00:00.000Z',
      shown: '2024-04-10T02:00:00.000Z',
    });
    expect(roundTrip('datetime', '2024-04-10 10:00')).toEqual({ code: 'value.expected_datetime' });
  });

  it('boolean: true/false in, 0/1 or boolean read back as boolean', () => {
    expect(roundTrip('boolean', true)).toEqual({ stored: true, shown: true });
    expect(roundTrip('boolean', 'yes')).toEqual({ code: 'value.expected_boolean' });
    expect(fieldTypeModule('boolean')!.present(0, {})).toBe(false);
    expect(fieldTypeModule('boolean')!.present(1, {})).toBe(true);
  });

  it('select: only declared choices', () => {
    const options = { choices: [{ value: 'new', label: { 'zh-CN': '新', en: 'New' } }] };
    expect(roundTrip('select', 'new', options)).toEqual({ stored: 'new', shown: 'new' });
    expect(roundTrip('select', 'old', options)).toEqual({ code: 'value.unknown_choice' });
    expect(fieldTypeModule('select')!.optionsSchema.safeParse({ choices: [] }).success).toBe(false);
  });

  it('multiSelect and tags: known values as a JSON array, de-duplicated in order, shown as an array', () => {
    const label = { 'zh-CN': '标签', en: 'Label' };
    const options = {
      choices: [
        { value: 'vip', label },
        { value: 'key_account', label },
      ],
    };
    expect(roundTrip('multiSelect', ['key_account', 'vip', 'key_account'], options)).toEqual({
      stored: '["key_account","vip"]',
      shown: ['key_account', 'vip'],
    });
    expect(roundTrip('multiSelect', [], options)).toEqual({ stored: null, shown: [] });
    expect(roundTrip('multiSelect', null, options)).toEqual({ stored: null, shown: [] });
    expect(roundTrip('multiSelect', ['gold'], options)).toEqual({ code: 'value.unknown_choice' });
    expect(roundTrip('multiSelect', 'vip', options)).toEqual({ code: 'value.expected_list' });
    expect(roundTrip('multiSelect', [1], options)).toEqual({ code: 'value.expected_list' });
    const schema = fieldTypeModule('multiSelect')!.optionsSchema;
    expect(schema.safeParse({ choices: [{ value: 'a b', label }] }).success).toBe(false);
    expect(schema.safeParse({ choices: [{ value: '"%', label }] }).success).toBe(false);
    expect(
      schema.safeParse({
        choices: [
          { value: 'A', label },
          { value: 'a', label },
        ],
      }).success,
    ).toBe(false);
    const tags = { group: 'tier' };
    expect(roundTrip('tags', ['vip'], tags)).toEqual({ stored: '["vip"]', shown: ['vip'] });
    expect(roundTrip('tags', ['x'], tags)).toEqual({ code: 'value.unknown_choice' });
    expect(roundTrip('tags', ['vip'], { group: 'missing' })).toEqual({ code: 'value.unknown_choice' });
    expect(fieldTypeModule('tags')!.optionsSchema.safeParse({ group: 'Bad key' }).success).toBe(false);
    expect(fieldTypeModule('tags')!.conditionType).toBe('multiSelect');
  });

  it('attachment: file ids (or objects with id) in, stored descriptors shown; limits in the options', () => {
    expect(roundTrip('attachment', [3, { id: 5 }, 3])).toEqual({ stored: '[3,5]', shown: [] });
    expect(roundTrip('attachment', null)).toEqual({ stored: null, shown: [] });
    expect(roundTrip('attachment', [1, 2], { multiple: false })).toEqual({ code: 'value.too_many_files' });
    expect(roundTrip('attachment', ['x'])).toEqual({ code: 'value.expected_file_list' });
    expect(roundTrip('attachment', 7)).toEqual({ code: 'value.expected_file_list' });
    const module = fieldTypeModule('attachment')!;
    const stored = JSON.stringify([{ id: 1, name: '合同.pdf', size: 10, mimeType: 'application/pdf' }]);
    expect(module.present(stored, module.optionsSchema.parse({}))).toEqual([
      { id: 1, name: '合同.pdf', size: 10, mimeType: 'application/pdf' },
    ]);
    expect(module.optionsSchema.parse({})).toEqual({ multiple: true, maxSizeMb: 20, accept: [] });
    expect(module.optionsSchema.safeParse({ accept: ['pdf; drop'] }).success).toBe(false);
  });

  it('autoNumber: a valid pattern, no input accepted', () => {
    const options = { pattern: 'HT-{YYYY}-{0000}' };
    expect(roundTrip('autoNumber', null, options)).toEqual({ stored: null, shown: null });
    expect(roundTrip('autoNumber', 'HT-1', options)).toEqual({ code: 'value.read_only' });
    const schema = fieldTypeModule('autoNumber')!.optionsSchema;
    expect(schema.safeParse({ pattern: 'HT-{YYYY}' }).success).toBe(false);
    expect(schema.safeParse({ pattern: 'HT-{X}-{000}' }).success).toBe(false);
    expect(schema.safeParse({}).success).toBe(false);
  });

  it('lookup and user: positive integer ids', () => {
    expect(roundTrip('lookup', 7, { target: 'account' })).toEqual({ stored: 7, shown: 7 });
    expect(roundTrip('lookup', '7', { target: 'account' })).toEqual({ stored: 7, shown: 7 });
    expect(roundTrip('lookup', -1, { target: 'account' })).toEqual({ code: 'value.expected_id' });
    expect(roundTrip('user', 'x')).toEqual({ code: 'value.expected_id' });
    expect(fieldTypeModule('user')!.column('postgres', {}).references).toEqual({
      table: 'users',
      onDelete: 'set null',
    });
  });

  it('phone, email, url: validated and normalised', () => {
    expect(roundTrip('phone', '138 0013 8000')).toMatchObject({
      stored: expect.stringContaining('13800138000'),
    });
    expect(roundTrip('phone', '12345')).toEqual({ code: 'value.invalid_phone' });
    expect(roundTrip('email', ' Sales@Example.COM ')).toMatchObject({
      stored: expect.stringMatching(/@example\.com$/i),
    });
    expect(roundTrip('email', 'not-an-email')).toEqual({ code: 'value.invalid_email' });
    expect(roundTrip('url', 'https://www.example.com.cn/a')).toEqual({
      stored: 'https://www.example.com.cn/a',
      shown: 'https://www.example.com.cn/a',
    });
    expect(roundTrip('url', 'javascript:alert(1)')).toEqual({ code: 'value.invalid_url' });
  });

  it('region: known six-digit codes only', () => {
    expect(roundTrip('region', '310115')).toEqual({ stored: '310115', shown: '310115' });
    expect(roundTrip('region', '999999')).toEqual({ code: 'value.unknown_region' });
  });

  it('maps each type to one column type per dialect', () => {
    expect(fieldTypeModule('currency')!.column('sqlite', {}).dataType).toBe('bigint');
    expect(fieldTypeModule('number')!.column('postgres', {}).dataType).toBe('double precision');
    expect(fieldTypeModule('number')!.column('sqlite', {}).dataType).toBe('real');
    expect(fieldTypeModule('datetime')!.column('postgres', {}).dataType).toBe('timestamptz');
    expect(fieldTypeModule('boolean')!.column('sqlite', {}).dataType).toBe('integer');
  });
});
