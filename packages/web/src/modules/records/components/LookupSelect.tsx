import { Select } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../../../ui/useDebouncedValue.ts';
import { useObjectDefinition } from '../hooks/useObjectDefinition.ts';
import { useRecords } from '../hooks/useRecords.ts';

interface LookupSelectProps {
  id?: string;
  /** The object whose records are offered. */
  target: string;
  value?: number | null;
  onChange?: (id: number | null) => void;
  style?: React.CSSProperties;
  /** Shown while nothing is chosen; by default "search and choose a record". */
  placeholder?: string;
}

/** Picks a record of another object by searching its records (`q`). */
export function LookupSelect({ id, target, value, onChange, style, placeholder }: LookupSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim());
  const { object } = useObjectDefinition(target);
  const records = useRecords(target, { q: q || undefined, limit: 20 });
  const nameField = object?.nameField ?? 'name';
  const options = useMemo(() => {
    const list = (records.data?.data ?? []).map((record) => ({
      value: record.id,
      label: record[nameField] ? String(record[nameField]) : `#${record.id}`,
    }));
    if (typeof value === 'number' && !list.some((option) => option.value === value)) {
      list.unshift({ value, label: `#${value}` });
    }
    return list;
  }, [records.data, nameField, value]);
  return (
    <Select<number>
      id={id}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      options={options}
      loading={records.isFetching}
      allowClear
      value={value ?? undefined}
      onChange={(next) => onChange?.(next ?? null)}
      onClear={() => setSearch('')}
      placeholder={placeholder ?? t('records.chooseRecord')}
      notFoundContent={records.isFetching ? t('common.loading') : t('common.noMatches')}
      style={style}
    />
  );
}
