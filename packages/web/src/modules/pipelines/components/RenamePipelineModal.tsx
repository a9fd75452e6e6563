import { App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../ui/FormErrorAlert.tsx';
import { applyServerErrors } from '../../../ui/server-errors.ts';
import type { Pipeline } from '../api/pipelines.api.ts';
import { useUpdatePipeline } from '../hooks/useUpdatePipeline.ts';

/** Renames a pipeline and edits its description. */
export function RenamePipelineModal({ pipeline, onClose }: { pipeline: Pipeline; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ name: string; description: string }>();
  const [formError, setFormError] = useState<string | null>(null);
  const update = useUpdatePipeline();
  const submit = (values: { name: string; description: string }) =>
    update.mutate(
      { pipeline, values: { name: values.name.trim(), description: values.description?.trim() || null } },
      {
        onSuccess: () => {
          message.success(t('pipelines.saved', { name: values.name.trim() }));
          onClose();
        },
        onError: (error) => setFormError(applyServerErrors(form, error)),
      },
    );
  return (
    <Modal
      open
      title={t('pipelines.rename')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={update.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <FormErrorAlert message={formError} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ name: pipeline.name, description: pipeline.description ?? '' }}
        onFinish={submit}
      >
        <Form.Item
          name="name"
          label={t('pipelines.name')}
          rules={[{ required: true, whitespace: true, max: 100 }]}
        >
          <Input autoFocus />
        </Form.Item>
        <Form.Item name="description" label={t('pipelines.description')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
