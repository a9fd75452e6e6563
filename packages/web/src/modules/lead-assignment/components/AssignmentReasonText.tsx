import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AssignmentReason } from '../api/lead-assignment.api.ts';

/** The reasoning of an assignment in words: how the owner was chosen, and who was passed over and why. */
export function AssignmentReasonText({ reason }: { reason: AssignmentReason }) {
  const { t } = useTranslation();
  const parts: string[] = [];
  for (const step of reason.steps) {
    for (const skipped of step.skipped)
      parts.push(
        t('leadAssignment.reason.skipped', {
          name: skipped.name,
          why: t(`leadAssignment.skip.${skipped.why}`),
        }),
      );
    if (step.result !== 'chosen') parts.push(t(`leadAssignment.reason.${step.result}`, { rule: step.rule }));
  }
  const basis = reason.basis;
  if (basis) parts.push(t(`leadAssignment.basis.${basis.kind}`, basis));
  if (parts.length === 0) parts.push(t('leadAssignment.reason.noRule'));
  return <Typography.Text type="secondary">{parts.join('；')}</Typography.Text>;
}
