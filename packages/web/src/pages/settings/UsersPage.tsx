import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, Input, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { DepartmentTreeSelect } from '../../modules/departments/components/DepartmentTreeSelect.tsx';
import type { HandoverPerson } from '../../modules/handover/api/handover.api.ts';
import { HandoverDialog } from '../../modules/handover/components/HandoverDialog.tsx';
import { useCanHandOver } from '../../modules/handover/hooks/useCanHandOver.ts';
import { useCan } from '../../modules/session/hooks/useCan.ts';
import type { User, UserStatus } from '../../modules/users/api/users.api.ts';
import { UserFormDrawer } from '../../modules/users/components/UserFormDrawer.tsx';
import { UsersTable } from '../../modules/users/components/UsersTable.tsx';
import { useUsers } from '../../modules/users/hooks/useUsers.ts';
import { CursorPager } from '../../ui/CursorPager.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { QueryError } from '../../ui/QueryError.tsx';
import { SecretRevealModal } from '../../ui/SecretRevealModal.tsx';
import { useCursorPages } from '../../ui/useCursorPages.ts';
import { useDebouncedValue } from '../../ui/useDebouncedValue.ts';

const PAGE_SIZE = 20;

type Secret = { title: string; description: string; value: string };

/** Settings → Users: find, create and edit users; reset passwords; disable and enable accounts. */
export function UsersPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const can = useCan();
  const [search, setSearch] = useState('');
  const [params] = useSearchParams();
  const [departmentId, setDepartmentId] = useState<number | undefined>(
    () => Number(params.get('departmentId')) || undefined,
  );
  const [status, setStatus] = useState<UserStatus | undefined>();
  const q = useDebouncedValue(search.trim());
  const pages = useCursorPages();
  const { reset } = pages;
  const [drawer, setDrawer] = useState<{ open: boolean; user: User | null }>({ open: false, user: null });
  const [secret, setSecret] = useState<Secret | null>(null);
  const [handoverFrom, setHandoverFrom] = useState<HandoverPerson | null>(null);
  const mayHandOver = useCanHandOver();

  // biome-ignore lint/correctness/useExhaustiveDependencies: new filters start again at the first page
  useEffect(() => reset(), [q, departmentId, status, reset]);

  const users = useUsers({
    q: q || undefined,
    departmentId,
    includeSubDepartments: departmentId ? true : undefined,
    status,
    limit: PAGE_SIZE,
    cursor: pages.cursor,
  });
  const filtered = Boolean(q || departmentId || status);
  const mayCreate = can('user', 'create');

  const openCreate = () => setDrawer({ open: true, user: null });
  const closeDrawer = () => setDrawer((current) => ({ ...current, open: false }));

  return (
    <>
      <PageHeader
        title={t('settings.pages.users.title')}
        description={t('settings.pages.users.description')}
        extra={
          mayCreate && (
            <Button type="primary" icon={<PlusOutlined />} onClick={openCreate}>
              {t('users.new')}
            </Button>
          )
        }
      />
      <Card>
        <Flex gap={12} wrap className="filter-bar">
          <Input
            allowClear
            prefix={<SearchOutlined />}
            placeholder={t('users.searchPlaceholder')}
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            style={{ width: 280 }}
          />
          <DepartmentTreeSelect
            value={departmentId}
            onChange={(value) => setDepartmentId(value ?? undefined)}
            placeholder={t('users.filterDepartment')}
            style={{ width: 220 }}
          />
          <Select<UserStatus>
            allowClear
            value={status}
            onChange={(value) => setStatus(value ?? undefined)}
            placeholder={t('users.filterStatus')}
            style={{ width: 140 }}
            options={[
              { value: 'active', label: t('users.status.active') },
              { value: 'disabled', label: t('users.status.disabled') },
            ]}
          />
        </Flex>
        {users.isError ? (
          <QueryError error={users.error} onRetry={() => void users.refetch()} />
        ) : (
          <>
            <UsersTable
              users={users.data?.items ?? []}
              loading={users.isFetching}
              onEdit={(user) => setDrawer({ open: true, user })}
              onHandover={
                mayHandOver
                  ? (user) => setHandoverFrom({ id: user.id, name: user.name ?? `#${user.id}` })
                  : undefined
              }
              onPasswordReset={(user, password) =>
                setSecret({
                  title: t('users.passwordResetTitle'),
                  description: t('users.passwordResetText', { name: user.name ?? '' }),
                  value: password,
                })
              }
              empty={
                <Empty
                  image={Empty.PRESENTED_IMAGE_SIMPLE}
                  description={filtered ? t('users.noMatches') : t('users.empty')}
                >
                  {!filtered && mayCreate && (
                    <Button type="primary" onClick={openCreate}>
                      {t('users.new')}
                    </Button>
                  )}
                </Empty>
              }
            />
            <CursorPager
              pageNumber={pages.pageNumber}
              hasPrevious={pages.hasPrevious}
              nextCursor={users.data?.nextCursor}
              onPrevious={pages.previous}
              onNext={pages.next}
              loading={users.isFetching}
            />
          </>
        )}
      </Card>
      <UserFormDrawer
        open={drawer.open}
        user={drawer.user}
        onClose={closeDrawer}
        onCreated={(user, initialPassword) => {
          closeDrawer();
          if (initialPassword) {
            setSecret({
              title: t('users.createdTitle'),
              description: t('users.createdText', { name: user.name ?? '', username: user.username ?? '' }),
              value: initialPassword,
            });
          } else {
            message.success(t('users.created', { name: user.name ?? '' }));
          }
        }}
      />
      <HandoverDialog from={handoverFrom} onClose={() => setHandoverFrom(null)} />
      <SecretRevealModal
        open={secret !== null}
        title={secret?.title ?? ''}
        description={secret?.description ?? ''}
        secret={secret?.value ?? ''}
        onClose={() => setSecret(null)}
      />
    </>
  );
}
