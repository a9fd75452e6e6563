import { App, Button, DatePicker, Flex, InputNumber, Modal, Switch, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageSpin } from '../../../ui/PageSpin.tsx';
import { QueryError } from '../../../ui/QueryError.tsx';
import { errorMessage } from '../../../ui/server-errors.ts';
import type { Assignee } from '../api/lead-assignment.api.ts';
import { useAssignees } from '../hooks/useAssignees.ts';
import { useUpdateAssignee } from '../hooks/useUpdateAssignee.ts';

/** Edits one person's availability (away until a day) and cap on open leads. */
function AssigneeModal({ assignee, onClose }: { assignee: Assignee; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const update = useUpdateAssignee();
  const [away, setAway] = useState(assignee.away);
  const [awayUntil, setAwayUntil] = useState<string | null>(assignee.awayUntil);
  const [cap, setCap] = useState<number | null>(assignee.maxOpenLeads);
  return (
    <Modal
      open
      title={t('leadAssignment.assignees.editTitle', { name: assignee.user.name })}
      onCancel={onClose}
      okText={t('common.save')}
      confirmLoading={update.isPending}
      onOk={async () => {
        try {
          await update.mutateAsync({
            userId: assignee.user.id,
            input: { away, awayUntil: away ? awayUntil : null, maxOpenLeads: cap },
          });
          message.success(t('leadAssignment.assignees.saved'));
          onClose();
        } catch (error) {
          message.error(errorMessage(error));
        }
      }}
    >
      <Flex vertical gap={16}>
        <Flex gap={8} align="center">
          <Switch checked={away} onChange={setAway} aria-label={t('leadAssignment.assignees.away')} />
          <span>{t('leadAssignment.assignees.away')}</span>
        </Flex>
        {away && (
          <Flex gap={8} align="center">
            <span>{t('leadAssignment.assignees.awayUntil')}</span>
            <DatePicker
              value={awayUntil ? dayjs(awayUntil) : null}
              onChange={(day) => setAwayUntil(day ? day.format('YYYY-MM-DD') : null)}
            />
            <Typography.Text type="secondary">{t('leadAssignment.assignees.awayUntilHelp')}</Typography.Text>
          </Flex>
        )}
        <Flex gap={8} align="center">
          <span>{t('leadAssignment.assignees.maxOpenLeads')}</span>
          <InputNumber
            min={0}
            max={100000}
            value={cap}
            aria-label={t('leadAssignment.assignees.maxOpenLeads')}
            onChange={(value) => setCap(typeof value === 'number' ? value : null)}
          />
          <Typography.Text type="secondary">{t('leadAssignment.assignees.noCap')}</Typography.Text>
        </Flex>
      </Flex>
    </Modal>
  );
}

/** Everyone's availability for leads: away or not, their cap and how many open leads they own. */
export function AssigneesTable() {
  const { t } = useTranslation();
  const assignees = useAssignees();
  const [editing, setEditing] = useState<Assignee | null>(null);
  if (assignees.isPending) return <PageSpin />;
  if (assignees.isError)
    return <QueryError error={assignees.error} onRetry={() => void assignees.refetch()} />;
  return (
    <>
      <Table
        size="small"
        className="assignees-table"
        rowKey={(item) => item.user.id}
        dataSource={assignees.data.filter((item) => item.active)}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        columns={[
          { title: t('leadAssignment.assignees.user'), render: (_, item) => item.user.name },
          { title: t('leadAssignment.assignees.department'), render: (_, item) => item.department ?? '—' },
          {
            title: t('leadAssignment.assignees.availability'),
            render: (_, item) =>
              item.awayToday ? (
                <Tag color="orange">
                  {item.awayUntil
                    ? t('leadAssignment.assignees.awayUntilDay', { day: item.awayUntil })
                    : t('leadAssignment.assignees.awayNow')}
                </Tag>
              ) : (
                <Tag color="green">{t('leadAssignment.assignees.available')}</Tag>
              ),
          },
          {
            title: t('leadAssignment.assignees.openLeads'),
            render: (_, item) =>
              item.maxOpenLeads === null ? item.openLeads : `${item.openLeads} / ${item.maxOpenLeads}`,
          },
          {
            title: '',
            render: (_, item) => (
              <Button size="small" onClick={() => setEditing(item)}>
                {t('common.edit')}
              </Button>
            ),
          },
        ]}
      />
      {editing && <AssigneeModal assignee={editing} onClose={() => setEditing(null)} />}
    </>
  );
}
