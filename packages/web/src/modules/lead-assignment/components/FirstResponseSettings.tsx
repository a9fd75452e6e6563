import { Card, Flex, InputNumber, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RuleSetFirstResponse } from '../api/lead-assignment.api.ts';

interface FirstResponseSettingsProps {
  value: RuleSetFirstResponse;
  onChange: (value: RuleSetFirstResponse) => void;
}

/** A rule set's first-response target (黄金5分钟): minutes, escalation and reassignment on a miss. */
export function FirstResponseSettings({ value, onChange }: FirstResponseSettingsProps) {
  const { t } = useTranslation();
  const set = (patch: Partial<RuleSetFirstResponse>) => onChange({ ...value, ...patch });
  return (
    <Card size="small" title={t('leadAssignment.firstResponse.title')} className="rule-set-first-response">
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t('leadAssignment.firstResponse.help')}</Typography.Text>
        <Flex gap={8} align="center">
          <label htmlFor="rule-set-response-target">{t('leadAssignment.firstResponse.targetMinutes')}</label>
          <InputNumber
            id="rule-set-response-target"
            min={1}
            max={10080}
            precision={0}
            value={value.targetMinutes}
            onChange={(minutes) => set({ targetMinutes: typeof minutes === 'number' ? minutes : 5 })}
          />
        </Flex>
        <Flex gap={8} align="center">
          <Switch
            checked={value.escalate}
            aria-label={t('leadAssignment.firstResponse.escalate')}
            onChange={(escalate) => set({ escalate })}
          />
          <span>{t('leadAssignment.firstResponse.escalate')}</span>
        </Flex>
        <Flex gap={8} align="center" wrap>
          <Switch
            checked={value.reassign}
            aria-label={t('leadAssignment.firstResponse.reassign')}
            onChange={(reassign) => set({ reassign })}
          />
          <span>{t('leadAssignment.firstResponse.reassign')}</span>
          <Typography.Text type="secondary">{t('leadAssignment.firstResponse.reassignHelp')}</Typography.Text>
        </Flex>
      </Flex>
    </Card>
  );
}
