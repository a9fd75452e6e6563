import {
  AuditOutlined,
  CheckCircleOutlined,
  CheckOutlined,
  CloseCircleOutlined,
  EditOutlined,
  FilePdfOutlined,
  RollbackOutlined,
  SendOutlined,
} from '@ant-design/icons';
import { App, Button } from 'antd';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../ui/server-errors.ts';
import type { RecordExtensionProps } from '../../records/utils/object-extension.ts';
import { type QuoteAction, quotesApi } from '../api/quotes.api.ts';
import { useQuoteAction } from '../hooks/useQuoteAction.ts';
import { useQuoteWorkflow } from '../hooks/useQuoteWorkflow.ts';
import {
  ACTION_ORDER,
  actionLabelKey,
  CONFIRMED_ACTIONS,
  PRIMARY_ACTIONS,
  quoteStatusOf,
  sentPdf,
} from '../utils/quote-status.ts';

const ICONS: Record<QuoteAction, ReactNode> = {
  submit: <AuditOutlined />,
  approve: <CheckOutlined />,
  return: <RollbackOutlined />,
  send: <SendOutlined />,
  accept: <CheckCircleOutlined />,
  reject: <CloseCircleOutlined />,
  revise: <EditOutlined />,
};

/**
 * The quote page's header buttons: the actions the viewer may take now (as the server says), those the
 * customer will see or that cannot be undone confirmed first, and the PDF (a preview while a draft).
 */
export function QuoteActions({ record, onChanged }: RecordExtensionProps) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const workflow = useQuoteWorkflow(record);
  const act = useQuoteAction(record.id);
  const [downloading, setDownloading] = useState(false);
  const status = quoteStatusOf(record);
  const available = new Set(workflow.data?.actions ?? []);
  // An approver decides (approve or return); withdrawing the submission is the submitter's move.
  if (available.has('return')) available.delete('revise');
  const number = String(record.number ?? `#${record.id}`);
  const revision = Number(record.revision ?? 1);

  const run = (action: QuoteAction) =>
    act.mutateAsync({ action, version: record.version }).then(
      () => {
        message.success(t(`quotes.done.${action}`, { number, revision }));
        onChanged();
      },
      (error: unknown) => {
        message.error(errorMessage(error));
        onChanged();
      },
    );
  const start = (action: QuoteAction) => {
    if (!CONFIRMED_ACTIONS.has(action)) return void run(action);
    const key = (action === 'revise' && status === 'pendingApproval' ? 'withdraw' : action) as
      | 'send'
      | 'accept'
      | 'reject'
      | 'return'
      | 'revise'
      | 'withdraw';
    const nextRevision = sentPdf(status) ? revision + 1 : revision;
    modal.confirm({
      title: t(`quotes.confirm.${key}.title`, { number, revision }),
      content: t(`quotes.confirm.${key}.text`, { number, revision, nextRevision }),
      okText: t(actionLabelKey(action, status)),
      okButtonProps: { danger: action === 'reject' || action === 'return' },
      cancelText: t('common.cancel'),
      onOk: () => run(action),
    });
  };
  const download = async () => {
    setDownloading(true);
    try {
      await quotesApi.downloadPdf(record.id);
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setDownloading(false);
    }
  };

  return (
    <>
      {ACTION_ORDER.filter((action) => available.has(action)).map((action) => (
        <Button
          key={action}
          type={PRIMARY_ACTIONS.has(action) ? 'primary' : 'default'}
          danger={action === 'reject' || action === 'return'}
          icon={ICONS[action]}
          loading={act.isPending && act.variables?.action === action}
          disabled={act.isPending}
          data-action={action}
          onClick={() => start(action)}
        >
          {t(actionLabelKey(action, status))}
        </Button>
      ))}
      <Button
        icon={<FilePdfOutlined />}
        loading={downloading}
        data-action="pdf"
        onClick={() => void download()}
      >
        {t(sentPdf(status) ? 'quotes.pdf' : 'quotes.previewPdf')}
      </Button>
    </>
  );
}
