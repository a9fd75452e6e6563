import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { NurturingStatus } from '../api/nurturing.api.ts';
import { EnrolmentSummary } from './EnrolmentSummary.tsx';

/** A pooled lead's nurturing in the pool's table: its sequence and next email, unsubscribed, or nothing. */
export function NurturingCell({ status }: { status: NurturingStatus | undefined }) {
  const { t } = useTranslation();
  if (status?.optedOut) return <Tag color="orange">{t('nurturing.unsubscribed')}</Tag>;
  if (status?.enrolment) return <EnrolmentSummary enrolment={status.enrolment} compact />;
  return <Typography.Text type="secondary">—</Typography.Text>;
}
