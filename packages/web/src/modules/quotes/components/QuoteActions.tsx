import { FilePdfOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../ui/server-errors.ts';
import { LINE_ITEMS_QUERY_KEY } from '../../line-items/api/line-items.api.ts';
import type { RecordExtensionProps } from '../../records/utils/object-extension.ts';
import { type QuoteAction, quotesApi } from '../api/quotes.api.ts';

const PRIMARY: QuoteAction[] = ['send', 'approve', 'submit'];

/** The quote page's header: revision, approval hint, the actions the user may take now, and the PDF. */
export function QuoteActions({ record, onChanged }: RecordExtensionProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const workflow = useQuery({
    queryKey: ['quote-workflow', record.id, record.version],
    queryFn: () => quotesApi.workflow(record.id),
  });
  const run = async (action: QuoteAction) => {
    try {
      await quotesApi.act(record.id, action);
      message.success(t(`quotes.done.${action}`));
      await queryClient.invalidateQueries({ queryKey: LINE_ITEMS_QUERY_KEY });
      await queryClient.invalidateQueries({ queryKey: ['quote-revisions', record.id] });
      onChanged();
    } catch (error) {
      message.error(errorMessage(error));
    }
  };
  const flow = workflow.data;
  return (
    <>
      {flow && <Tag>{t('quotes.revision', { revision: flow.revision })}</Tag>}
      {flow?.approvalRequired && flow.status === 'draft' && (
        <Tooltip title={t('quotes.approvalHint', { max: flow.maxDiscount, threshold: flow.threshold })}>
          <Tag color="orange">{t('quotes.needsApproval')}</Tag>
        </Tooltip>
      )}
      {flow?.actions.map((action) => (
        <Button
          key={action}
          type={PRIMARY.includes(action) ? 'primary' : 'default'}
          danger={action === 'reject' || action === 'return'}
          onClick={() => void run(action)}
        >
          {t(`quotes.actions.${action}`)}
        </Button>
      ))}
      <Button
        icon={<FilePdfOutlined />}
        onClick={() =>
          void quotesApi.downloadPdf(record.id).catch((error) => message.error(errorMessage(error)))
        }
      >
        {t('quotes.pdf')}
      </Button>
    </>
  );
}
