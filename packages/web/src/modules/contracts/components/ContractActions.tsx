import { BranchesOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { errorMessage } from '../../../ui/server-errors.ts';
import type { RecordExtensionProps } from '../../records/utils/object-extension.ts';
import { useCan } from '../../session/hooks/useCan.ts';
import type { ContractAction } from '../api/contracts.api.ts';
import { useAmendContract } from '../hooks/useAmendContract.ts';
import { useContractTransitions } from '../hooks/useContractTransitions.ts';
import { ACTION_ORDER, DANGEROUS_ACTIONS, PRIMARY_ACTIONS, statusOf } from '../utils/contract-status.ts';
import { ContractActionDialog } from './ContractActionDialog.tsx';

/**
 * The contract page's header buttons: the transitions the user may ask for now (as the server says), each
 * confirmed in a dialog, and "amend" on an approved or signed contract.
 */
export function ContractActions({ record, onChanged }: RecordExtensionProps) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const can = useCan();
  const transitions = useContractTransitions(record.id, record.version);
  const amend = useAmendContract();
  const [action, setAction] = useState<ContractAction | null>(null);
  const available = new Set(transitions.data?.actions ?? []);
  const amendable =
    ['approved', 'signed'].includes(statusOf(record)) && can('contract', 'create') && !record.supersededBy;

  const confirmAmend = () =>
    modal.confirm({
      title: t('contracts.confirm.amend.title', { number: record.number ?? `#${record.id}` }),
      content: t('contracts.confirm.amend.text'),
      okText: t('contracts.actions.amend'),
      cancelText: t('common.cancel'),
      onOk: () =>
        amend.mutateAsync(record.id).then(
          (amendment) => {
            message.success(t('contracts.amendCreated', { number: amendment.number }));
            navigate(`/o/contract/${amendment.id}`);
          },
          (error: unknown) => void message.error(errorMessage(error)),
        ),
    });

  return (
    <>
      {ACTION_ORDER.filter((candidate) => available.has(candidate)).map((candidate) => (
        <Button
          key={candidate}
          type={PRIMARY_ACTIONS.has(candidate) ? 'primary' : 'default'}
          danger={DANGEROUS_ACTIONS.has(candidate)}
          onClick={() => setAction(candidate)}
          data-action={candidate}
        >
          {t(`contracts.actions.${candidate}`)}
        </Button>
      ))}
      {amendable && (
        <Button icon={<BranchesOutlined />} onClick={confirmAmend} data-action="amend">
          {t('contracts.actions.amend')}
        </Button>
      )}
      <ContractActionDialog
        record={record}
        action={action}
        onClose={() => setAction(null)}
        onDone={(done) => {
          setAction(null);
          message.success(t(`contracts.done.${done}`));
          onChanged();
        }}
      />
    </>
  );
}
