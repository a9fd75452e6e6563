import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Drawer,
  Flex,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Select,
  Space,
  Switch,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../ui/FormErrorAlert.tsx';
import { applyServerErrors, errorMessage } from '../../../ui/server-errors.ts';
import { useRuleSets } from '../../lead-assignment/hooks/useRuleSets.ts';
import { usePools } from '../../lead-pools/hooks/usePools.ts';
import type { Sequence } from '../api/nurturing.api.ts';
import { useDeleteSequence } from '../hooks/useDeleteSequence.ts';
import { useEmailTemplates } from '../hooks/useEmailTemplates.ts';
import { useSaveSequence } from '../hooks/useSaveSequence.ts';

interface SequenceFormValues {
  name: string;
  description?: string;
  active: boolean;
  enrolPoolId?: number | null;
  handBackRuleSetId?: number | null;
  steps: Array<{ templateId?: number; delayDays?: number | null; delayHours?: number | null }>;
}

/**
 * Builds a drip sequence: its steps in order (a template and a delay after the previous step — the first
 * after enrolment), the pool whose entering leads it enrols, the rule set that hands an engaged lead back,
 * and whether it is on.
 */
export function SequenceEditorDrawer({
  sequence,
  onClose,
}: {
  sequence: Sequence | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<SequenceFormValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const save = useSaveSequence();
  const remove = useDeleteSequence();
  const templates = useEmailTemplates();
  const pools = usePools();
  const ruleSets = useRuleSets();

  const initialValues: SequenceFormValues = sequence
    ? {
        name: sequence.name,
        description: sequence.description ?? '',
        active: sequence.active,
        enrolPoolId: sequence.enrolPool?.id ?? null,
        handBackRuleSetId: sequence.handBackRuleSet?.id ?? null,
        steps: sequence.steps.map((step) => ({
          templateId: step.template.id,
          delayDays: step.delayDays,
          delayHours: step.delayHours,
        })),
      }
    : {
        name: '',
        active: true,
        enrolPoolId: null,
        handBackRuleSetId: null,
        steps: [{ delayDays: 0, delayHours: 0 }],
      };

  return (
    <Drawer
      open
      size={760}
      destroyOnHidden
      title={
        sequence
          ? t('nurturing.sequences.editTitle', { name: sequence.name })
          : t('nurturing.sequences.newTitle')
      }
      onClose={onClose}
      extra={
        <Space>
          {sequence && (
            <Popconfirm
              title={t('nurturing.sequences.confirmDelete')}
              onConfirm={async () => {
                try {
                  await remove.mutateAsync(sequence.id);
                  onClose();
                } catch (error) {
                  message.error(errorMessage(error));
                }
              }}
            >
              <Button danger>{t('common.delete')}</Button>
            </Popconfirm>
          )}
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()}>
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      <Form<SequenceFormValues>
        form={form}
        layout="vertical"
        name="sequence"
        initialValues={initialValues}
        onFinish={async (values) => {
          setFormError(null);
          try {
            await save.mutateAsync({
              id: sequence?.id ?? null,
              input: {
                name: values.name.trim(),
                description: values.description?.trim() || null,
                active: values.active,
                enrolPoolId: values.enrolPoolId ?? null,
                handBackRuleSetId: values.handBackRuleSetId ?? null,
                steps: values.steps.map((step) => ({
                  templateId: step.templateId as number,
                  delayDays: step.delayDays ?? 0,
                  delayHours: step.delayHours ?? 0,
                })),
                ...(sequence ? { version: sequence.version } : {}),
              },
            });
            message.success(t('nurturing.sequences.saved'));
            onClose();
          } catch (error) {
            setFormError(applyServerErrors(form, error));
          }
        }}
      >
        <FormErrorAlert message={formError} />
        <Flex gap={16} align="flex-start">
          <Form.Item
            name="name"
            label={t('nurturing.sequences.name')}
            rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
            style={{ flex: 1 }}
          >
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="active" label={t('nurturing.sequences.active')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Flex>
        <Form.Item name="description" label={t('nurturing.sequences.descriptionLabel')}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        <Form.Item
          name="enrolPoolId"
          label={t('nurturing.sequences.enrolPool')}
          extra={t('nurturing.sequences.enrolPoolHint')}
        >
          <Select<number>
            allowClear
            placeholder={t('nurturing.sequences.enrolPoolNone')}
            options={(pools.data ?? []).map((pool) => ({ value: pool.id, label: pool.name }))}
          />
        </Form.Item>
        <Form.Item
          name="handBackRuleSetId"
          label={t('nurturing.sequences.handBack')}
          extra={t('nurturing.sequences.handBackHint')}
        >
          <Select<number>
            allowClear
            placeholder={t('nurturing.sequences.handBackDefault')}
            options={(ruleSets.data ?? []).map((set) => ({ value: set.id, label: set.name }))}
          />
        </Form.Item>
        <Typography.Title level={5}>{t('nurturing.sequences.steps')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('nurturing.sequences.stepsHint')}</Typography.Paragraph>
        <Form.List name="steps">
          {(steps, { add, remove: removeStep }) => (
            <Flex vertical gap={12}>
              {steps.map((step, index) => (
                <Card
                  key={step.key}
                  size="small"
                  className="sequence-step"
                  title={t('nurturing.sequences.stepTitle', { n: index + 1 })}
                  extra={
                    steps.length > 1 && (
                      <Button
                        type="text"
                        size="small"
                        icon={<DeleteOutlined />}
                        aria-label={t('nurturing.sequences.removeStep', { n: index + 1 })}
                        onClick={() => removeStep(step.name)}
                      />
                    )
                  }
                >
                  <Flex gap={12} wrap align="flex-start">
                    <Form.Item
                      name={[step.name, 'templateId']}
                      label={t('nurturing.sequences.template')}
                      rules={[{ required: true, message: t('validation.required') }]}
                      style={{ flex: '1 1 260px', marginBottom: 0 }}
                    >
                      <Select<number>
                        showSearch={{ optionFilterProp: 'label' }}
                        placeholder={t('nurturing.sequences.chooseTemplate')}
                        options={(templates.data ?? []).map((template) => ({
                          value: template.id,
                          label: `${template.name}（${template.language === 'en' ? 'English' : '中文'}）`,
                        }))}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[step.name, 'delayDays']}
                      label={
                        index === 0
                          ? t('nurturing.sequences.afterEnrol')
                          : t('nurturing.sequences.afterPrevious')
                      }
                      style={{ width: 130, marginBottom: 0 }}
                    >
                      <InputNumber
                        min={0}
                        max={365}
                        precision={0}
                        suffix={t('nurturing.sequences.days')}
                        style={{ width: '100%' }}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[step.name, 'delayHours']}
                      label=" "
                      style={{ width: 120, marginBottom: 0 }}
                    >
                      <InputNumber
                        min={0}
                        max={23}
                        precision={0}
                        suffix={t('nurturing.sequences.hours')}
                        style={{ width: '100%' }}
                      />
                    </Form.Item>
                  </Flex>
                </Card>
              ))}
              {steps.length < 20 && (
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  onClick={() => add({ delayDays: 1, delayHours: 0 })}
                >
                  {t('nurturing.sequences.addStep')}
                </Button>
              )}
            </Flex>
          )}
        </Form.List>
      </Form>
    </Drawer>
  );
}
