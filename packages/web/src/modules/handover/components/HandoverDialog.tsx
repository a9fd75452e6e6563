import { Alert, App, Checkbox, Flex, Form, Modal, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../ui/server-errors.ts';
import { useFieldLabel } from '../../records/hooks/useFieldLabel.ts';
import { useObjects } from '../../records/hooks/useObjects.ts';
import { UserSelect } from '../../users/components/UserSelect.tsx';
import type { HandoverPerson } from '../api/handover.api.ts';
import { useHandOver } from '../hooks/useHandOver.ts';
import { useHandoverPreview } from '../hooks/useHandoverPreview.ts';

interface HandoverDialogProps {
  /** The user whose records are handed over. */
  from: HandoverPerson | null;
  onClose: () => void;
}

/**
 * 交接 / Hand over: pick who receives a user's records, see how many of each object move (finished ones
 * too when asked), confirm. The receiver is notified; the handover is audited.
 */
export function HandoverDialog({ from, onClose }: HandoverDialogProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const label = useFieldLabel();
  const objects = useObjects();
  const [toUserId, setToUserId] = useState<number | undefined>();
  const [includeClosed, setIncludeClosed] = useState(false);
  const preview = useHandoverPreview(from?.id ?? 0, includeClosed, from !== null);
  const handOver = useHandOver();

  useEffect(() => {
    if (from === null) {
      setToUserId(undefined);
      setIncludeClosed(false);
    }
  }, [from]);

  const objectName = (apiName: string) => {
    const definition = objects.data?.find((object) => object.apiName === apiName);
    return definition ? label(definition.label) : apiName;
  };
  const total = preview.data?.total ?? 0;

  const confirm = () => {
    if (!from || toUserId === undefined) return;
    handOver.mutateAsync({ fromUserId: from.id, toUserId, includeClosed }).then(
      (result) => {
        message.success(
          t('handover.done', { count: result.total, from: result.from.name, to: result.to.name }),
        );
        onClose();
      },
      (error: unknown) => void message.error(errorMessage(error)),
    );
  };

  return (
    <Modal
      open={from !== null}
      title={t('handover.title', { name: from?.name ?? '' })}
      width={640}
      okText={t('handover.confirm', { count: total })}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: toUserId === undefined || total === 0 }}
      confirmLoading={handOver.isPending}
      onOk={confirm}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form layout="vertical" name="handover">
        <Form.Item label={t('handover.to')} required>
          <UserSelect
            id="handover_to"
            value={toUserId}
            onChange={(value) => setToUserId(value ?? undefined)}
            excludeIds={from ? [from.id] : []}
            placeholder={t('handover.toPlaceholder')}
          />
        </Form.Item>
        <Form.Item>
          <Checkbox checked={includeClosed} onChange={(event) => setIncludeClosed(event.target.checked)}>
            {t('handover.includeClosed')}
          </Checkbox>
          <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0 24px' }}>
            {t('handover.includeClosedHint')}
          </Typography.Paragraph>
        </Form.Item>
      </Form>
      {preview.isError ? (
        <Alert type="error" showIcon title={errorMessage(preview.error)} />
      ) : (
        <Flex vertical gap={12}>
          <Table
            rowKey="object"
            size="small"
            className="handover-counts"
            loading={preview.isFetching}
            pagination={false}
            dataSource={preview.data?.objects ?? []}
            locale={{ emptyText: t('handover.nothing') }}
            columns={[
              { key: 'object', title: t('handover.object'), render: (_, row) => objectName(row.object) },
              { key: 'count', title: t('handover.moving'), dataIndex: 'count', align: 'right', width: 120 },
              ...(includeClosed
                ? []
                : [
                    {
                      key: 'staying',
                      title: t('handover.staying'),
                      dataIndex: 'staying',
                      align: 'right' as const,
                      width: 140,
                    },
                  ]),
            ]}
            summary={() =>
              total > 0 ? (
                <Table.Summary.Row>
                  <Table.Summary.Cell index={0}>
                    <Typography.Text strong>{t('handover.total')}</Typography.Text>
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={1} align="right">
                    <Typography.Text strong>{total}</Typography.Text>
                  </Table.Summary.Cell>
                  {!includeClosed && <Table.Summary.Cell index={2} />}
                </Table.Summary.Row>
              ) : null
            }
          />
          <Typography.Text type="secondary">{t('handover.audited')}</Typography.Text>
        </Flex>
      )}
    </Modal>
  );
}
