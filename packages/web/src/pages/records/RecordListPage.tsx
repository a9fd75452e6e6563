import { PlusOutlined, SearchOutlined, TableOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Input, Segmented } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { objectExtension } from '../../app/object-extensions.ts';
import type { RecordData } from '../../modules/records/api/records.api.ts';
import { recordsApi } from '../../modules/records/api/records.api.ts';
import type { ListView } from '../../modules/records/api/views.api.ts';
import { BulkActions } from '../../modules/records/components/BulkActions.tsx';
import { ColumnChooser } from '../../modules/records/components/ColumnChooser.tsx';
import { ExportButtons } from '../../modules/records/components/ExportButtons.tsx';
import { RecordFilterBar } from '../../modules/records/components/RecordFilterBar.tsx';
import { RecordsTable } from '../../modules/records/components/RecordsTable.tsx';
import { ViewSelector } from '../../modules/records/components/ViewSelector.tsx';
import { useFieldLabel } from '../../modules/records/hooks/useFieldLabel.ts';
import { useObjectDefinition } from '../../modules/records/hooks/useObjectDefinition.ts';
import { useRecords } from '../../modules/records/hooks/useRecords.ts';
import { buildFilter, type FilterRow, filterRowsOf } from '../../modules/records/utils/filter-condition.ts';
import { defaultColumns, fieldsParam, listableFields } from '../../modules/records/utils/list-columns.ts';
import { useCan } from '../../modules/session/hooks/useCan.ts';
import { CursorPager } from '../../ui/CursorPager.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { PageSpin } from '../../ui/PageSpin.tsx';
import { QueryError } from '../../ui/QueryError.tsx';
import { useCursorPages } from '../../ui/useCursorPages.ts';
import { useDebouncedValue } from '../../ui/useDebouncedValue.ts';
import { NotFoundPage } from '../NotFoundPage.tsx';

const PAGE_SIZE = 20;
const TABLE_VIEW = 'table';

/**
 * `/o/:object`: the records of any object — saved views, chosen columns, search, filter, sort, pages, bulk
 * edit and delete, export, and a way to create one.
 */
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
  const [chosenColumns, setChosenColumns] = useState<string[] | null>(null);
  const [view, setView] = useState<ListView | null>(null);
  const [selected, setSelected] = useState<RecordData[]>([]);
  const [display, setDisplay] = useState<string>(TABLE_VIEW);
  const q = useDebouncedValue(search.trim());
  const filter = useMemo(() => buildFilter(filters), [filters]);
  const pages = useCursorPages();
  const { reset } = pages;

  // biome-ignore lint/correctness/useExhaustiveDependencies: another object, search, filter or sort starts at the first page
  useEffect(() => {
    reset();
    setSelected([]);
  }, [apiName, q, filter, sort, reset]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: another object has other fields
  useEffect(() => {
    setFilters([]);
    setSort(undefined);
    setSearch('');
    setChosenColumns(null);
    setView(null);
    setDisplay(TABLE_VIEW);
  }, [apiName]);

  const object = objects.object;
  const columns = chosenColumns ?? (object ? defaultColumns(object) : []);
  const fields = object ? fieldsParam(object, columns, objects.data ?? []) : undefined;
  const records = useRecords(
    apiName,
    { q: q || undefined, filter, sort, fields, limit: PAGE_SIZE, cursor: pages.cursor },
    Boolean(object) && display === TABLE_VIEW,
  );
  const applyView = (next: ListView | null) => {
    setView(next);
    setChosenColumns(next ? next.columns : null);
    setFilters(filterRowsOf(next?.filter ?? null) ?? []);
    setSort(next?.sort ?? undefined);
    setSearch(next?.q ?? '');
  };

  if (objects.isError) return <QueryError error={objects.error} onRetry={() => void objects.refetch()} />;
  if (objects.isLoading) return <PageSpin />;
  if (!object) return <NotFoundPage />;

  const mayCreate = can(object.apiName, 'create');
  const listViews = objectExtension(object.apiName).listViews ?? [];
  const alternative = listViews.find((candidate) => candidate.key === display);
  const filtered = Boolean(q || filter);
  const title = label(object.pluralLabel);
  const newButton = mayCreate && (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate(`/o/${object.apiName}/new`)}>
      {t('records.new', { object: label(object.label) })}
    </Button>
  );

  return (
    <>
      <PageHeader
        title={title}
        description={t('records.listDescription', { objects: title })}
        extra={newButton}
      />
      <Card>
        <Flex vertical gap={12} className="filter-bar">
          <Flex gap={8} justify="space-between" wrap>
            <ViewSelector
              object={object.apiName}
              selected={view}
              onSelect={applyView}
              current={() => ({
                columns,
                filter: filter ? JSON.parse(filter) : null,
                sort: sort ?? null,
                q: q || null,
              })}
            />
            <Flex gap={8}>
              {listViews.length > 0 && (
                <Segmented
                  value={display}
                  onChange={(value) => setDisplay(String(value))}
                  options={[
                    { value: TABLE_VIEW, icon: <TableOutlined />, label: t('records.tableView') },
                    ...listViews.map((candidate) => ({
                      value: candidate.key,
                      icon: candidate.icon,
                      label: candidate.label(t),
                    })),
                  ]}
                />
              )}
              <ColumnChooser fields={listableFields(object)} columns={columns} onChange={setChosenColumns} />
              {can(object.apiName, 'export') && (
                <ExportButtons
                  onExport={(format) =>
                    recordsApi.export(object.apiName, format, {
                      q: q || undefined,
                      filter,
                      sort,
                      fields: columns.join(','),
                    })
                  }
                />
              )}
            </Flex>
          </Flex>
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
          {!alternative && (
            <BulkActions
              object={object.apiName}
              fields={object.fields}
              selected={selected}
              mayUpdate={can(object.apiName, 'update')}
              mayDelete={can(object.apiName, 'delete')}
              onDone={() => setSelected([])}
            />
          )}
        </Flex>
        {alternative ? (
          <alternative.Component object={object} q={q || undefined} filter={filter} />
        ) : records.isError ? (
          <QueryError error={records.error} onRetry={() => void records.refetch()} />
        ) : (
          <>
            <RecordsTable
              object={object}
              objects={objects.data ?? []}
              visibleColumns={columns}
              selectedIds={selected.map((record) => record.id)}
              onSelectionChange={setSelected}
              records={records.data?.data ?? []}
              loading={records.isFetching}
              sort={sort}
              onSortChange={setSort}
              empty={
                <Empty
                  image={Empty.PRESENTED_IMAGE_SIMPLE}
                  description={filtered ? t('records.noMatches') : t('records.empty', { objects: title })}
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
