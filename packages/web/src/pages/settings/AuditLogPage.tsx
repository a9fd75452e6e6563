import { PLATFORM_OBJECTS, SALES_OBJECTS } from '@lodestar/shared';
import { Button, Card, DatePicker, Empty, Flex, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AuditTable } from '../../modules/audit/components/AuditTable.tsx';
import { useAuditLog } from '../../modules/audit/hooks/useAuditLog.ts';
import { UserSelect } from '../../modules/users/components/UserSelect.tsx';
import { CursorPager } from '../../ui/CursorPager.tsx';
import { endOfDisplayDay, startOfDisplayDay } from '../../ui/format.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { QueryError } from '../../ui/QueryError.tsx';
import { useCursorPages } from '../../ui/useCursorPages.ts';
import { useObjectLabel } from '../../ui/useObjectLabel.ts';

const PAGE_SIZE = 30;

/** Settings → Audit log: every change to users, roles, departments and settings; who, when, old → new. */
export function AuditLogPage() {
  const { t } = useTranslation();
  const objectLabel = useObjectLabel();
  const [entityType, setEntityType] = useState<string | undefined>();
  const [actorId, setActorId] = useState<number | undefined>();
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const pages = useCursorPages();
  const { reset } = pages;
  const from = range?.[0] ? startOfDisplayDay(range[0].format('YYYY-MM-DD')) : undefined;
  const to = range?.[1] ? endOfDisplayDay(range[1].format('YYYY-MM-DD')) : undefined;

  // biome-ignore lint/correctness/useExhaustiveDependencies: new filters start again at the first page
  useEffect(() => reset(), [entityType, actorId, from, to, reset]);

  const log = useAuditLog({ entityType, actorId, from, to, limit: PAGE_SIZE, cursor: pages.cursor });
  const filtered = Boolean(entityType || actorId || from || to);

  return (
    <>
      <PageHeader
        title={t('settings.pages.auditLog.title')}
        description={t('settings.pages.auditLog.description')}
      />
      <Card>
        <Flex gap={12} wrap className="filter-bar">
          <Select<string>
            allowClear
            value={entityType}
            onChange={(value) => setEntityType(value ?? undefined)}
            placeholder={t('audit.filterEntity')}
            style={{ width: 180 }}
            options={[
              {
                label: t('roles.groups.platform'),
                options: PLATFORM_OBJECTS.map((o) => ({ value: o, label: objectLabel(o) })),
              },
              {
                label: t('roles.groups.sales'),
                options: SALES_OBJECTS.map((o) => ({ value: o, label: objectLabel(o) })),
              },
            ]}
          />
          <UserSelect
            includeDisabled
            value={actorId}
            onChange={(value) => setActorId(value ?? undefined)}
            placeholder={t('audit.filterActor')}
            style={{ width: 220 }}
          />
          <DatePicker.RangePicker
            value={range}
            onChange={(value) => setRange(value)}
            allowEmpty={[true, true]}
            placeholder={[t('audit.from'), t('audit.to')]}
          />
          {filtered && (
            <Button
              onClick={() => {
                setEntityType(undefined);
                setActorId(undefined);
                setRange(null);
              }}
            >
              {t('common.clearFilters')}
            </Button>
          )}
        </Flex>
        {log.isError ? (
          <QueryError error={log.error} onRetry={() => void log.refetch()} />
        ) : (
          <>
            <AuditTable
              entries={log.data?.items ?? []}
              loading={log.isFetching}
              empty={
                <Empty
                  image={Empty.PRESENTED_IMAGE_SIMPLE}
                  description={filtered ? t('audit.noMatches') : t('audit.empty')}
                />
              }
            />
            <CursorPager
              pageNumber={pages.pageNumber}
              hasPrevious={pages.hasPrevious}
              nextCursor={log.data?.nextCursor}
              onPrevious={pages.previous}
              onNext={pages.next}
              loading={log.isFetching}
            />
          </>
        )}
      </Card>
    </>
  );
}
