import { Alert, App, Checkbox, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../ui/FormErrorAlert.tsx';
import { applyServerErrors } from '../../../ui/server-errors.ts';
import { useCreatePipeline } from '../hooks/useCreatePipeline.ts';
import { type StageDraft, stageInputsOf, stageListProblems, starterStages } from '../utils/stage-drafts.ts';
import { StageListEditor } from './StageListEditor.tsx';

interface Values {
  name: string;
  description?: string;
  isDefault?: boolean;
}

/** Creates a pipeline (e.g. for a product line) with its stages, starting from open, won and lost. */
export function CreatePipelineModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string | null>(null);
  const [drafts, setDrafts] = useState<StageDraft[]>(() =>
    starterStages({
      open: t('pipelines.starter.open'),
      won: t('pipelines.starter.won'),
      lost: t('pipelines.starter.lost'),
    }),
  );
  const create = useCreatePipeline();
  const problems = stageListProblems(drafts);
  const submit = (values: Values) =>
    create.mutate(
      {
        name: values.name.trim(),
        description: values.description?.trim() || null,
        isDefault: values.isDefault ?? false,
        stages: stageInputsOf(drafts),
      },
      {
        onSuccess: (pipeline) => {
          message.success(t('pipelines.created', { name: pipeline.name }));
          onClose();
        },
        onError: (error) => setFormError(applyServerErrors(form, error)),
      },
    );
  return (
    <Modal
      open
      width={920}
      title={t('pipelines.new')}
      okText={t('pipelines.create')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: problems.length > 0 }}
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <FormErrorAlert message={formError} />
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="name"
          label={t('pipelines.name')}
          rules={[{ required: true, whitespace: true, max: 100 }]}
        >
          <Input autoFocus placeholder={t('pipelines.namePlaceholder')} />
        </Form.Item>
        <Form.Item name="description" label={t('pipelines.description')}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
        </Form.Item>
        <Form.Item name="isDefault" valuePropName="checked">
          <Checkbox>{t('pipelines.makeDefaultOnCreate')}</Checkbox>
        </Form.Item>
      </Form>
      <Typography.Text strong>{t('pipelines.stages')}</Typography.Text>
      <div style={{ marginTop: 8 }}>
        <StageListEditor drafts={drafts} disabled={create.isPending} onChange={setDrafts} />
      </div>
      {problems.length > 0 && (
        <Alert
          style={{ marginTop: 12 }}
          type="warning"
          showIcon
          title={problems.map((key) => t(key as 'pipelines.problems.oneWon')).join(' ')}
        />
      )}
    </Modal>
  );
}
