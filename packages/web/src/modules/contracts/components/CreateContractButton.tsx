import { FileProtectOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { errorMessage } from '../../../ui/server-errors.ts';
import type { RecordExtensionProps } from '../../records/utils/object-extension.ts';
import { useCan } from '../../session/hooks/useCan.ts';
import { useCreateContractFrom } from '../hooks/useCreateContractFrom.ts';

/** The status a source must have to become a contract. */
const READY: Record<'opportunity' | 'quote', string> = { opportunity: 'won', quote: 'accepted' };

/** "Create contract" on a won opportunity or an accepted quote: a draft with its parties, then its page. */
function CreateContractButton({
  source,
  record,
}: RecordExtensionProps & { source: 'opportunity' | 'quote' }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const can = useCan();
  const create = useCreateContractFrom(source);
  if (record.status !== READY[source] || !can('contract', 'create')) return null;

  const confirm = () =>
    modal.confirm({
      title: t('contracts.createFrom.title'),
      content: t(`contracts.createFrom.${source}`),
      okText: t('contracts.createFrom.ok'),
      cancelText: t('common.cancel'),
      onOk: () =>
        create.mutateAsync(record.id).then(
          (contract) => {
            message.success(t('contracts.createFrom.created', { number: contract.number }));
            navigate(`/o/contract/${contract.id}`);
          },
          (error: unknown) => void message.error(errorMessage(error)),
        ),
    });

  return (
    <Button type="primary" icon={<FileProtectOutlined />} onClick={confirm} data-action="create-contract">
      {t('contracts.createFrom.button')}
    </Button>
  );
}

export const CreateContractFromOpportunity = (props: RecordExtensionProps) => (
  <CreateContractButton {...props} source="opportunity" />
);

export const CreateContractFromQuote = (props: RecordExtensionProps) => (
  <CreateContractButton {...props} source="quote" />
);
