import type { Locale } from '@lodestar/shared';
import type { MetadataSnapshot } from '../../metadata/metadata-registry.ts';
import { loadRegionIndex } from '../../platform/regions/region-index.ts';
import type { TagGroupIndex } from '../../platform/tag-groups/tag-group-index.ts';
import { humanValue } from '../../records/export/human-value.ts';

/** Who an email is from, as templates see it (`{{ sender.name }}`). */
export interface SenderFields {
  name: string;
  email: string | null;
  phone: string | null;
}

/** What a template is rendered with. */
export interface MergeData {
  lead: Record<string, string | number | null>;
  sender: SenderFields;
  unsubscribe_url: string;
}

/**
 * The merge fields of a lead: every field of the lead object by its api name, custom fields included, as
 * people read it in the template's language — choice labels, region names, 是/否, times in Asia/Shanghai —
 * and `id`.
 */
export async function leadMergeFields(
  snapshot: MetadataSnapshot,
  values: Record<string, unknown>,
  locale: Locale,
  tagGroups: TagGroupIndex,
): Promise<Record<string, string | number | null>> {
  const lead = snapshot.object('lead');
  const regions = await loadRegionIndex();
  const fields: Record<string, string | number | null> = { id: Number(values.id ?? 0) };
  for (const field of lead?.fields ?? []) {
    fields[field.apiName] = humanValue(field, values[field.apiName] as never, { locale, regions, tagGroups });
  }
  return fields;
}

const SAMPLES: Record<Locale, Record<string, string>> = {
  'zh-CN': {
    name: '张伟',
    company: '杭州云栖科技有限公司',
    title: '采购经理',
    phone: '13800138000',
    email: 'zhang.wei@example.com',
    region: '浙江省杭州市',
  },
  en: {
    name: 'Wei Zhang',
    company: 'Hangzhou Yunqi Technology Co., Ltd.',
    title: 'Purchasing manager',
    phone: '13800138000',
    email: 'zhang.wei@example.com',
    region: '浙江省杭州市',
  },
};

/**
 * A made-up lead with every field of the lead object (custom ones too): known fields get a plausible value,
 * the others their label in brackets. Previews use it when no lead is chosen, and saving a template renders
 * it to find variables that do not exist.
 */
export function sampleLeadFields(
  snapshot: MetadataSnapshot,
  locale: Locale,
): Record<string, string | number | null> {
  const fields: Record<string, string | number | null> = { id: 0 };
  for (const field of snapshot.object('lead')?.fields ?? [])
    fields[field.apiName] = SAMPLES[locale][field.apiName] ?? `[${field.labels[locale]}]`;
  return fields;
}
