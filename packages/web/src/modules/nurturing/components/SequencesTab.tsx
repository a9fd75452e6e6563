import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../ui/QueryError.tsx';
import type { Sequence } from '../api/nurturing.api.ts';
import { useSequences } from '../hooks/useSequences.ts';
import { stepSchedule } from '../utils/step-schedule.ts';
import { SequenceEditorDrawer } from './SequenceEditorDrawer.tsx';

/** 培育序列: the drip sequences — on or off, the pool they enrol from, their steps, their leads. */
export function SequencesTab() {
  const { t } = useTranslation();
  const sequences = useSequences();
  const [editing, setEditing] = useState<{ sequence: Sequence | null } | null>(null);
  if (sequences.isError)
    return <QueryError error={sequences.error} onRetry={() => void sequences.refetch()} />;
  return (
    <>
      <Flex justify="space-between" align="center" style={{ marginBottom: 16 }}>
        <Typography.Text type="secondary">{t('nurturing.sequences.description')}</Typography.Text>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ sequence: null })}>
          {t('nurturing.sequences.new')}
        </Button>
      </Flex>
      <Table<Sequence>
        rowKey="id"
        size="middle"
        loading={sequences.isPending}
        dataSource={sequences.data ?? []}
        pagination={false}
        locale={{ emptyText: t('nurturing.sequences.empty') }}
        columns={[
          {
            title: t('nurturing.sequences.name'),
            render: (_, sequence) => (
              <Flex vertical>
                <Typography.Link onClick={() => setEditing({ sequence })}>{sequence.name}</Typography.Link>
                {sequence.description && (
                  <Typography.Text type="secondary">{sequence.description}</Typography.Text>
                )}
              </Flex>
            ),
          },
          {
            title: t('nurturing.sequences.state'),
            width: 90,
            render: (_, sequence) =>
              sequence.active ? (
                <Tag color="green">{t('nurturing.sequences.on')}</Tag>
              ) : (
                <Tag>{t('nurturing.sequences.off')}</Tag>
              ),
          },
          {
            title: t('nurturing.sequences.enrolColumn'),
            render: (_, sequence) =>
              sequence.enrolPool ? (
                t('nurturing.sequences.fromPool', { pool: sequence.enrolPool.name })
              ) : (
                <Typography.Text type="secondary">{t('nurturing.sequences.byHand')}</Typography.Text>
              ),
          },
          {
            title: t('nurturing.sequences.steps'),
            render: (_, sequence) => (
              <Flex vertical gap={2}>
                {stepSchedule(sequence.steps).map((step) => (
                  <Typography.Text key={step.n}>
                    {t('nurturing.sequences.stepLine', {
                      n: step.n,
                      day: step.atDay,
                      template: step.template,
                    })}
                  </Typography.Text>
                ))}
              </Flex>
            ),
          },
          {
            title: t('nurturing.sequences.leads'),
            width: 200,
            render: (_, sequence) =>
              t('nurturing.sequences.counts', {
                active: sequence.enrolments.active,
                completed: sequence.enrolments.completed,
                stopped: sequence.enrolments.stopped,
              }),
          },
        ]}
      />
      {editing && <SequenceEditorDrawer sequence={editing.sequence} onClose={() => setEditing(null)} />}
    </>
  );
}
