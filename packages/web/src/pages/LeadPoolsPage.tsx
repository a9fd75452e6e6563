import { EditOutlined, EyeOutlined, PlusOutlined, SyncOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import type { Pool } from '../modules/lead-pools/api/lead-pools.api.ts';
import { PooledLeadsTable } from '../modules/lead-pools/components/PooledLeadsTable.tsx';
import { PoolFormDrawer } from '../modules/lead-pools/components/PoolFormDrawer.tsx';
import { PoolLimits } from '../modules/lead-pools/components/PoolLimits.tsx';
import { RecyclePreviewModal } from '../modules/lead-pools/components/RecyclePreviewModal.tsx';
import { useRecycleNow } from '../modules/lead-pools/hooks/usePoolActions.ts';
import { usePools } from '../modules/lead-pools/hooks/usePools.ts';
import { useCan } from '../modules/session/hooks/useCan.ts';
import { PageHeader } from '../ui/PageHeader.tsx';
import { PageSpin } from '../ui/PageSpin.tsx';
import { QueryError } from '../ui/QueryError.tsx';
import { errorMessage } from '../ui/server-errors.ts';

/** `/lead-pools`: the pools (公海) the user belongs to, their waiting leads, claiming and assigning. */
export function LeadPoolsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const can = useCan();
  const admin = can('setting', 'update');
  const pools = usePools();
  const [params, setParams] = useSearchParams();
  const [editing, setEditing] = useState<{ pool: Pool | null } | null>(null);
  const [previewing, setPreviewing] = useState<Pool | null>(null);
  const recycleNow = useRecycleNow();
  const list = pools.data ?? [];
  const current = list.find((pool) => String(pool.id) === params.get('pool')) ?? list[0];
  return (
    <>
      <PageHeader
        title={t('leadPools.title')}
        description={t('leadPools.description')}
        extra={
          admin && (
            <>
              <Button
                icon={<SyncOutlined />}
                loading={recycleNow.isPending}
                onClick={async () => {
                  try {
                    const result = await recycleNow.mutateAsync();
                    const count = result.pools.reduce((sum, pool) => sum + pool.recycled, 0);
                    message.success(t('leadPools.recycleNow.done', { count }));
                  } catch (error) {
                    message.error(errorMessage(error));
                  }
                }}
              >
                {t('leadPools.recycleNow.action')}
              </Button>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ pool: null })}>
                {t('leadPools.newPool')}
              </Button>
            </>
          )
        }
      />
      <Card>
        {pools.isPending ? (
          <PageSpin />
        ) : pools.isError ? (
          <QueryError error={pools.error} onRetry={() => void pools.refetch()} />
        ) : list.length === 0 ? (
          <Empty description={admin ? t('leadPools.noneAdmin') : t('leadPools.none')} />
        ) : (
          <Tabs
            activeKey={current ? String(current.id) : undefined}
            onChange={(key) => setParams({ pool: key }, { replace: true })}
            items={list.map((pool) => ({
              key: String(pool.id),
              label: `${pool.name} (${pool.pooledLeads})`,
              children: (
                <Flex vertical gap={16}>
                  <Flex justify="space-between" align="flex-start" gap={16} wrap>
                    <div style={{ flex: 1 }}>
                      {pool.description && (
                        <Typography.Paragraph type="secondary">{pool.description}</Typography.Paragraph>
                      )}
                      <PoolLimits pool={pool} />
                    </div>
                    <Flex gap={8}>
                      {pool.me.manager && (
                        <Button icon={<EyeOutlined />} onClick={() => setPreviewing(pool)}>
                          {t('leadPools.preview.action')}
                        </Button>
                      )}
                      {admin && (
                        <Button icon={<EditOutlined />} onClick={() => setEditing({ pool })}>
                          {t('common.edit')}
                        </Button>
                      )}
                    </Flex>
                  </Flex>
                  <PooledLeadsTable pool={pool} />
                </Flex>
              ),
            }))}
          />
        )}
      </Card>
      {editing && (
        <PoolFormDrawer
          pool={editing.pool}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            setParams({ pool: String(saved.id) }, { replace: true });
          }}
        />
      )}
      {previewing && <RecyclePreviewModal pool={previewing} onClose={() => setPreviewing(null)} />}
    </>
  );
}
