import { Card, InputNumber, Space, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaleObject } from '../modules/follow-up-rules/api/follow-up-rules.api.ts';
import { StaleRecordsTable } from '../modules/follow-up-rules/components/StaleRecordsTable.tsx';
import { useFollowUpRules } from '../modules/follow-up-rules/hooks/useFollowUpRules.ts';
import { useFieldLabel } from '../modules/records/hooks/useFieldLabel.ts';
import { useObjects } from '../modules/records/hooks/useObjects.ts';
import { useCan } from '../modules/session/hooks/useCan.ts';
import { PageHeader } from '../ui/PageHeader.tsx';

const OBJECTS: StaleObject[] = ['lead', 'account', 'opportunity', 'contact'];

/** Records nobody has followed up lately, object by object, over a period the user may change. */
export function StaleRecordsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const label = useFieldLabel();
  const definitions = useObjects();
  const objectLabel = (object: StaleObject) =>
    label(definitions.data?.find((definition) => definition.apiName === object)?.pluralLabel) || object;
  const rules = useFollowUpRules();
  const [days, setDays] = useState<number | null>(null);
  const period = days ?? rules.data?.staleAfterDays;
  const objects = OBJECTS.filter((object) => can(object, 'read'));
  return (
    <>
      <PageHeader
        title={t('followUpRules.stale.title')}
        description={t('followUpRules.stale.description')}
        extra={
          <Space>
            <Typography.Text>{t('followUpRules.stale.days')}</Typography.Text>
            <InputNumber
              aria-label={t('followUpRules.stale.days')}
              min={1}
              max={365}
              precision={0}
              value={period}
              onChange={(value) => setDays(value)}
              suffix={t('followUpRules.days')}
              style={{ width: 120 }}
            />
          </Space>
        }
      />
      <Card>
        <Tabs
          items={objects.map((object) => ({
            key: object,
            label: objectLabel(object),
            children: period ? <StaleRecordsTable object={object} days={period} /> : null,
          }))}
        />
      </Card>
    </>
  );
}
