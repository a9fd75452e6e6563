import { Flex, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Simulation } from '../api/lead-assignment.api.ts';
import { AssignmentReasonText } from './AssignmentReasonText.tsx';

/** Where each lead would go by a rule set, and the totals per destination. */
export function SimulationResults({ simulation }: { simulation: Simulation }) {
  const { t } = useTranslation();
  const destination = (item: Pick<Simulation['items'][number], 'outcome' | 'user' | 'pool'>) =>
    item.outcome === 'assigned'
      ? item.user?.name
      : item.outcome === 'pooled'
        ? t('leadAssignment.simulate.toPool', { pool: item.pool?.name })
        : t('leadAssignment.simulate.unassigned');
  return (
    <Flex vertical gap={12} className="simulation-results">
      <Flex gap={8} wrap>
        {simulation.totals.map((total) => (
          <Tag
            key={`${total.outcome}:${total.user?.id ?? ''}:${total.pool?.id ?? ''}`}
            color={total.outcome === 'unassigned' ? 'default' : 'blue'}
          >
            {destination(total)} × {total.count}
          </Tag>
        ))}
      </Flex>
      <Table
        size="small"
        rowKey={(item) => item.lead.id}
        dataSource={simulation.items}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t('leadAssignment.simulate.noLeads') }}
        columns={[
          {
            title: t('leadAssignment.simulate.lead'),
            render: (_, item) => <Link to={`/o/lead/${item.lead.id}`}>{item.lead.name}</Link>,
          },
          {
            title: t('leadAssignment.simulate.currentOwner'),
            render: (_, item) => item.currentOwner?.name ?? '—',
          },
          { title: t('leadAssignment.simulate.rule'), render: (_, item) => item.rule?.name ?? '—' },
          {
            title: t('leadAssignment.simulate.wouldGoTo'),
            render: (_, item) => <Typography.Text strong>{destination(item)}</Typography.Text>,
          },
          {
            title: t('leadAssignment.simulate.why'),
            render: (_, item) => <AssignmentReasonText reason={item.reason} />,
          },
        ]}
      />
    </Flex>
  );
}
