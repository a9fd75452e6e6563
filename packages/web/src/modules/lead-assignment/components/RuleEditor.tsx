import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, InputNumber, Radio, Select, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DepartmentTreeSelect } from '../../departments/components/DepartmentTreeSelect.tsx';
import { usePools } from '../../lead-pools/hooks/usePools.ts';
import { PersonSelect } from '../../people/components/PersonSelect.tsx';
import { usePersonName } from '../../people/hooks/usePersonName.ts';
import type { FieldDefinition } from '../../records/api/objects.api.ts';
import { RecordFilterBar } from '../../records/components/RecordFilterBar.tsx';
import { STRATEGIES, type Strategy } from '../api/lead-assignment.api.ts';
import type { RuleDraft } from '../utils/rule-drafts.ts';
import { PeopleSelect } from './PeopleSelect.tsx';

interface RuleEditorProps {
  draft: RuleDraft;
  index: number;
  count: number;
  fields: FieldDefinition[];
  onChange: (draft: RuleDraft) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
}

const TURN_TAKING: Strategy[] = ['roundRobin', 'weightedRoundRobin', 'leastLoaded'];

function WeightRow({
  userId,
  weight,
  onChange,
}: {
  userId: number;
  weight: number;
  onChange: (w: number) => void;
}) {
  const { t } = useTranslation();
  const name = usePersonName(userId);
  return (
    <Flex gap={8} align="center" className="rule-editor__weight">
      <span style={{ minWidth: 120 }}>{name}</span>
      <InputNumber
        min={1}
        max={100}
        value={weight}
        aria-label={t('leadAssignment.rule.weightOf', { name })}
        onChange={(value) => onChange(typeof value === 'number' ? value : 1)}
      />
    </Flex>
  );
}

/** One rule of a rule set: its name, condition on the lead, and how it picks the owner. */
export function RuleEditor({ draft, index, count, fields, onChange, onMove, onRemove }: RuleEditorProps) {
  const { t } = useTranslation();
  const pools = usePools();
  const set = (patch: Partial<RuleDraft>) => onChange({ ...draft, ...patch });
  return (
    <Card
      size="small"
      className="rule-editor"
      data-rule={draft.name}
      title={
        <Flex gap={8} align="center">
          <Tag color="blue">{index + 1}</Tag>
          <Input
            value={draft.name}
            aria-label={t('leadAssignment.rule.name')}
            placeholder={t('leadAssignment.rule.name')}
            onChange={(event) => set({ name: event.target.value })}
            style={{ maxWidth: 320 }}
          />
        </Flex>
      }
      extra={
        <Flex gap={4}>
          <Button
            size="small"
            icon={<ArrowUpOutlined />}
            disabled={index === 0}
            aria-label={t('leadAssignment.rule.up')}
            onClick={() => onMove(index - 1)}
          />
          <Button
            size="small"
            icon={<ArrowDownOutlined />}
            disabled={index === count - 1}
            aria-label={t('leadAssignment.rule.down')}
            onClick={() => onMove(index + 1)}
          />
          <Button
            size="small"
            danger
            icon={<DeleteOutlined />}
            aria-label={t('leadAssignment.rule.remove')}
            onClick={onRemove}
          />
        </Flex>
      }
    >
      <Flex vertical gap={12}>
        <div>
          <Typography.Text strong>{t('leadAssignment.rule.condition')}</Typography.Text>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            {draft.filters.length === 0 && !draft.keptCondition
              ? t('leadAssignment.rule.everyLead')
              : t('leadAssignment.rule.allMustHold')}
          </Typography.Paragraph>
          {draft.keptCondition ? (
            <Flex gap={8} align="center">
              <Typography.Text code>{JSON.stringify(draft.keptCondition)}</Typography.Text>
              <Button size="small" onClick={() => set({ keptCondition: null, filters: [] })}>
                {t('leadAssignment.rule.replaceCondition')}
              </Button>
            </Flex>
          ) : (
            <RecordFilterBar fields={fields} rows={draft.filters} onChange={(filters) => set({ filters })} />
          )}
        </div>
        <Flex gap={12} align="center" wrap>
          <Typography.Text strong>{t('leadAssignment.rule.strategy')}</Typography.Text>
          <Select<Strategy>
            value={draft.strategy}
            aria-label={t('leadAssignment.rule.strategy')}
            style={{ width: 220 }}
            options={STRATEGIES.map((strategy) => ({
              value: strategy,
              label: t(`leadAssignment.strategies.${strategy}`),
            }))}
            onChange={(strategy) => set({ strategy })}
          />
          <Typography.Text type="secondary">
            {t(`leadAssignment.strategyHelp.${draft.strategy}`)}
          </Typography.Text>
        </Flex>
        {draft.strategy === 'user' && (
          <Flex gap={8} align="center">
            <span>{t('leadAssignment.rule.user')}</span>
            <div style={{ width: 260 }}>
              <PersonSelect value={draft.userId} onChange={(userId) => set({ userId })} />
            </div>
          </Flex>
        )}
        {draft.strategy === 'pool' && (
          <Flex gap={8} align="center">
            <span>{t('leadAssignment.rule.pool')}</span>
            <Select<number>
              style={{ width: 260 }}
              value={draft.poolId ?? undefined}
              aria-label={t('leadAssignment.rule.pool')}
              placeholder={t('leadAssignment.rule.choosePool')}
              loading={pools.isPending}
              options={(pools.data ?? []).map((pool) => ({ value: pool.id, label: pool.name }))}
              onChange={(poolId) => set({ poolId })}
            />
          </Flex>
        )}
        {TURN_TAKING.includes(draft.strategy) && (
          <Flex vertical gap={8}>
            <Radio.Group
              value={draft.pickFrom}
              onChange={(event) => set({ pickFrom: event.target.value as RuleDraft['pickFrom'] })}
              options={[
                { value: 'people', label: t('leadAssignment.rule.fromPeople') },
                { value: 'team', label: t('leadAssignment.rule.fromTeam') },
              ]}
            />
            {draft.pickFrom === 'team' ? (
              <div style={{ width: 320 }}>
                <DepartmentTreeSelect
                  value={draft.departmentId ?? undefined}
                  onChange={(departmentId) => set({ departmentId: departmentId ?? null })}
                />
              </div>
            ) : (
              <PeopleSelect
                value={draft.members.map((member) => member.userId)}
                onChange={(ids) =>
                  set({
                    members: ids.map(
                      (userId) =>
                        draft.members.find((member) => member.userId === userId) ?? { userId, weight: 1 },
                    ),
                  })
                }
              />
            )}
            {draft.strategy === 'weightedRoundRobin' &&
              draft.pickFrom === 'people' &&
              draft.members.map((member, i) => (
                <WeightRow
                  key={member.userId}
                  userId={member.userId}
                  weight={member.weight}
                  onChange={(weight) =>
                    set({ members: draft.members.map((m, j) => (j === i ? { ...m, weight } : m)) })
                  }
                />
              ))}
          </Flex>
        )}
      </Flex>
    </Card>
  );
}
