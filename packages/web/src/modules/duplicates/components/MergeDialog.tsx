import { Alert, App, Button, Flex, Modal, Skeleton, Steps, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../ui/server-errors.ts';
import type { ObjectDefinition } from '../../records/api/objects.api.ts';
import type { RecordData } from '../../records/api/records.api.ts';
import { useFieldLabel } from '../../records/hooks/useFieldLabel.ts';
import { useObjects } from '../../records/hooks/useObjects.ts';
import type { DedupObject, MergePreview } from '../api/duplicates.api.ts';
import { useMergePreview } from '../hooks/useMergePreview.ts';
import { useMergeRecords } from '../hooks/useMergeRecords.ts';
import { MergeValuesTable } from './MergeValuesTable.tsx';
import { PickDuplicates } from './PickDuplicates.tsx';

interface MergeDialogProps {
  object: ObjectDefinition;
  /** The record the duplicates are merged into. */
  survivor: RecordData;
  open: boolean;
  onClose: () => void;
  onMerged: () => void;
}

/** What moves to the survivor, in words: "联系人 3 条、商机 1 条". */
function MovedSummary({ preview }: { preview: MergePreview }) {
  const { t } = useTranslation();
  const label = useFieldLabel();
  const objects = useObjects();
  const name = (apiName: string) => {
    const definition = objects.data?.find((object) => object.apiName === apiName);
    return definition ? label(definition.label) : apiName;
  };
  const counts = new Map<string, number>();
  for (const reference of preview.references)
    counts.set(reference.object, (counts.get(reference.object) ?? 0) + reference.count);
  const parts = [...counts].map(([object, count]) =>
    t('duplicates.merge.movedPart', { object: name(object), count }),
  );
  if (preview.attachments > 0)
    parts.push(t('duplicates.merge.movedAttachments', { count: preview.attachments }));
  return (
    <Alert
      type="info"
      showIcon
      title={
        parts.length > 0
          ? t('duplicates.merge.moves', { parts: parts.join(t('duplicates.merge.listSeparator')) })
          : t('duplicates.merge.movesNothing')
      }
      description={t('duplicates.merge.recycled', { count: preview.records.length - 1 })}
    />
  );
}

/**
 * Merging duplicates into a record: pick the duplicates, choose the value of each differing field side by
 * side, confirm. Everything pointing at the duplicates then points at this record; they go to the recycle bin.
 */
export function MergeDialog({ object, survivor, open, onClose, onMerged }: MergeDialogProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const apiName = object.apiName as DedupObject;
  const [step, setStep] = useState(0);
  const [duplicateIds, setDuplicateIds] = useState<number[]>([]);
  const [choices, setChoices] = useState<Record<string, number>>({});
  const preview = useMergePreview(apiName, survivor.id, step === 1 ? duplicateIds : []);
  const merge = useMergeRecords(apiName);

  useEffect(() => {
    if (!open) {
      setStep(0);
      setDuplicateIds([]);
      setChoices({});
      merge.reset();
    }
  }, [open, merge.reset]);

  const confirm = () =>
    merge.mutateAsync({ survivorId: survivor.id, duplicateIds, values: choices }).then(
      (result) => {
        message.success(t('duplicates.merge.done', { count: result.mergedIds.length }));
        onMerged();
      },
      (error: unknown) => void message.error(errorMessage(error)),
    );

  const footer = (
    <Flex justify="space-between">
      <Button onClick={onClose}>{t('common.cancel')}</Button>
      <Flex gap={8}>
        {step === 1 && <Button onClick={() => setStep(0)}>{t('duplicates.merge.back')}</Button>}
        {step === 0 ? (
          <Button type="primary" disabled={duplicateIds.length === 0} onClick={() => setStep(1)}>
            {t('duplicates.merge.next')}
          </Button>
        ) : (
          <Button
            type="primary"
            danger
            loading={merge.isPending}
            disabled={!preview.data}
            onClick={() => void confirm()}
          >
            {t('duplicates.merge.confirm', { count: duplicateIds.length })}
          </Button>
        )}
      </Flex>
    </Flex>
  );

  return (
    <Modal
      open={open}
      title={t('duplicates.merge.title', {
        name: String(survivor[object.nameField ?? 'name'] ?? `#${survivor.id}`),
      })}
      width={step === 1 ? 980 : 720}
      onCancel={onClose}
      footer={footer}
      destroyOnHidden
    >
      <Steps
        size="small"
        current={step}
        style={{ marginBottom: 20 }}
        items={[{ title: t('duplicates.merge.stepPick') }, { title: t('duplicates.merge.stepValues') }]}
      />
      {step === 0 ? (
        <PickDuplicates
          object={apiName}
          survivorId={survivor.id}
          selected={duplicateIds}
          onChange={setDuplicateIds}
        />
      ) : preview.isError ? (
        <Alert type="error" showIcon title={errorMessage(preview.error)} />
      ) : !preview.data ? (
        <Skeleton active />
      ) : (
        <Flex vertical gap={16}>
          <MergeValuesTable
            object={object}
            preview={preview.data}
            choices={choices}
            onChoose={(field, recordId) => setChoices((current) => ({ ...current, [field]: recordId }))}
          />
          <MovedSummary preview={preview.data} />
          <Typography.Text type="secondary">{t('duplicates.merge.audited')}</Typography.Text>
        </Flex>
      )}
    </Modal>
  );
}
