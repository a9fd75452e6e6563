import { ExperimentOutlined, PlusOutlined } from '@ant-design/icons';
import type { ConditionNode } from '@lodestar/shared';
import {
  Alert,
  App,
  Button,
  Drawer,
  Flex,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Switch,
  Typography,
} from 'antd';
import type { TFunction } from 'i18next';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client.ts';
import { errorMessage } from '../../../ui/server-errors.ts';
import { RecordFilterBar } from '../../records/components/RecordFilterBar.tsx';
import { useObjectDefinition } from '../../records/hooks/useObjectDefinition.ts';
import { buildFilter, type FilterRow } from '../../records/utils/filter-condition.ts';
import type { RuleSet, Simulation } from '../api/lead-assignment.api.ts';
import { useDeleteRuleSet } from '../hooks/useDeleteRuleSet.ts';
import { useSaveRuleSet } from '../hooks/useSaveRuleSet.ts';
import { useSimulateRuleSet } from '../hooks/useSimulateRuleSet.ts';
import {
  moved,
  newRuleDraft,
  type RuleSetDraft,
  ruleSetDraftOf,
  ruleSetInputOf,
} from '../utils/rule-drafts.ts';
import { FirstResponseSettings } from './FirstResponseSettings.tsx';
import { RuleEditor } from './RuleEditor.tsx';
import { SimulationResults } from './SimulationResults.tsx';

interface RuleSetEditorProps {
  /** The set to edit; null: a new one. */
  ruleSet: RuleSet | null;
  open: boolean;
  onClose: () => void;
}

/** Edits a rule set: its name, whether it applies on create, its ordered rules; and simulates it. */
export function RuleSetEditor({ ruleSet, open, onClose }: RuleSetEditorProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [draft, setDraft] = useState<RuleSetDraft>(() => ruleSetDraftOf(ruleSet));
  const [savedId, setSavedId] = useState<number | undefined>(ruleSet?.id);
  const [problems, setProblems] = useState<string[]>([]);
  const [simulationFilter, setSimulationFilter] = useState<FilterRow[]>([]);
  const [simulation, setSimulation] = useState<Simulation | null>(null);
  const save = useSaveRuleSet();
  const remove = useDeleteRuleSet();
  const simulate = useSimulateRuleSet();
  const { object: lead } = useObjectDefinition('lead');
  const fields = useMemo(() => (lead?.fields ?? []).filter((field) => field.type !== 'attachment'), [lead]);
  const set = (patch: Partial<RuleSetDraft>) => setDraft((current) => ({ ...current, ...patch }));

  const onSave = async () => {
    setProblems([]);
    try {
      const saved = await save.mutateAsync({ id: savedId, input: ruleSetInputOf(draft) });
      setSavedId(saved.id);
      setDraft(ruleSetDraftOf(saved));
      message.success(t('leadAssignment.saved'));
      return saved.id;
    } catch (error) {
      setProblems(
        error instanceof ApiError && error.errors.length > 0
          ? error.errors.map((problem) => `${problemPlace(problem.field, draft, t)}${problem.message}`)
          : [errorMessage(error)],
      );
      return undefined;
    }
  };

  const onSimulate = async () => {
    const id = await onSave();
    if (id === undefined) return;
    const filter = buildFilter(simulationFilter);
    try {
      setSimulation(
        await simulate.mutateAsync({
          id,
          filter: filter ? (JSON.parse(filter) as ConditionNode) : null,
          limit: 200,
        }),
      );
    } catch (error) {
      message.error(errorMessage(error));
    }
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={1000}
      destroyOnHidden
      title={savedId ? t('leadAssignment.editTitle', { name: draft.name }) : t('leadAssignment.newTitle')}
      className="rule-set-editor"
      extra={
        <Flex gap={8}>
          {savedId !== undefined && (
            <Popconfirm
              title={t('leadAssignment.confirmDelete')}
              onConfirm={async () => {
                await remove.mutateAsync(savedId);
                onClose();
              }}
            >
              <Button danger>{t('common.delete')}</Button>
            </Popconfirm>
          )}
          <Button type="primary" loading={save.isPending} onClick={() => void onSave()}>
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      <Flex vertical gap={16}>
        {problems.length > 0 && (
          <Alert
            type="error"
            showIcon
            title={t('leadAssignment.saveFailed')}
            description={
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            }
          />
        )}
        <Form layout="vertical">
          <Flex gap={16} wrap>
            <Form.Item
              label={t('leadAssignment.name')}
              required
              style={{ flex: '1 1 280px', marginBottom: 8 }}
            >
              <Input
                id="rule-set-name"
                value={draft.name}
                onChange={(event) => set({ name: event.target.value })}
              />
            </Form.Item>
            <Form.Item label={t('leadAssignment.taskDueMinutes')} style={{ marginBottom: 8 }}>
              <InputNumber
                min={1}
                max={10080}
                value={draft.taskDueMinutes}
                onChange={(value) => set({ taskDueMinutes: typeof value === 'number' ? value : 60 })}
              />
            </Form.Item>
          </Flex>
          <Form.Item label={t('leadAssignment.description')} style={{ marginBottom: 8 }}>
            <Input.TextArea
              rows={2}
              value={draft.description}
              onChange={(event) => set({ description: event.target.value })}
            />
          </Form.Item>
          <Flex gap={8} align="center">
            <Switch
              checked={draft.assignOnCreate}
              aria-label={t('leadAssignment.assignOnCreate')}
              onChange={(assignOnCreate) => set({ assignOnCreate })}
            />
            <span>{t('leadAssignment.assignOnCreate')}</span>
            <Typography.Text type="secondary">{t('leadAssignment.assignOnCreateHelp')}</Typography.Text>
          </Flex>
        </Form>
        <FirstResponseSettings
          value={draft.firstResponse}
          onChange={(firstResponse) => set({ firstResponse })}
        />

        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('leadAssignment.rules')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('leadAssignment.rulesHelp')}</Typography.Text>
        {draft.rules.map((rule, index) => (
          <RuleEditor
            key={rule.key}
            draft={rule}
            index={index}
            count={draft.rules.length}
            fields={fields}
            onChange={(next) => set({ rules: draft.rules.map((r, i) => (i === index ? next : r)) })}
            onMove={(to) => set({ rules: moved(draft.rules, index, to) })}
            onRemove={() => set({ rules: draft.rules.filter((_, i) => i !== index) })}
          />
        ))}
        <Button
          type="dashed"
          icon={<PlusOutlined />}
          onClick={() =>
            set({
              rules: [
                ...draft.rules,
                newRuleDraft(t('leadAssignment.rule.defaultName', { n: draft.rules.length + 1 })),
              ],
            })
          }
        >
          {t('leadAssignment.addRule')}
        </Button>

        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('leadAssignment.simulate.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('leadAssignment.simulate.help')}</Typography.Text>
        <RecordFilterBar fields={fields} rows={simulationFilter} onChange={setSimulationFilter} />
        <div>
          <Button
            icon={<ExperimentOutlined />}
            loading={simulate.isPending}
            onClick={() => void onSimulate()}
          >
            {t('leadAssignment.simulate.run')}
          </Button>
        </div>
        {simulation && <SimulationResults simulation={simulation} />}
      </Flex>
    </Drawer>
  );
}

/** "Rule 2 · " before a problem of a rule, from its field path (`rules.1.userId`). */
function problemPlace(field: string, draft: RuleSetDraft, t: TFunction): string {
  const match = /^rules\.(\d+)\./.exec(field);
  if (!match) return '';
  const index = Number(match[1]);
  const rule = draft.rules[index];
  return `${t('leadAssignment.rule.numbered', { n: index + 1, name: rule?.name ?? '' })} · `;
}
