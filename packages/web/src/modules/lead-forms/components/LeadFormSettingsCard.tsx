import { Card, Form, Input, Radio, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRuleSets } from '../../lead-assignment/hooks/useRuleSets.ts';
import type { FieldChoice, ObjectDefinition } from '../../records/api/objects.api.ts';
import { useFieldLabel } from '../../records/hooks/useFieldLabel.ts';
import type { LeadFormDraft } from '../utils/form-draft.ts';

interface Props {
  draft: LeadFormDraft;
  lead: ObjectDefinition;
  onChange: (draft: LeadFormDraft) => void;
  errors: Record<string, string>;
}

/** Name, language, active flag, source, campaign, rule set and the websites that may embed the form. */
export function LeadFormSettingsCard({ draft, lead, onChange, errors }: Props) {
  const { t } = useTranslation();
  const label = useFieldLabel();
  const ruleSets = useRuleSets();
  const sourceChoices = (lead.fields.find((f) => f.apiName === 'source')?.options.choices ??
    []) as FieldChoice[];
  const set = (patch: Partial<LeadFormDraft>) => onChange({ ...draft, ...patch });
  const problem = (field: string) =>
    errors[field] ? { validateStatus: 'error' as const, help: errors[field] } : {};
  const originProblem = Object.entries(errors).find(([field]) => field.startsWith('allowedOrigins'))?.[1];
  return (
    <Card title={t('leadForms.settingsCard')}>
      <Form layout="vertical" component="div">
        <Form.Item
          label={t('leadForms.form.name')}
          extra={t('leadForms.form.nameHint')}
          required
          {...problem('name')}
        >
          <Input
            id="leadForm_name"
            value={draft.name}
            maxLength={100}
            onChange={(e) => set({ name: e.target.value })}
          />
        </Form.Item>
        <Form.Item label={t('leadForms.form.language')}>
          <Radio.Group
            value={draft.language}
            onChange={(e) => set({ language: e.target.value })}
            options={[
              { value: 'zh-CN', label: t('leadForms.languages.zh-CN') },
              { value: 'en', label: t('leadForms.languages.en') },
            ]}
          />
        </Form.Item>
        <Form.Item label={t('leadForms.form.active')}>
          <Switch id="leadForm_active" checked={draft.active} onChange={(active) => set({ active })} />
        </Form.Item>
        <Form.Item label={t('leadForms.form.source')} {...problem('source')}>
          <Select
            id="leadForm_source"
            allowClear
            value={draft.source ?? undefined}
            onChange={(value: string | undefined) => set({ source: value ?? null })}
            options={sourceChoices.map((choice) => ({ value: choice.value, label: label(choice.label) }))}
          />
        </Form.Item>
        <Form.Item
          label={t('leadForms.form.campaign')}
          extra={t('leadForms.form.campaignHint')}
          {...problem('campaign')}
        >
          <Input
            id="leadForm_campaign"
            value={draft.campaign ?? ''}
            maxLength={255}
            onChange={(e) => set({ campaign: e.target.value || null })}
          />
        </Form.Item>
        <Form.Item
          label={t('leadForms.form.ruleSetId')}
          extra={t('leadForms.form.ruleSetIdHint')}
          {...problem('ruleSetId')}
        >
          <Select
            id="leadForm_ruleSetId"
            allowClear
            loading={ruleSets.isPending}
            placeholder={t('leadForms.form.ruleSetIdPlaceholder')}
            value={draft.ruleSetId ?? undefined}
            onChange={(value: number | undefined) => set({ ruleSetId: value ?? null })}
            options={(ruleSets.data ?? []).map((set) => ({ value: set.id, label: set.name }))}
            style={{ maxWidth: 360 }}
          />
        </Form.Item>
        <Form.Item
          label={t('leadForms.form.allowedOrigins')}
          extra={t('leadForms.form.allowedOriginsHint')}
          {...(originProblem ? { validateStatus: 'error' as const, help: originProblem } : {})}
        >
          <Select
            id="leadForm_allowedOrigins"
            mode="tags"
            suffixIcon={null}
            tokenSeparators={[' ', ',']}
            placeholder={t('leadForms.form.allowedOriginsPlaceholder')}
            value={draft.allowedOrigins}
            onChange={(allowedOrigins: string[]) => set({ allowedOrigins })}
          />
        </Form.Item>
      </Form>
    </Card>
  );
}
