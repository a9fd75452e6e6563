import { Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FieldChoice } from '../../records/api/objects.api.ts';
import { useFieldLabel } from '../../records/hooks/useFieldLabel.ts';
import { useObjectDefinition } from '../../records/hooks/useObjectDefinition.ts';

interface LossReasonModalProps {
  opportunityName: string;
  stageName: string;
  onConfirm: (values: { lossReason: string; lossNote?: string }) => void;
  onCancel: () => void;
}

/** Asks why an opportunity was lost before it moves to a lost stage (the server requires a reason). */
export function LossReasonModal({ opportunityName, stageName, onConfirm, onCancel }: LossReasonModalProps) {
  const { t } = useTranslation();
  const label = useFieldLabel();
  const { object } = useObjectDefinition('opportunity');
  const [form] = Form.useForm<{ lossReason: string; lossNote?: string }>();
  const field = object?.fields.find((f) => f.apiName === 'lossReason');
  const choices = (field?.options.choices as FieldChoice[] | undefined) ?? [];
  return (
    <Modal
      open
      title={t('kanban.lossTitle', { name: opportunityName, stage: stageName })}
      okText={t('kanban.markLost')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onCancel}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={onConfirm}>
        <Form.Item
          name="lossReason"
          label={field ? label(field.label) : t('kanban.lossReason')}
          rules={[{ required: true, message: t('kanban.lossReasonRequired') }]}
        >
          <Select
            autoFocus
            placeholder={t('kanban.chooseLossReason')}
            options={choices.map((choice) => ({ value: choice.value, label: label(choice.label) }))}
          />
        </Form.Item>
        <Form.Item name="lossNote" label={t('kanban.lossNote')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
