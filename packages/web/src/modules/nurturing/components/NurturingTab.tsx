import { Alert, Card, Descriptions, Empty, Flex, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../ui/format.ts';
import { PageSpin } from '../../../ui/PageSpin.tsx';
import { QueryError } from '../../../ui/QueryError.tsx';
import type { RecordExtensionProps } from '../../records/utils/object-extension.ts';
import type { EmailSend } from '../api/email.api.ts';
import { useLeadNurturing } from '../hooks/useLeadNurturing.ts';
import { EmailStatusTag } from './EmailStatusTag.tsx';
import { EnrolmentSummary } from './EnrolmentSummary.tsx';
import { StopNurturingButton } from './StopNurturingButton.tsx';

/** The lead page's 培育邮件 tab: whether it unsubscribed, its sequence and step, and every email sent to it. */
export function NurturingTab({ record }: RecordExtensionProps) {
  const { t, i18n } = useTranslation();
  const nurturing = useLeadNurturing(record.id);
  if (nurturing.isPending) return <PageSpin />;
  if (nurturing.isError)
    return <QueryError error={nurturing.error} onRetry={() => void nurturing.refetch()} />;
  const { optedOut, enrolment, sends } = nurturing.data;
  return (
    <Flex vertical gap={16}>
      {optedOut && (
        <Alert
          type="warning"
          showIcon
          title={t('nurturing.optedOut', { at: formatDateTime(optedOut.at, i18n.language) })}
        />
      )}
      <Card size="small" title={t('nurturing.enrolment.title')}>
        {enrolment ? (
          <Flex justify="space-between" align="flex-start" gap={16} wrap>
            <Descriptions
              size="small"
              column={1}
              items={[
                {
                  key: 'sequence',
                  label: t('nurturing.enrolment.sequence'),
                  children: enrolment.sequence.name,
                },
                {
                  key: 'state',
                  label: t('nurturing.enrolment.state'),
                  children: <EnrolmentSummary enrolment={enrolment} />,
                },
                {
                  key: 'enrolledAt',
                  label: t('nurturing.enrolment.enrolledAt'),
                  children: formatDateTime(enrolment.enrolledAt, i18n.language),
                },
              ]}
            />
            {enrolment.status === 'active' && <StopNurturingButton leadId={record.id} />}
          </Flex>
        ) : (
          <Typography.Text type="secondary">{t('nurturing.enrolment.none')}</Typography.Text>
        )}
      </Card>
      <Card size="small" title={t('nurturing.sends.title')}>
        <Table<EmailSend>
          rowKey="id"
          size="small"
          dataSource={sends}
          pagination={false}
          locale={{
            emptyText: (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('nurturing.sends.empty')} />
            ),
          }}
          columns={[
            { title: t('nurturing.sends.subject'), dataIndex: 'subject', ellipsis: true },
            { title: t('nurturing.sends.to'), dataIndex: 'to', width: 200, ellipsis: true },
            {
              title: t('nurturing.sends.via'),
              render: (_, send) =>
                send.sequence
                  ? t('nurturing.sends.step', { sequence: send.sequence.name, n: send.step })
                  : t('nurturing.sends.byHand', { name: send.sentBy?.name ?? '' }),
            },
            {
              title: t('nurturing.sends.statusLabel'),
              width: 100,
              render: (_, send) => <EmailStatusTag send={send} />,
            },
            {
              title: t('nurturing.sends.at'),
              width: 170,
              render: (_, send) => formatDateTime(send.sentAt ?? send.createdAt, i18n.language),
            },
          ]}
        />
      </Card>
    </Flex>
  );
}
