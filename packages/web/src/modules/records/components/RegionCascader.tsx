import { useQueries } from '@tanstack/react-query';
import { Cascader } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { regionQuery, useRegion } from '../hooks/useRegion.ts';
import { type RegionOption, useRegionOptions } from '../hooks/useRegionOptions.ts';

interface RegionCascaderProps {
  id?: string;
  /** The chosen region's code (province, city or district). */
  value?: string | null;
  onChange?: (code: string | null) => void;
}

/** Picks a province / city / district, loading each level when it is opened. */
export function RegionCascader({ id, value, onChange }: RegionCascaderProps) {
  const { t } = useTranslation();
  const { options, loadData } = useRegionOptions();
  const current = useRegion(value);

  // The path of the current value, so the box shows its name before any level is loaded.
  const path = value ? (current.data?.path.map((entry) => entry.code) ?? [value]) : undefined;
  return (
    <Cascader<RegionOption>
      id={id}
      options={options}
      loadData={loadData}
      changeOnSelect
      value={path}
      displayRender={(labels) => (value && current.data ? current.data.fullName : labels.join(' / '))}
      placeholder={t('records.chooseRegion')}
      onChange={(codes) => onChange?.(codes?.length ? String(codes[codes.length - 1]) : null)}
      allowClear
    />
  );
}

interface RegionsCascaderProps {
  id?: string;
  /** The chosen regions' codes (provinces, cities or districts). */
  value?: string[] | null;
  onChange?: (codes: string[]) => void;
  style?: React.CSSProperties;
}

/**
 * Picks several regions: ticking a province takes in all of it (its cities are not listed one by one).
 */
export function RegionsCascader({ id, value, onChange, style }: RegionsCascaderProps) {
  const { t } = useTranslation();
  const { options, loadData, reveal } = useRegionOptions();
  const codes = value ?? [];
  const details = useQueries({ queries: codes.map(regionQuery) });
  const paths = codes.map((code, index) => details[index]?.data?.path.map((entry) => entry.code) ?? [code]);
  const known = paths.map((path) => path.join('/')).join(',');
  const ready = options.length > 0 && details.every((detail) => detail.data);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `known` stands for `paths`, rebuilt every render
  useEffect(() => {
    if (ready) void reveal(paths);
  }, [ready, known, reveal]);

  return (
    <Cascader<RegionOption>
      id={id}
      style={style}
      multiple
      options={options}
      loadData={loadData}
      value={paths}
      showCheckedStrategy={Cascader.SHOW_PARENT}
      maxTagCount="responsive"
      placeholder={t('records.chooseRegions')}
      onChange={(selected) => onChange?.(selected.map((path) => String(path[path.length - 1])))}
    />
  );
}
