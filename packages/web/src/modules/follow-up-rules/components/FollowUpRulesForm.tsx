import { Card, Form, InputNumber, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../ui/FormErrorAlert.tsx';
import { SettingsSaveButton, useSettingsForm } from '../../../ui/useSettingsForm.tsx';
import { usePipelines } from '../../pipelines/hooks/usePipelines.ts';
import type { FollowUpRules } from '../api/follow-up-rules.api.ts';
import { useUpdateFollowUpRules } from '../hooks/useUpdateFollowUpRules.ts';

/** The follow-up rules (P-7), saved together: what waits for a follow-up, how recent, and when a record goes stale. */
export function FollowUpRulesForm({ rules, editable }: { rules: FollowUpRules; editable: boolean }) {
  const { t } = useTranslation();
  const update = useUpdateFollowUpRules();
  const { form, formError, save: saveSettings } = useSettingsForm(update, t('followUpRules.saved'));
  const pipelines = usePipelines();
  const advance = Form.useWatch('beforeStageAdvance', form);
  const stageOptions = (pipelines.data ?? []).map((pipeline) => ({
    label: pipeline.name,
    title: pipeline.name,
    options: pipeline.stages
      .filter((stage) => stage.kind === 'open')
      .map((stage) => ({ value: stage.id, label: stage.name })),
  }));
  const save = (values: FollowUpRules) =>
    saveSettings({
      ...values,
      withinDays: values.withinDays ?? null,
      advanceFromStageIds: values.advanceFromStageIds ?? [],
    });
  return (
    <Form<FollowUpRules>
      form={form}
      layout="vertical"
      name="followUpRules"
      initialValues={rules}
      onFinish={save}
      disabled={!editable}
    >
      <FormErrorAlert message={formError} />
      <Card style={{ maxWidth: 720 }}>
        <Form.Item
          name="beforeConversion"
          label={t('followUpRules.beforeConversion')}
          extra={t('followUpRules.beforeConversionHint')}
          valuePropName="checked"
        >
          <Switch />
        </Form.Item>
        <Form.Item
          name="beforeStageAdvance"
          label={t('followUpRules.beforeStageAdvance')}
          extra={t('followUpRules.beforeStageAdvanceHint')}
          valuePropName="checked"
        >
          <Switch />
        </Form.Item>
        {advance && (
          <Form.Item
            name="advanceFromStageIds"
            label={t('followUpRules.advanceFromStages')}
            extra={t('followUpRules.advanceFromStagesHint')}
          >
            <Select
              mode="multiple"
              allowClear
              options={stageOptions}
              loading={pipelines.isPending}
              placeholder={t('followUpRules.everyStage')}
              style={{ maxWidth: 480 }}
            />
          </Form.Item>
        )}
        <Form.Item
          name="withinDays"
          label={t('followUpRules.withinDays')}
          extra={t('followUpRules.withinDaysHint')}
        >
          <InputNumber
            min={1}
            max={365}
            precision={0}
            suffix={t('followUpRules.days')}
            style={{ width: 200 }}
          />
        </Form.Item>
        <Form.Item
          name="staleAfterDays"
          label={t('followUpRules.staleAfterDays')}
          extra={t('followUpRules.staleAfterDaysHint')}
          rules={[{ required: true, message: t('validation.required') }]}
        >
          <InputNumber
            min={1}
            max={365}
            precision={0}
            suffix={t('followUpRules.days')}
            style={{ width: 200 }}
          />
        </Form.Item>
        <SettingsSaveButton editable={editable} pending={update.isPending} />
      </Card>
    </Form>
  );
}
