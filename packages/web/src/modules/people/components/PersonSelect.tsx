import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../../../ui/useDebouncedValue.ts';
import { PEOPLE_QUERY_KEY, peopleApi } from '../api/people.api.ts';
import { usePersonName } from '../hooks/usePersonName.ts';

interface PersonSelectProps {
  id?: string;
  value?: number | null;
  onChange?: (value: number | null) => void;
  placeholder?: string;
}

/** Picks a colleague by name or username from the company directory (any signed-in user may). */
export function PersonSelect({ id, value, onChange, placeholder }: PersonSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim());
  const people = useQuery({
    queryKey: [...PEOPLE_QUERY_KEY, 'search', q],
    queryFn: () => peopleApi.search(q || undefined),
    staleTime: 60_000,
  });
  const currentName = usePersonName(typeof value === 'number' ? value : null);
  const options = useMemo(() => {
    const list = (people.data?.items ?? []).map((person) => ({
      value: person.id,
      label: person.departmentName ? `${person.name}（${person.departmentName}）` : person.name,
    }));
    if (typeof value === 'number' && currentName && !list.some((option) => option.value === value))
      list.unshift({ value, label: currentName });
    return list;
  }, [people.data, value, currentName]);
  return (
    <Select<number>
      id={id}
      value={typeof value === 'number' ? value : undefined}
      onChange={(next) => onChange?.(next ?? null)}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      options={options}
      loading={people.isFetching}
      allowClear
      placeholder={placeholder ?? t('users.chooseUser')}
      notFoundContent={people.isFetching ? t('common.loading') : t('common.noMatches')}
      onClear={() => setSearch('')}
    />
  );
}
