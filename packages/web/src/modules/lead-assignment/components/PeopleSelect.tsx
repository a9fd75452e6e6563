import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../../../ui/useDebouncedValue.ts';
import { PEOPLE_QUERY_KEY, peopleApi } from '../../people/api/people.api.ts';

interface PeopleSelectProps {
  id?: string;
  value: number[];
  onChange: (value: number[]) => void;
  placeholder?: string;
  disabled?: boolean;
}

/** Picks several colleagues, in the order picked, from the company directory. */
export function PeopleSelect({ id, value, onChange, placeholder, disabled }: PeopleSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim());
  const found = useQuery({
    queryKey: [...PEOPLE_QUERY_KEY, 'search', q],
    queryFn: () => peopleApi.search(q || undefined, 50),
    staleTime: 60_000,
  });
  const chosen = useQuery({
    queryKey: [...PEOPLE_QUERY_KEY, 'many', [...value].sort((a, b) => a - b).join(',')],
    queryFn: () => peopleApi.byIds(value),
    enabled: value.length > 0,
    staleTime: 5 * 60_000,
  });
  const options = useMemo(() => {
    const byId = new Map<number, { value: number; label: string }>();
    for (const person of [...(chosen.data?.items ?? []), ...(found.data?.items ?? [])])
      byId.set(person.id, {
        value: person.id,
        label: person.departmentName ? `${person.name}（${person.departmentName}）` : person.name,
      });
    for (const userId of value)
      if (!byId.has(userId)) byId.set(userId, { value: userId, label: `#${userId}` });
    return [...byId.values()];
  }, [found.data, chosen.data, value]);
  return (
    <Select<number[]>
      id={id}
      mode="multiple"
      value={value}
      disabled={disabled}
      onChange={(next) => onChange(next)}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      options={options}
      loading={found.isFetching}
      placeholder={placeholder ?? t('leadAssignment.people.choose')}
      notFoundContent={found.isFetching ? t('common.loading') : t('common.noMatches')}
      style={{ minWidth: 320 }}
    />
  );
}
