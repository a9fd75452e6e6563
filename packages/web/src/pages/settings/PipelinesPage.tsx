import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CreatePipelineModal } from '../../modules/pipelines/components/CreatePipelineModal.tsx';
import { PipelineCard } from '../../modules/pipelines/components/PipelineCard.tsx';
import { usePipelines } from '../../modules/pipelines/hooks/usePipelines.ts';
import { useCan } from '../../modules/session/hooks/useCan.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { PageSpin } from '../../ui/PageSpin.tsx';
import { QueryError } from '../../ui/QueryError.tsx';

/**
 * Settings → 销售流程 / Pipelines: every pipeline with its stages in order — drag to reorder, edit win
 * probability, conversion target and expected days, add and remove stages, create pipelines, set the default.
 */
export function PipelinesPage() {
  const { t } = useTranslation();
  const can = useCan();
  const editable = can('pipelineStage', 'update');
  const pipelines = usePipelines();
  const [creating, setCreating] = useState(false);
  return (
    <>
      <PageHeader
        title={t('settings.pages.pipelines.title')}
        description={t('settings.pages.pipelines.description')}
        extra={
          can('pipeline', 'create') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('pipelines.new')}
            </Button>
          )
        }
      />
      {pipelines.isPending ? (
        <PageSpin />
      ) : pipelines.isError ? (
        <QueryError error={pipelines.error} onRetry={() => void pipelines.refetch()} />
      ) : (
        <Flex vertical gap={16}>
          <Alert type="info" showIcon title={t('pipelines.help')} />
          {pipelines.data.map((pipeline) => (
            <PipelineCard key={pipeline.id} pipeline={pipeline} editable={editable} />
          ))}
        </Flex>
      )}
      {creating && <CreatePipelineModal onClose={() => setCreating(false)} />}
    </>
  );
}
