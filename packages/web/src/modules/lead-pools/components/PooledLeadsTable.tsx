import { App, Button, Flex, Table, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../ui/format.ts';
import { QueryError } from '../../../ui/QueryError.tsx';
import { errorMessage } from '../../../ui/server-errors.ts';
import { EngagedButton } from '../../nurturing/components/EngagedButton.tsx';
import { EnrolModal } from '../../nurturing/components/EnrolModal.tsx';
import { NurturingCell } from '../../nurturing/components/NurturingCell.tsx';
import { useNurturingStatus } from '../../nurturing/hooks/useNurturingStatus.ts';
import { RegionName } from '../../records/components/RegionName.tsx';
import { useCan } from '../../session/hooks/useCan.ts';
import type { Pool, PooledLead, RecycleReason } from '../api/lead-pools.api.ts';
import { useClaimLeads } from '../hooks/usePoolActions.ts';
import { usePooledLeads } from '../hooks/usePooledLeads.ts';
import { AssignFromPoolModal } from './AssignFromPoolModal.tsx';

/**
 * The leads waiting in a pool with their nurturing, and 领取 (members, within their limits), 有意向 (members:
 * hand an engaged lead back to a rep), 分配 and 加入培育 (managers; several leads at once by selecting them).
 */
export function PooledLeadsTable({ pool }: { pool: Pool }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [pages, setPages] = useState<Array<number | undefined>>([undefined]);
  const beforeId = pages.at(-1);
  const leads = usePooledLeads(pool.id, beforeId);
  const claim = useClaimLeads();
  const [assigning, setAssigning] = useState<PooledLead | null>(null);
  const [selected, setSelected] = useState<number[]>([]);
  const [enrolling, setEnrolling] = useState<PooledLead[] | null>(null);
  const can = useCan();
  const manager = pool.me.manager || can('setting', 'update');
  const items = leads.data?.items ?? [];
  const nurturing = useNurturingStatus(items.map((lead) => lead.id));
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
      {manager && (
        <Flex gap={8} align="center" style={{ marginBottom: 12 }}>
          <Button
            disabled={selected.length === 0}
            onClick={() => setEnrolling(items.filter((lead) => selected.includes(lead.id)))}
          >
            {selected.length === 0
              ? t('nurturing.enrol.selectedNone')
              : t('nurturing.enrol.selected', { count: selected.length })}
          </Button>
          <Typography.Text type="secondary">{t('nurturing.enrol.selectHint')}</Typography.Text>
        </Flex>
      )}
      <Table
        size="small"
        className="pooled-leads"
        rowKey="id"
        loading={leads.isPending}
        dataSource={items}
        {...(manager
          ? { rowSelection: { selectedRowKeys: selected, onChange: (keys) => setSelected(keys.map(Number)) } }
          : {})}
        pagination={false}
        locale={{ emptyText: t('leadPools.emptyPool') }}
        columns={[
          {
            title: t('leadPools.columns.name'),
            dataIndex: 'name',
            onCell: () => ({ style: { whiteSpace: 'nowrap' } }),
          },
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
            title: t('nurturing.column'),
            render: (_, lead) => <NurturingCell status={nurturing.data?.get(lead.id)} />,
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
                {manager && (
                  <Button
                    size="small"
                    aria-label={t('nurturing.enrol.actionFor', { name: lead.name })}
                    onClick={() => setEnrolling([lead])}
                  >
                    {t('nurturing.enrol.action')}
                  </Button>
                )}
                {(pool.me.member || manager) && (
                  <EngagedButton size="small" leadId={lead.id} name={lead.name} />
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
      {enrolling && (
        <EnrolModal
          leads={enrolling}
          onClose={() => setEnrolling(null)}
          onEnrolled={() => {
            setEnrolling(null);
            setSelected([]);
          }}
        />
      )}
      {assigning && (
        <AssignFromPoolModal poolId={pool.id} lead={assigning} onClose={() => setAssigning(null)} />
      )}
    </>
  );
}
