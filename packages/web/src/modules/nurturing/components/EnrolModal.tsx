import { Alert, App, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../ui/server-errors.ts';
import { useEnrolLeads } from '../hooks/useNurturingActions.ts';
import { useSequences } from '../hooks/useSequences.ts';

/** 加入培育: a pool manager puts pooled leads into a drip sequence; leads it may not email are listed. */
export function EnrolModal({
  leads,
  onClose,
  onEnrolled,
}: {
  leads: Array<{ id: number; name: string }>;
  onClose: () => void;
  onEnrolled: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const sequences = useSequences();
  const enrol = useEnrolLeads();
  const [sequenceId, setSequenceId] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const usable = (sequences.data ?? []).filter((sequence) => sequence.active && sequence.steps.length > 0);
  const nameOf = (id: number) => leads.find((lead) => lead.id === id)?.name ?? `#${id}`;
  return (
    <Modal
      open
      title={
        leads.length === 1
          ? t('nurturing.enrol.titleOne', { name: leads[0]?.name })
          : t('nurturing.enrol.titleMany', { count: leads.length })
      }
      okText={t('nurturing.enrol.confirm')}
      okButtonProps={{ disabled: sequenceId === null }}
      confirmLoading={enrol.isPending}
      onCancel={onClose}
      onOk={async () => {
        if (sequenceId === null) return;
        setError(null);
        try {
          const result = await enrol.mutateAsync({ sequenceId, leadIds: leads.map((lead) => lead.id) });
          if (result.enrolled.length > 0)
            message.success(t('nurturing.enrol.done', { count: result.enrolled.length }));
          for (const skipped of result.skipped)
            message.warning(
              t('nurturing.enrol.skipped', {
                name: nameOf(skipped.leadId),
                reason: t(`nurturing.enrol.reasons.${skipped.reason}`),
              }),
            );
          onEnrolled();
        } catch (failure) {
          setError(errorMessage(failure));
        }
      }}
    >
      <Typography.Paragraph type="secondary">{t('nurturing.enrol.help')}</Typography.Paragraph>
      <Select<number>
        style={{ width: '100%' }}
        aria-label={t('nurturing.enrol.chooseSequence')}
        placeholder={t('nurturing.enrol.chooseSequence')}
        loading={sequences.isPending}
        value={sequenceId ?? undefined}
        onChange={setSequenceId}
        options={usable.map((sequence) => ({
          value: sequence.id,
          label: t('nurturing.enrol.option', { name: sequence.name, count: sequence.steps.length }),
        }))}
        notFoundContent={
          <Typography.Text type="secondary">{t('nurturing.enrol.noSequences')}</Typography.Text>
        }
      />
      {error && <Alert type="error" showIcon title={error} style={{ marginTop: 12 }} />}
    </Modal>
  );
}
