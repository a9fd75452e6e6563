import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../ui/format.ts';
import type { Enrolment } from '../api/nurturing.api.ts';

/** Where a lead is in its sequence: 第 2/3 封，下一封 3月6日 10:00 — or completed, or stopped and why. */
export function EnrolmentSummary({
  enrolment,
  compact = false,
}: {
  enrolment: Enrolment;
  compact?: boolean;
}) {
  const { t, i18n } = useTranslation();
  if (enrolment.status === 'active' && compact)
    return (
      <Flex vertical align="flex-start" gap={2}>
        <Tag color="blue">{enrolment.sequence.name}</Tag>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('nurturing.enrolment.nextShort', {
            n: enrolment.nextStep,
            of: enrolment.steps,
            when: enrolment.nextDueAt ? formatDateTime(enrolment.nextDueAt, i18n.language) : '—',
          })}
        </Typography.Text>
      </Flex>
    );
  if (enrolment.status === 'active')
    return (
      <span>
        <Tag color="blue">{t('nurturing.enrolment.active')}</Tag>
        <Typography.Text type="secondary">
          {t('nurturing.enrolment.next', {
            n: enrolment.nextStep,
            of: enrolment.steps,
            at: enrolment.nextDueAt ? formatDateTime(enrolment.nextDueAt, i18n.language) : '—',
          })}
        </Typography.Text>
      </span>
    );
  if (enrolment.status === 'completed') return <Tag color="green">{t('nurturing.enrolment.completed')}</Tag>;
  return (
    <span>
      <Tag>{t('nurturing.enrolment.stopped')}</Tag>
      {enrolment.stopReason && (
        <Typography.Text type="secondary">
          {t(`nurturing.stopReasons.${enrolment.stopReason}`)}
        </Typography.Text>
      )}
    </span>
  );
}
