import type { Locale } from '@lodestar/shared';
import type { JsonValue } from '../../metadata/field-types/index.ts';
import type { FieldMeta } from '../../metadata/metadata-model.ts';
import type { RegionIndex } from '../../platform/regions/region-index.ts';
import type { TagGroupIndex } from '../../platform/tag-groups/tag-group-index.ts';

/** A cell of an export: text, a number (kept numeric so spreadsheets can sum it) or empty. */
export type Cell = string | number | null;

const EXPORT_TIME_ZONE = 'Asia/Shanghai';

const dateTimeFormat = new Intl.DateTimeFormat('sv-SE', {
  timeZone: EXPORT_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** An ISO timestamp as `YYYY-MM-DD HH:mm:ss` in Asia/Shanghai. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTimeFormat.format(date);
}

const BOOLEAN_TEXT: Record<Locale, [string, string]> = { 'zh-CN': ['是', '否'], en: ['Yes', 'No'] };

/** What turning API values into text for people needs beyond the field. */
export interface HumanValueContext {
  locale: Locale;
  regions: RegionIndex;
  /** Tag labels of `tags` fields (related fields of another object may use other groups). */
  tagGroups: TagGroupIndex;
}

interface Choice {
  value: string;
  label: Record<Locale, string>;
}

const choiceLabel = (field: FieldMeta, value: string, locale: Locale): string => {
  const choices = (field.options.choices ?? []) as Choice[];
  return choices.find((choice) => choice.value === value)?.label[locale] ?? value;
};

/**
 * An API value of `field` as people read it: select labels in the request's language, region names,
 * booleans as 是/否 (Yes/No), datetimes in Asia/Shanghai, money as yuan. `related` is the display value of
 * a lookup or user field (the related record's name or the user's name) when it was selected.
 */
export function humanValue(
  field: FieldMeta,
  value: JsonValue | undefined,
  context: HumanValueContext,
  related?: JsonValue,
): Cell {
  if (value === null || value === undefined) return null;
  const separator = context.locale === 'zh-CN' ? '、' : ', ';
  switch (field.type) {
    case 'boolean':
      return BOOLEAN_TEXT[context.locale][value === true ? 0 : 1];
    case 'select':
      return choiceLabel(field, String(value), context.locale);
    case 'multiSelect':
      return Array.isArray(value)
        ? value.map((item) => choiceLabel(field, String(item), context.locale)).join(separator)
        : String(value);
    case 'tags': {
      const tags = context.tagGroups.tagsOf(String(field.options.group)) ?? [];
      const labelOf = (key: string) => tags.find((tag) => tag.key === key)?.label[context.locale] ?? key;
      return Array.isArray(value) ? value.map((key) => labelOf(String(key))).join(separator) : String(value);
    }
    case 'region':
      return context.regions.displayName(String(value)) ?? String(value);
    case 'datetime':
      return formatDateTime(String(value));
    case 'currency':
    case 'number':
    case 'percent':
      return Number(value);
    case 'formula': {
      const resultType = field.options.resultType;
      if (resultType === 'boolean') return BOOLEAN_TEXT[context.locale][value === true ? 0 : 1];
      const numeric = resultType === 'number' || resultType === 'currency' || resultType === 'percent';
      return numeric ? Number(value) : String(value);
    }
    case 'lookup':
    case 'user':
      return related == null ? String(value) : String(related);
    default:
      if (Array.isArray(value)) {
        return value
          .map((item) =>
            item !== null && typeof item === 'object' && !Array.isArray(item)
              ? String(item.name)
              : String(item),
          )
          .join(separator);
      }
      return typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
}
