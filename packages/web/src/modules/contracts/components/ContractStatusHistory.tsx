import { ArrowRightOutlined } from '@ant-design/icons';
import { Empty, Flex, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../ui/format.ts';
import { QueryError } from '../../../ui/QueryError.tsx';
import type { RecordExtensionProps } from '../../records/utils/object-extension.ts';
import type { StatusHistoryItem } from '../api/contracts.api.ts';
import { useContractTransitions } from '../hooks/useContractTransitions.ts';
import { ContractStatusTag } from './ContractStatusTag.tsx';

const COLORS: Record<string, string> = {
  approve: 'green',
  sign: 'green',
  complete: 'green',
  reject: 'red',
  terminate: 'red',
  supersede: 'gray',
};

function Entry({ item }: { item: StatusHistoryItem }) {
  const { t, i18n } = useTranslation();
  return (
    <Flex vertical gap={4}>
      <Flex gap={8} align="center" wrap>
        <Typography.Text strong>
          {t(`contracts.history.${item.action}`, { defaultValue: item.action })}
        </Typography.Text>
        {item.fromStatus && (
          <>
            <ContractStatusTag status={item.fromStatus} />
            <ArrowRightOutlined style={{ color: '#8c8c8c' }} />
          </>
        )}
        <ContractStatusTag status={item.toStatus} />
      </Flex>
      <Typography.Text type="secondary">
        {item.actor?.name ?? t('records.history.system')} · {formatDateTime(item.at, i18n.language)}
      </Typography.Text>
      {item.comment && (
        <Typography.Text>
          {t(item.action === 'supersede' ? 'contracts.history.supersededBy' : 'contracts.history.comment', {
            comment: item.comment,
          })}
        </Typography.Text>
      )}
    </Flex>
  );
}

/** Every status change of the contract: who moved it, from what to what, when and why. */
export function ContractStatusHistory({ record }: RecordExtensionProps) {
  const transitions = useContractTransitions(record.id, record.version);
  if (transitions.isError)
    return <QueryError error={transitions.error} onRetry={() => void transitions.refetch()} />;
  const history = transitions.data?.history ?? [];
  if (!transitions.isLoading && history.length === 0) return <Empty />;
  return (
    <Timeline
      style={{ paddingTop: 8 }}
      items={history.map((item) => ({
        key: item.id,
        color: COLORS[item.action] ?? 'blue',
        children: <Entry item={item} />,
      }))}
    />
  );
}
