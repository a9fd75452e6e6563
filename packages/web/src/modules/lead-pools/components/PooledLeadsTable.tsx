import { App, Button, Flex, Table, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../ui/format.ts';
import { QueryError } from '../../../ui/QueryError.tsx';
import { errorMessage } from '../../../ui/server-errors.ts';
import { RegionName } from '../../records/components/RegionName.tsx';
import type { Pool, PooledLead, RecycleReason } from '../api/lead-pools.api.ts';
import { useClaimLeads } from '../hooks/usePoolActions.ts';
import { usePooledLeads } from '../hooks/usePooledLeads.ts';
import { AssignFromPoolModal } from './AssignFromPoolModal.tsx';

/** The leads waiting in a pool, with 领取 (members, within their limits) and 分配 (managers). */
export function PooledLeadsTable({ pool }: { pool: Pool }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [pages, setPages] = useState<Array<number | undefined>>([undefined]);
  const beforeId = pages.at(-1);
  const leads = usePooledLeads(pool.id, beforeId);
  const claim = useClaimLeads();
  const [assigning, setAssigning] = useState<PooledLead | null>(null);
  if (leads.isError) return <QueryError error={leads.error} onRetry={() => void leads.refetch()} />;
  const cameIn = (lead: PooledLead) => {
    const event = lead.lastEvent;
    if (!event) return '—';
    if (event.kind === 'returned') return t('leadPools.cameIn.returned', { reason: event.reason ?? '' });
    if (event.kind === 'recycled')
      return t('leadPools.cameIn.recycled', {
        reason: t(`leadPools.reasons.${(event.reasonCode ?? 'condition') as RecycleReason}`),
      });
    return t('leadPools.cameIn.entered', { rule: event.reason ?? '' });
  };
  const claimBlocked = pool.me.canClaim !== null && pool.me.canClaim <= 0;
  const claimDisabled = (lead: { cooldownUntil: string | null }) =>
    Boolean(lead.cooldownUntil) || claimBlocked;
  return (
    <>
      <Table
        size="small"
        className="pooled-leads"
        rowKey="id"
        loading={leads.isPending}
        dataSource={leads.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: t('leadPools.emptyPool') }}
        columns={[
          { title: t('leadPools.columns.name'), dataIndex: 'name' },
          { title: t('leadPools.columns.company'), render: (_, lead) => lead.company ?? '—' },
          {
            title: t('leadPools.columns.region'),
            render: (_, lead) => (lead.region ? <RegionName code={lead.region} /> : '—'),
          },
          {
            title: t('leadPools.columns.pooledAt'),
            render: (_, lead) => (lead.pooledAt ? formatDateTime(lead.pooledAt, i18n.language) : '—'),
          },
          {
            title: t('leadPools.columns.previousOwner'),
            render: (_, lead) => lead.previousOwner?.name ?? '—',
          },
          {
            title: t('leadPools.columns.cameIn'),
            render: (_, lead) => <Typography.Text type="secondary">{cameIn(lead)}</Typography.Text>,
          },
          {
            title: '',
            render: (_, lead) => (
              <Flex gap={8}>
                {pool.me.member && (
                  <Tooltip
                    title={
                      lead.cooldownUntil
                        ? t('leadPools.claim.cooldown', {
                            at: formatDateTime(lead.cooldownUntil, i18n.language),
                          })
                        : claimBlocked
                          ? t('leadPools.claim.limitReached')
                          : undefined
                    }
                  >
                    {/* A disabled button gets no mouse events: the span around it takes the hover. */}
                    <span
                      className="pooled-lead__claim"
                      style={{
                        display: 'inline-block',
                        cursor: claimDisabled(lead) ? 'not-allowed' : undefined,
                      }}
                    >
                      <Button
                        size="small"
                        type="primary"
                        disabled={claimDisabled(lead)}
                        style={claimDisabled(lead) ? { pointerEvents: 'none' } : undefined}
                        loading={claim.isPending && claim.variables?.leadIds[0] === lead.id}
                        aria-label={t('leadPools.claim.actionFor', { name: lead.name })}
                        onClick={async () => {
                          try {
                            await claim.mutateAsync({ poolId: pool.id, leadIds: [lead.id] });
                            message.success(t('leadPools.claim.done', { name: lead.name }));
                          } catch (error) {
                            message.error(errorMessage(error));
                          }
                        }}
                      >
                        {t('leadPools.claim.action')}
                      </Button>
                    </span>
                  </Tooltip>
                )}
                {pool.me.manager && (
                  <Button
                    size="small"
                    aria-label={t('leadPools.assign.actionFor', { name: lead.name })}
                    onClick={() => setAssigning(lead)}
                  >
                    {t('leadPools.assign.action')}
                  </Button>
                )}
              </Flex>
            ),
          },
        ]}
      />
      <Flex gap={8} justify="flex-end" style={{ marginTop: 12 }}>
        {pages.length > 1 && (
          <Button onClick={() => setPages(pages.slice(0, -1))}>{t('pager.previous')}</Button>
        )}
        {leads.data?.nextBeforeId && (
          <Button onClick={() => setPages([...pages, leads.data.nextBeforeId ?? undefined])}>
            {t('pager.next')}
          </Button>
        )}
      </Flex>
      {assigning && (
        <AssignFromPoolModal poolId={pool.id} lead={assigning} onClose={() => setAssigning(null)} />
      )}
    </>
  );
}
