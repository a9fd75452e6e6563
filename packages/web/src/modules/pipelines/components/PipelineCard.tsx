import { DeleteOutlined, EditOutlined, StarOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Popconfirm, Switch, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../ui/server-errors.ts';
import type { Pipeline } from '../api/pipelines.api.ts';
import { useDeletePipeline } from '../hooks/useDeletePipeline.ts';
import { useSaveStages } from '../hooks/useSaveStages.ts';
import { useUpdatePipeline } from '../hooks/useUpdatePipeline.ts';
import { problemText } from '../utils/problem-text.ts';
import { draftsOf, type StageDraft, stageInputsOf, stageListProblems } from '../utils/stage-drafts.ts';
import { RenamePipelineModal } from './RenamePipelineModal.tsx';
import { StageListEditor } from './StageListEditor.tsx';

interface PipelineCardProps {
  pipeline: Pipeline;
  editable: boolean;
}

/** One pipeline on the settings page: its name and state, its actions, and its stage list to edit. */
export function PipelineCard({ pipeline, editable }: PipelineCardProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const saved = useMemo(() => draftsOf(pipeline.stages), [pipeline.stages]);
  const [drafts, setDrafts] = useState<StageDraft[]>(saved);
  const [renaming, setRenaming] = useState(false);
  const save = useSaveStages();
  const update = useUpdatePipeline();
  const remove = useDeletePipeline();
  useEffect(() => setDrafts(saved), [saved]);

  const dirty = JSON.stringify(stageInputsOf(drafts)) !== JSON.stringify(stageInputsOf(saved));
  const problems = stageListProblems(drafts);
  const onSave = () =>
    save.mutate(
      { pipelineId: pipeline.id, stages: stageInputsOf(drafts) },
      {
        onSuccess: () => void message.success(t('pipelines.saved', { name: pipeline.name })),
        onError: (error) => void message.error(problemText(error)),
      },
    );
  const change = (values: Parameters<typeof update.mutate>[0]['values'], done: string) =>
    update.mutate(
      { pipeline, values },
      {
        onSuccess: () => void message.success(done),
        onError: (error) => void message.error(problemText(error)),
      },
    );

  return (
    <Card
      data-pipeline={pipeline.name}
      title={
        <Flex gap={8} align="center" wrap>
          <span>{pipeline.name}</span>
          {pipeline.isDefault && <Tag color="blue">{t('pipelines.default')}</Tag>}
          {!pipeline.active && <Tag>{t('pipelines.inactive')}</Tag>}
        </Flex>
      }
      extra={
        editable && (
          <Flex gap={4} align="center" wrap>
            {!pipeline.isDefault && (
              <Button
                size="small"
                icon={<StarOutlined />}
                disabled={!pipeline.active}
                onClick={() =>
                  change({ isDefault: true }, t('pipelines.madeDefault', { name: pipeline.name }))
                }
              >
                {t('pipelines.makeDefault')}
              </Button>
            )}
            <Flex gap={4} align="center">
              <Typography.Text type="secondary">{t('pipelines.active')}</Typography.Text>
              <Switch
                size="small"
                checked={pipeline.active}
                disabled={pipeline.isDefault}
                aria-label={t('pipelines.active')}
                onChange={(active) => change({ active }, t('pipelines.saved', { name: pipeline.name }))}
              />
            </Flex>
            <Button
              size="small"
              type="text"
              icon={<EditOutlined />}
              aria-label={t('pipelines.renameNamed', { name: pipeline.name })}
              onClick={() => setRenaming(true)}
            />
            {!pipeline.isDefault && (
              <Popconfirm
                title={t('pipelines.deleteConfirm', { name: pipeline.name })}
                okText={t('common.delete')}
                okButtonProps={{ danger: true }}
                cancelText={t('common.cancel')}
                onConfirm={() =>
                  remove.mutateAsync(pipeline.id).then(
                    () => void message.success(t('pipelines.deleted', { name: pipeline.name })),
                    (error: unknown) => void message.error(errorMessage(error)),
                  )
                }
              >
                <Button
                  size="small"
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t('pipelines.deleteNamed', { name: pipeline.name })}
                />
              </Popconfirm>
            )}
          </Flex>
        )
      }
    >
      {pipeline.description && (
        <Typography.Paragraph type="secondary" className="pipeline-card__meta">
          {pipeline.description}
        </Typography.Paragraph>
      )}
      <StageListEditor drafts={drafts} disabled={!editable || save.isPending} onChange={setDrafts} />
      {editable && dirty && (
        <Flex vertical gap={8} style={{ marginTop: 12 }}>
          {problems.length > 0 && (
            <Alert
              type="warning"
              showIcon
              title={problems.map((key) => t(key as 'pipelines.problems.oneWon')).join(' ')}
            />
          )}
          <Flex gap={8} justify="flex-end">
            <Button onClick={() => setDrafts(saved)} disabled={save.isPending}>
              {t('pipelines.discard')}
            </Button>
            <Button type="primary" onClick={onSave} loading={save.isPending} disabled={problems.length > 0}>
              {t('pipelines.saveStages')}
            </Button>
          </Flex>
        </Flex>
      )}
      {renaming && <RenamePipelineModal pipeline={pipeline} onClose={() => setRenaming(false)} />}
    </Card>
  );
}
