import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDuration } from '../../../ui/format.ts';
import { PageSpin } from '../../../ui/PageSpin.tsx';
import { QueryError } from '../../../ui/QueryError.tsx';
import type { RuleSet } from '../api/lead-assignment.api.ts';
import { useRuleSets } from '../hooks/useRuleSets.ts';
import { RuleSetEditor } from './RuleSetEditor.tsx';

/** The rule sets as cards (rules in order), with a button to edit each and one to add a set. */
export function RuleSetList() {
  const { t } = useTranslation();
  const ruleSets = useRuleSets();
  const [editing, setEditing] = useState<{ set: RuleSet | null } | null>(null);
  if (ruleSets.isPending) return <PageSpin />;
  if (ruleSets.isError) return <QueryError error={ruleSets.error} onRetry={() => void ruleSets.refetch()} />;
  return (
    <Flex vertical gap={16}>
      <div>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ set: null })}>
          {t('leadAssignment.newRuleSet')}
        </Button>
      </div>
      {ruleSets.data.length === 0 && <Empty description={t('leadAssignment.empty')} />}
      {ruleSets.data.map((set) => (
        <Card
          key={set.id}
          size="small"
          className="rule-set-card"
          title={
            <Flex gap={8} align="center">
              <span>{set.name}</span>
              {set.assignOnCreate && <Tag color="green">{t('leadAssignment.appliesOnCreate')}</Tag>}
              <Tag className="rule-set-card__target">
                {t('leadAssignment.firstResponse.tag', {
                  duration: formatDuration(set.firstResponse.targetMinutes, t),
                })}
              </Tag>
              {set.firstResponse.reassign && (
                <Tag color="orange">{t('leadAssignment.firstResponse.reassignTag')}</Tag>
              )}
            </Flex>
          }
          extra={
            <Button size="small" icon={<EditOutlined />} onClick={() => setEditing({ set })}>
              {t('common.edit')}
            </Button>
          }
        >
          {set.description && <Typography.Paragraph type="secondary">{set.description}</Typography.Paragraph>}
          <ol style={{ margin: 0, paddingInlineStart: 20 }}>
            {set.rules.map((rule) => (
              <li key={rule.id}>
                {rule.name} — {t(`leadAssignment.strategies.${rule.strategy}`)}
              </li>
            ))}
          </ol>
        </Card>
      ))}
      {editing && <RuleSetEditor ruleSet={editing.set} open onClose={() => setEditing(null)} />}
    </Flex>
  );
}
