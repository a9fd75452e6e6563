import type { RegionIndex } from '../../platform/regions/region-index.ts';
import { EMPTY_TAG_GROUP_INDEX } from '../../platform/tag-groups/tag-group-index.ts';
import { type DbValue, type FieldType, fieldTypeModule, type JsonValue } from '../field-types/index.ts';

/** Types whose values read as text; each can become text or long text without loss. */
const TO_TEXT_FROM: readonly FieldType[] = [
  'text',
  'longText',
  'number',
  'currency',
  'percent',
  'date',
  'datetime',
  'boolean',
  'select',
  'multiSelect',
  'phone',
  'email',
  'url',
  'region',
  'autoNumber',
  'tags',
];

/** Which types each type can be converted from; every other pair is refused. */
const CONVERTIBLE_FROM: Partial<Record<FieldType, readonly FieldType[]>> = {
  text: TO_TEXT_FROM,
  longText: TO_TEXT_FROM,
  number: ['currency', 'percent', 'text'],
  currency: ['number', 'percent', 'text'],
  percent: ['number', 'currency', 'text'],
  date: ['text', 'datetime'],
  datetime: ['text', 'date'],
  select: ['text'],
  multiSelect: ['select'],
  phone: ['text'],
  email: ['text'],
  url: ['text'],
};

/** Whether a column of type `from` can be converted to `to` at all (the values decide whether losslessly). */
export function canConvertType(from: FieldType, to: FieldType): boolean {
  return from !== to && (CONVERTIBLE_FROM[to]?.includes(from) ?? false);
}

/** The options a target type gets when the request names none: a select's choices carry over to multiSelect. */
export function defaultTargetOptions(
  from: FieldType,
  to: FieldType,
  currentOptions: Record<string, unknown>,
): Record<string, unknown> {
  return from === 'select' && to === 'multiSelect' ? { choices: currentOptions.choices } : {};
}

/** The outcome of converting one stored value. `lossy`: converted, but something (e.g. a time of day) dropped. */
export type ConvertedValue =
  | { ok: true; value: DbValue; lossy?: boolean }
  | { ok: false; code: string; params?: Record<string, unknown> };

/** How a field is converted: its old and new type with their (validated) options. */
export interface TypeConversion {
  from: { type: FieldType; options: Record<string, unknown> };
  to: { type: FieldType; options: Record<string, unknown> };
}

const SHANGHAI_OFFSET = '+08:00';

/** The API value of the old field, as input for the new type. */
function inputFor(conversion: TypeConversion, shown: JsonValue): unknown {
  const { from, to } = conversion;
  if (to.type === 'multiSelect') return [shown];
  if (from.type === 'date' && to.type === 'datetime') return `${shown}T00:00:00${SHANGHAI_OFFSET}`;
  if (from.type === 'datetime' && to.type === 'date') {
    return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(String(shown)));
  }
  if (Array.isArray(shown)) return shown.join(', ');
  return typeof shown === 'string' ? shown : String(shown);
}

/**
 * Converts one stored value through the type modules: the old type presents it, the new type parses that
 * (as text, or as what it naturally takes), so both dialects give the same results. A failure becomes
 * empty when the change is confirmed.
 */
export function convertStoredValue(
  conversion: TypeConversion,
  stored: unknown,
  regions: RegionIndex,
): ConvertedValue {
  if (stored === null || stored === undefined) return { ok: true, value: null };
  const fromModule = fieldTypeModule(conversion.from.type);
  const toModule = fieldTypeModule(conversion.to.type);
  if (!fromModule || !toModule) return { ok: false, code: 'field.type_change_impossible' };
  const shown = fromModule.present(stored, conversion.from.options);
  if (shown === null || (Array.isArray(shown) && shown.length === 0)) return { ok: true, value: null };
  const parsed = toModule.parseInput(inputFor(conversion, shown), conversion.to.options, {
    regions,
    // No conversion leads to tags, so no tag group is ever consulted.
    tagGroups: EMPTY_TAG_GROUP_INDEX,
  });
  if (!parsed.ok) return parsed;
  const timeDropped =
    conversion.from.type === 'datetime' &&
    conversion.to.type === 'date' &&
    !String(shown).endsWith('T16:00:00.000Z');
  return timeDropped ? { ok: true, value: parsed.value, lossy: true } : parsed;
}
