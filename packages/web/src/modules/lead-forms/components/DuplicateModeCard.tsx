import { DUPLICATE_MODES, type DuplicateMode } from '@lodestar/shared';
import { App, Card, Radio, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../ui/server-errors.ts';
import { useLeadIntakeSettings } from '../hooks/useLeadIntakeSettings.ts';
import { useUpdateLeadIntakeSettings } from '../hooks/useUpdateLeadIntakeSettings.ts';

/** How intake (web forms and the intake API) treats a lead that matches an existing one. */
export function DuplicateModeCard({ editable }: { editable: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const settings = useLeadIntakeSettings();
  const update = useUpdateLeadIntakeSettings();
  const change = (duplicateMode: DuplicateMode) =>
    update.mutate(
      { duplicateMode },
      {
        onSuccess: () => message.success(t('leadForms.duplicates.saved')),
        onError: (error) => message.error(errorMessage(error)),
      },
    );
  return (
    <Card
      title={t('leadForms.duplicates.title')}
      loading={settings.isPending}
      className="lead-intake-duplicates"
    >
      <Typography.Paragraph type="secondary">{t('leadForms.duplicates.description')}</Typography.Paragraph>
      <Radio.Group
        value={settings.data?.duplicateMode}
        disabled={!editable || update.isPending}
        onChange={(event) => change(event.target.value as DuplicateMode)}
      >
        <Space orientation="vertical">
          {DUPLICATE_MODES.map((mode) => (
            <Radio key={mode} value={mode}>
              {t(`leadForms.duplicates.${mode}`)}
              <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
                {t(`leadForms.duplicates.${mode}Hint`)}
              </Typography.Text>
            </Radio>
          ))}
        </Space>
      </Radio.Group>
    </Card>
  );
}
