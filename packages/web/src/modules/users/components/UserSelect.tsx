import { Select, type SelectProps } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../../../ui/useDebouncedValue.ts';
import { useUsers } from '../hooks/useUsers.ts';

interface UserSelectProps extends Omit<SelectProps<number>, 'options' | 'showSearch' | 'filterOption'> {
  /** The current choice as a {id, name}, so its name shows before any search. */
  selected?: { id: number; name: string } | null;
  /** Users that may not be chosen (e.g. the user being edited as their own manager). */
  excludeIds?: number[];
  /** Offer disabled users too (e.g. to filter history by who did something). */
  includeDisabled?: boolean;
}

/** Picks a user by searching name, username or email on the server. */
export function UserSelect({
  selected,
  excludeIds,
  includeDisabled,
  placeholder,
  ...props
}: UserSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim());
  const { data, isFetching } = useUsers({
    q: q || undefined,
    status: includeDisabled ? undefined : 'active',
    limit: 20,
  });
  const options = useMemo(() => {
    const list = (data?.items ?? [])
      .filter((user) => !excludeIds?.includes(user.id))
      .map((user) => ({
        value: user.id,
        label: user.username ? `${user.name ?? ''} (${user.username})` : (user.name ?? `#${user.id}`),
      }));
    if (selected && !list.some((option) => option.value === selected.id)) {
      list.unshift({ value: selected.id, label: selected.name });
    }
    return list;
  }, [data, selected, excludeIds]);
  return (
    <Select<number>
      showSearch={{ filterOption: false, onSearch: setSearch }}
      options={options}
      loading={isFetching}
      allowClear
      placeholder={placeholder ?? t('users.chooseUser')}
      notFoundContent={isFetching ? t('common.loading') : t('common.noMatches')}
      onClear={() => setSearch('')}
      {...props}
    />
  );
}
