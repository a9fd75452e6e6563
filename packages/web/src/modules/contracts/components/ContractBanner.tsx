import { Alert, Flex, Statistic } from 'antd';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { LineageStrip } from '../../lineage/components/LineageStrip.tsx';
import { ReceivableSummary } from '../../payments/components/ReceivableSummary.tsx';
import { useRecord } from '../../records/hooks/useRecord.ts';
import type { RecordExtensionProps } from '../../records/utils/object-extension.ts';
import { statusOf } from '../utils/contract-status.ts';
import { ContractStatusTag } from './ContractStatusTag.tsx';

/** A link to another contract by its number (loaded when the viewer may read it). */
function ContractLink({ id }: { id: number }) {
  const contract = useRecord('contract', id);
  return <Link to={`/o/contract/${id}`}>{String(contract.data?.number ?? `#${id}`)}</Link>;
}

/**
 * Above the contract's tabs: its status, how it relates to other contracts (amends, superseded by), its money
 * (amount, received, receivable, payment status) and where it came from (lineage).
 */
export function ContractBanner(props: RecordExtensionProps) {
  const { t } = useTranslation();
  const { record } = props;
  const amends = typeof record.amends === 'number' ? record.amends : null;
  const supersededBy = typeof record.supersededBy === 'number' ? record.supersededBy : null;
  return (
    <Flex vertical gap={12} style={{ marginBottom: 16 }}>
      {amends !== null && (
        <Alert
          type="info"
          showIcon
          message={
            <Trans i18nKey="contracts.amends" components={{ original: <ContractLink id={amends} /> }} />
          }
        />
      )}
      {supersededBy !== null && (
        <Alert
          type="warning"
          showIcon
          message={
            <Trans
              i18nKey="contracts.supersededBy"
              components={{ amendment: <ContractLink id={supersededBy} /> }}
            />
          }
        />
      )}
      <ReceivableSummary
        contract={record}
        leading={
          <Statistic
            title={t('contracts.currentStatus')}
            valueRender={() => <ContractStatusTag status={statusOf(record)} />}
          />
        }
      />
      <LineageStrip {...props} />
    </Flex>
  );
}
