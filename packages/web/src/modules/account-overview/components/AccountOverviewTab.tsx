import { MessageOutlined } from '@ant-design/icons';
import { formatCny, isLocale } from '@lodestar/shared';
import { Button, Card, Col, Flex, Row, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordData } from '../../records/api/records.api.ts';
import type { RecordExtensionProps } from '../../records/utils/object-extension.ts';
import { useCan } from '../../session/hooks/useCan.ts';
import { LogFollowUpModal } from '../../timeline/components/LogFollowUpModal.tsx';
import { Timeline } from '../../timeline/components/Timeline.tsx';
import { AttachmentsCard } from './AttachmentsCard.tsx';
import { KeyFigures } from './KeyFigures.tsx';
import { ProfileSummary } from './ProfileSummary.tsx';
import { RelatedRecordsCard } from './RelatedRecordsCard.tsx';
import './account-overview.css';

/**
 * 360° 概览: one page of everything about an account — key figures, profile, the timeline of all that
 * happened, contacts, open opportunities, contracts and receivables, open tickets, attachments.
 */
export function AccountOverviewTab({ object, record }: RecordExtensionProps) {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const [logging, setLogging] = useState(false);
  const locale = isLocale(i18n.language) ? i18n.language : 'zh-CN';
  const money = (value: unknown) => (typeof value === 'string' ? formatCny(value, { locale }) : '—');
  const accountId = record.id;
  const ticketStatus = (ticket: RecordData) => (
    <Tag color={ticket.priority === 'urgent' || ticket.type === 'complaint' ? 'red' : 'blue'}>
      {String(ticket.number ?? '')}
    </Tag>
  );
  return (
    <div className="account-overview">
      <KeyFigures accountId={accountId} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Card
            size="small"
            title={t('accountOverview.timeline')}
            extra={
              can('followUp', 'create') && (
                <Button size="small" icon={<MessageOutlined />} onClick={() => setLogging(true)}>
                  {t('timeline.logFollowUp')}
                </Button>
              )
            }
          >
            <Timeline object="account" recordId={accountId} />
          </Card>
        </Col>
        <Col xs={24} xl={9}>
          <Flex vertical gap={16}>
            <ProfileSummary object={object} record={record} />
            <RelatedRecordsCard
              title={t('accountOverview.contacts')}
              object="contact"
              accountId={accountId}
              nameField="name"
              sort="-isPrimary,name"
              fields="name,title,phone,isPrimary"
              describe={(contact) => [contact.title, contact.phone].filter(Boolean).join(' · ')}
              emptyText={t('accountOverview.noContacts')}
            />
            <RelatedRecordsCard
              title={t('accountOverview.openOpportunities')}
              object="opportunity"
              accountId={accountId}
              nameField="name"
              where={[
                { field: 'status', op: 'ne', value: 'won' },
                { field: 'status', op: 'ne', value: 'lost' },
              ]}
              sort="-amount"
              fields="name,amount,stage,stage.name"
              describe={(deal) => [deal['stage.name'], money(deal.amount)].filter(Boolean).join(' · ')}
              emptyText={t('accountOverview.noOpportunities')}
            />
            <RelatedRecordsCard
              title={t('accountOverview.contracts')}
              object="contract"
              accountId={accountId}
              nameField="name"
              sort="-amount"
              fields="name,amount,receivedAmount,receivableAmount"
              describe={(contract) =>
                t('accountOverview.contractLine', {
                  amount: money(contract.amount),
                  receivable: money(contract.receivableAmount),
                })
              }
              emptyText={t('accountOverview.noContracts')}
            />
            <RelatedRecordsCard
              title={t('accountOverview.openTickets')}
              object="ticket"
              accountId={accountId}
              nameField="subject"
              where={[{ field: 'status', op: 'in', value: ['open', 'inProgress'] }]}
              fields="subject,number,priority,type,status"
              describe={ticketStatus}
              emptyText={t('accountOverview.noTickets')}
            />
            <AttachmentsCard accountId={accountId} />
          </Flex>
        </Col>
      </Row>
      <LogFollowUpModal
        link={{ object: 'account', id: accountId }}
        open={logging}
        onClose={() => setLogging(false)}
      />
    </div>
  );
}
