import { Cascader } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { regionsApi } from '../api/regions.api.ts';
import { useRegion } from '../hooks/useRegion.ts';

interface RegionOption {
  value: string;
  label: string;
  isLeaf: boolean;
  children?: RegionOption[];
  loading?: boolean;
}

interface RegionCascaderProps {
  id?: string;
  /** The chosen region's code (province, city or district). */
  value?: string | null;
  onChange?: (code: string | null) => void;
}

const toOption = (region: { code: string; name: string; hasChildren: boolean }): RegionOption => ({
  value: region.code,
  label: region.name,
  isLeaf: !region.hasChildren,
});

/** Picks a province / city / district, loading each level when it is opened. */
export function RegionCascader({ id, value, onChange }: RegionCascaderProps) {
  const { t } = useTranslation();
  const [options, setOptions] = useState<RegionOption[]>([]);
  const current = useRegion(value);

  useEffect(() => {
    let live = true;
    void regionsApi.children().then(({ items }) => {
      if (live) setOptions(items.map(toOption));
    });
    return () => {
      live = false;
    };
  }, []);

  const loadData = async (selected: RegionOption[]) => {
    const target = selected[selected.length - 1];
    if (!target) return;
    const { items } = await regionsApi.children(target.value);
    target.children = items.map(toOption);
    setOptions((previous) => [...previous]);
  };

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
