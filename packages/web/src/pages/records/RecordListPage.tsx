import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Input } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { RecordFilterBar } from '../../modules/records/components/RecordFilterBar.tsx';
import { RecordsTable } from '../../modules/records/components/RecordsTable.tsx';
import { useFieldLabel } from '../../modules/records/hooks/useFieldLabel.ts';
import { useObjectDefinition } from '../../modules/records/hooks/useObjectDefinition.ts';
import { useRecords } from '../../modules/records/hooks/useRecords.ts';
import { buildFilter, type FilterRow } from '../../modules/records/utils/filter-condition.ts';
import { useCan } from '../../modules/session/hooks/useCan.ts';
import { CursorPager } from '../../ui/CursorPager.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { PageSpin } from '../../ui/PageSpin.tsx';
import { QueryError } from '../../ui/QueryError.tsx';
import { useCursorPages } from '../../ui/useCursorPages.ts';
import { useDebouncedValue } from '../../ui/useDebouncedValue.ts';
import { NotFoundPage } from '../NotFoundPage.tsx';

const PAGE_SIZE = 20;

/** `/o/:object`: the records of any object — search, filter, sort, page, and a way to create one. */
export function RecordListPage() {
  const { object: apiName = '' } = useParams();
  const { t } = useTranslation();
  const label = useFieldLabel();
  const can = useCan();
  const navigate = useNavigate();
  const objects = useObjectDefinition(apiName);
  const [search, setSearch] = useState('');
  const [filters, setFilters] = useState<FilterRow[]>([]);
  const [sort, setSort] = useState<string | undefined>();
  const q = useDebouncedValue(search.trim());
  const filter = useMemo(() => buildFilter(filters), [filters]);
  const pages = useCursorPages();
  const { reset } = pages;

  // biome-ignore lint/correctness/useExhaustiveDependencies: another object, search, filter or sort starts at the first page
  useEffect(() => reset(), [apiName, q, filter, sort, reset]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: another object has other fields
  useEffect(() => {
    setFilters([]);
    setSort(undefined);
    setSearch('');
  }, [apiName]);

  const object = objects.object;
  const records = useRecords(
    apiName,
    { q: q || undefined, filter, sort, limit: PAGE_SIZE, cursor: pages.cursor },
    Boolean(object),
  );

  if (objects.isError) return <QueryError error={objects.error} onRetry={() => void objects.refetch()} />;
  if (objects.isLoading) return <PageSpin />;
  if (!object) return <NotFoundPage />;

  const mayCreate = can(object.apiName, 'create');
  const filtered = Boolean(q || filter);
  const title = label(object.label);
  const newButton = mayCreate && (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate(`/o/${object.apiName}/new`)}>
      {t('records.new', { object: title })}
    </Button>
  );

  return (
    <>
      <PageHeader
        title={title}
        description={t('records.listDescription', { object: title })}
        extra={newButton}
      />
      <Card>
        <Flex vertical gap={12} className="filter-bar">
          <Input
            allowClear
            prefix={<SearchOutlined />}
            placeholder={t('records.searchPlaceholder')}
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            style={{ width: 280 }}
            aria-label={t('records.searchPlaceholder')}
          />
          <RecordFilterBar fields={object.fields} rows={filters} onChange={setFilters} />
        </Flex>
        {records.isError ? (
          <QueryError error={records.error} onRetry={() => void records.refetch()} />
        ) : (
          <>
            <RecordsTable
              object={object}
              records={records.data?.data ?? []}
              loading={records.isFetching}
              sort={sort}
              onSortChange={setSort}
              empty={
                <Empty
                  image={Empty.PRESENTED_IMAGE_SIMPLE}
                  description={filtered ? t('records.noMatches') : t('records.empty', { object: title })}
                >
                  {!filtered && newButton}
                </Empty>
              }
            />
            <CursorPager
              pageNumber={pages.pageNumber}
              hasPrevious={pages.hasPrevious}
              nextCursor={records.data?.nextCursor}
              onPrevious={pages.previous}
              onNext={pages.next}
              loading={records.isFetching}
            />
          </>
        )}
      </Card>
    </>
  );
}
