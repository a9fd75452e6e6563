import { Checkbox, Empty, Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LookupSelect } from '../../records/components/LookupSelect.tsx';
import type { DedupObject } from '../api/duplicates.api.ts';
import { useRecordDuplicates } from '../hooks/useRecordDuplicates.ts';
import { CandidateSummary } from './CandidateSummary.tsx';

interface PickDuplicatesProps {
  object: DedupObject;
  survivorId: number;
  selected: number[];
  onChange: (ids: number[]) => void;
}

/** Step one of a merge: tick the suggested duplicates of the record, or find any other record to merge. */
export function PickDuplicates({ object, survivorId, selected, onChange }: PickDuplicatesProps) {
  const { t } = useTranslation();
  const suggested = useRecordDuplicates(object, survivorId, true);
  const items = suggested.data?.items ?? [];
  const toggle = (id: number, on: boolean) =>
    onChange(on ? [...selected, id] : selected.filter((entry) => entry !== id));
  const others = selected.filter((id) => !items.some((item) => item.record.id === id));
  return (
    <Flex vertical gap={16}>
      <Typography.Text type="secondary">{t('duplicates.merge.pickHint')}</Typography.Text>
      {suggested.isLoading ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('duplicates.merge.noneFound')} />
      ) : (
        <Flex vertical gap={8} className="merge-suggestions">
          {items.map((candidate) => (
            <Checkbox
              key={candidate.record.id}
              checked={selected.includes(candidate.record.id)}
              onChange={(event) => toggle(candidate.record.id, event.target.checked)}
            >
              <CandidateSummary candidate={candidate} newTab />
            </Checkbox>
          ))}
        </Flex>
      )}
      <Flex vertical gap={6}>
        <Typography.Text strong>{t('duplicates.merge.addOther')}</Typography.Text>
        <LookupSelect
          target={object}
          value={null}
          onChange={(id) => {
            if (id !== null && id !== survivorId && !selected.includes(id)) onChange([...selected, id]);
          }}
          style={{ width: '100%' }}
        />
        {others.length > 0 && (
          <Typography.Text type="secondary">
            {t('duplicates.merge.othersChosen', { ids: others.map((id) => `#${id}`).join('、') })}
          </Typography.Text>
        )}
      </Flex>
    </Flex>
  );
}
