import type { FieldType } from '../field-types/index.ts';
import type { Labels } from '../metadata-model.ts';

/** A field of a built-in object as declared in code. */
export interface BuiltInField {
  apiName: string;
  type: FieldType;
  label: Labels;
  required?: boolean;
  options?: Record<string, unknown>;
  /**
   * Written only by the object's behaviour (status machines, derived totals, links made by an action): the
   * records API refuses it in a create or update body, and forms show it read-only.
   */
  managed?: boolean;
}

/** A built-in object as declared in code; created (when missing) by the same machinery as custom objects. */
export interface BuiltInObject {
  apiName: string;
  label: Labels;
  /** The name of several records where it differs from the label: the English plural. */
  pluralLabel: Partial<Labels>;
  icon: string;
  nameField: string;
  fields: BuiltInField[];
}

/** A tag group a built-in `tags` field refers to; created with its tags when missing. */
export interface BuiltInTagGroup {
  key: string;
  label: Labels;
  tags: Array<{ key: string; label: Labels; color: string | null }>;
}

/** `[value, zh-CN, en]` triples → select options. */
export const choices = (entries: Array<[string, string, string]>) => ({
  choices: entries.map(([value, zh, en]) => ({ value, label: { 'zh-CN': zh, en } })),
});

/** A field declaration: `field('amount', 'currency', '金额', 'Amount', { options: … })`. */
export function field(
  apiName: string,
  type: FieldType,
  zh: string,
  en: string,
  extra: Omit<BuiltInField, 'apiName' | 'type' | 'label'> = {},
): BuiltInField {
  return { apiName, type, label: { 'zh-CN': zh, en }, ...extra };
}

/** A lookup to `target`; `restrict` keeps the target from being deleted while referenced. */
export function lookup(
  apiName: string,
  target: string,
  zh: string,
  en: string,
  extra: Omit<BuiltInField, 'apiName' | 'type' | 'label' | 'options'> & {
    onDelete?: 'setNull' | 'restrict';
  } = {},
): BuiltInField {
  const { onDelete = 'setNull', ...rest } = extra;
  return field(apiName, 'lookup', zh, en, { ...rest, options: { target, onDelete } });
}

/** A CNY amount. */
export const money = (
  apiName: string,
  zh: string,
  en: string,
  extra: Omit<BuiltInField, 'apiName' | 'type' | 'label'> = {},
) => field(apiName, 'currency', zh, en, { options: { currency: 'CNY' }, ...extra });

/** Where leads and accounts come from; shared so a converted lead's source carries over unchanged. */
export const SOURCE_CHOICES = choices([
  ['website', '官网', 'Website'],
  ['webForm', '网页表单', 'Web form'],
  ['advertising', '广告投放', 'Advertising'],
  ['social', '社交媒体', 'Social media'],
  ['exhibition', '展会', 'Exhibition'],
  ['referral', '转介绍', 'Referral'],
  ['partner', '合作伙伴', 'Partner'],
  ['coldCall', '电话拓展', 'Cold call'],
  ['other', '其他', 'Other'],
]);

export const INDUSTRY_CHOICES = choices([
  ['manufacturing', '制造业', 'Manufacturing'],
  ['it', '信息技术', 'Information technology'],
  ['finance', '金融', 'Finance'],
  ['retail', '零售', 'Retail'],
  ['education', '教育', 'Education'],
  ['healthcare', '医疗健康', 'Healthcare'],
  ['energy', '能源', 'Energy'],
  ['logistics', '物流', 'Logistics'],
  ['construction', '建筑工程', 'Construction'],
  ['government', '政府与公共事业', 'Government'],
  ['other', '其他', 'Other'],
]);
