import { CheckOutlined, CloseOutlined, RightOutlined, UndoOutlined } from '@ant-design/icons';
import { isLocale } from '@lodestar/shared';
import { App, Button, Card, Flex, Steps, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../ui/format.ts';
import type { PipelineStage } from '../../pipelines/api/pipelines.api.ts';
import { usePipelines } from '../../pipelines/hooks/usePipelines.ts';
import { problemText } from '../../pipelines/utils/problem-text.ts';
import { useUpdateRecord } from '../../records/hooks/useUpdateRecord.ts';
import type { RecordExtensionProps } from '../../records/utils/object-extension.ts';
import { useCan } from '../../session/hooks/useCan.ts';
import { LossReasonModal } from './LossReasonModal.tsx';
import './kanban.css';

const DAY_MS = 86_400_000;

/**
 * The opportunity's place in its pipeline above its tabs: the open stages as steps with the current one
 * marked, how long it has been there, and the moves a rep makes most — on to the next stage, won, lost (with
 * its reason) — or reopening a closed one.
 */
export function StageProgressBanner({ record, onChanged }: RecordExtensionProps) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const can = useCan();
  const pipelines = usePipelines();
  const update = useUpdateRecord('opportunity');
  const [losing, setLosing] = useState<PipelineStage | null>(null);
  const pipeline = pipelines.data?.find((p) => p.id === record.pipeline);
  if (!pipeline) return null;
  const locale = isLocale(i18n.language) ? i18n.language : 'zh-CN';
  const open = pipeline.stages.filter((s) => s.kind === 'open');
  const won = pipeline.stages.find((s) => s.kind === 'won');
  const lost = pipeline.stages.filter((s) => s.kind === 'lost');
  const current = pipeline.stages.find((s) => s.id === record.stage);
  const index = open.findIndex((s) => s.id === record.stage);
  const next = index >= 0 ? open[index + 1] : undefined;
  const editable = can('opportunity', 'update');
  const entered = typeof record.stageEnteredAt === 'string' ? Date.parse(record.stageEnteredAt) : Number.NaN;
  const days = Number.isNaN(entered) ? null : Math.max(0, Math.floor((Date.now() - entered) / DAY_MS));

  const moveTo = (stage: PipelineStage, extra: Record<string, unknown> = {}) =>
    update.mutate(
      { id: record.id, version: record.version, values: { stage: stage.id, ...extra } },
      {
        onSuccess: () => {
          message.success(t('kanban.moved', { name: String(record.name ?? ''), stage: stage.name }));
          onChanged();
        },
        onError: (error) => {
          message.error(problemText(error));
          onChanged();
        },
      },
    );

  const closed = current && current.kind !== 'open';
  const steps = [
    ...open.map((stage) => ({ title: stage.name, description: `${stage.probability ?? 0}%` })),
    {
      title: closed ? current.name : (won?.name ?? t('kanban.stageBar.won')),
      description: '',
    },
  ];
  const currentStep = closed ? open.length : Math.max(0, index);
  return (
    <Card size="small" className="stage-banner" aria-label={t('kanban.stageBar.label')}>
      <Flex vertical gap={12}>
        <Steps
          size="small"
          current={currentStep}
          status={current?.kind === 'lost' ? 'error' : current?.kind === 'won' ? 'finish' : 'process'}
          items={steps}
        />
        <Flex justify="space-between" align="center" gap={8} wrap>
          <Typography.Text type="secondary">
            {closed ? (
              <>
                <Tag color={current.kind === 'won' ? 'success' : 'error'}>
                  {t(current.kind === 'won' ? 'kanban.stageBar.wonStatus' : 'kanban.stageBar.lostStatus')}
                </Tag>
                {typeof record.closedAt === 'string' &&
                  t('kanban.stageBar.closedAt', { date: formatDate(record.closedAt, locale) })}
              </>
            ) : (
              days !== null && t('kanban.stageBar.inStageSince', { days })
            )}
          </Typography.Text>
          {editable && (
            <Flex gap={8} wrap>
              {closed ? (
                open[0] && (
                  <Button icon={<UndoOutlined />} loading={update.isPending} onClick={() => moveTo(open[0]!)}>
                    {t('kanban.stageBar.reopen')}
                  </Button>
                )
              ) : (
                <>
                  {next && (
                    <Button
                      type="primary"
                      icon={<RightOutlined />}
                      loading={update.isPending}
                      onClick={() => moveTo(next)}
                    >
                      {t('kanban.stageBar.advance', { stage: next.name })}
                    </Button>
                  )}
                  {won && (
                    <Button icon={<CheckOutlined />} loading={update.isPending} onClick={() => moveTo(won)}>
                      {t('kanban.stageBar.won')}
                    </Button>
                  )}
                  {lost[0] && (
                    <Button danger icon={<CloseOutlined />} onClick={() => setLosing(lost[0]!)}>
                      {t('kanban.stageBar.lost')}
                    </Button>
                  )}
                </>
              )}
            </Flex>
          )}
        </Flex>
      </Flex>
      {losing && (
        <LossReasonModal
          opportunityName={String(record.name ?? '')}
          stageName={losing.name}
          onCancel={() => setLosing(null)}
          onConfirm={(values) => {
            moveTo(losing, values);
            setLosing(null);
          }}
        />
      )}
    </Card>
  );
}
