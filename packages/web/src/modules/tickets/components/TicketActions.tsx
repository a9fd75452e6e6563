import { CheckCircleOutlined, LockOutlined, PlayCircleOutlined, RedoOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../ui/server-errors.ts';
import type { RecordExtensionProps } from '../../records/utils/object-extension.ts';
import { useCan } from '../../session/hooks/useCan.ts';
import { useMoveTicket } from '../hooks/useMoveTicket.ts';
import { type TicketAction, ticketActionsFor } from '../utils/ticket-actions.ts';
import { ResolveTicketModal } from './ResolveTicketModal.tsx';

const ICONS: Record<TicketAction['key'], React.ReactNode> = {
  start: <PlayCircleOutlined />,
  resolve: <CheckCircleOutlined />,
  close: <LockOutlined />,
  reopen: <RedoOutlined />,
};

/** A ticket's next steps in its flow: start, resolve (with a resolution), close, reopen. */
export function TicketActions({ record, onChanged }: RecordExtensionProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const can = useCan();
  const move = useMoveTicket();
  const [resolving, setResolving] = useState(false);
  if (!can('ticket', 'update')) return null;
  const run = (action: TicketAction) => {
    if (action.key === 'resolve') {
      setResolving(true);
      return;
    }
    move.mutate(
      { id: record.id, version: record.version, values: { status: action.to } },
      {
        onSuccess: () => {
          message.success(t(`tickets.done.${action.key}`));
          onChanged();
        },
        onError: (error) => void message.error(errorMessage(error)),
      },
    );
  };
  return (
    <>
      {ticketActionsFor(record.status).map((action) => (
        <Button
          key={action.key}
          type={action.key === 'resolve' || action.key === 'start' ? 'primary' : 'default'}
          icon={ICONS[action.key]}
          loading={move.isPending && move.variables?.values.status === action.to}
          onClick={() => run(action)}
        >
          {t(`tickets.actions.${action.key}`)}
        </Button>
      ))}
      <ResolveTicketModal
        ticket={record}
        open={resolving}
        onClose={() => setResolving(false)}
        onResolved={() => {
          setResolving(false);
          message.success(t('tickets.done.resolve'));
          onChanged();
        }}
      />
    </>
  );
}
