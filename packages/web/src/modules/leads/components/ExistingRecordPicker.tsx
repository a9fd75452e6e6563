import { Flex, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DuplicateCandidate } from '../../duplicates/api/duplicates.api.ts';
import { CandidateSummary } from '../../duplicates/components/CandidateSummary.tsx';
import { LookupSelect } from '../../records/components/LookupSelect.tsx';

interface ExistingRecordPickerProps {
  object: 'account' | 'contact';
  /** Records that look like the lead's company or person, offered first. */
  candidates: DuplicateCandidate[];
  id?: string;
  value?: number | null;
  onChange?: (id: number | null) => void;
}

/** Picks an existing account or contact: one of the candidates, or any other record found by search. */
export function ExistingRecordPicker({ object, candidates, id, value, onChange }: ExistingRecordPickerProps) {
  const { t } = useTranslation();
  const isCandidate = candidates.some((candidate) => candidate.record.id === value);
  return (
    <Flex vertical gap={8} id={id}>
      {candidates.length > 0 && (
        <Radio.Group value={isCandidate ? value : null} onChange={(event) => onChange?.(event.target.value)}>
          <Flex vertical gap={6}>
            {candidates.map((candidate) => (
              <Radio key={candidate.record.id} value={candidate.record.id}>
                <CandidateSummary candidate={candidate} newTab />
              </Radio>
            ))}
          </Flex>
        </Radio.Group>
      )}
      <Flex gap={8} align="center">
        <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
          {candidates.length > 0 ? t('leads.convert.searchOther') : t('leads.convert.search')}
        </Typography.Text>
        <LookupSelect
          target={object}
          value={isCandidate ? null : (value ?? null)}
          onChange={(next) => onChange?.(next)}
          style={{ flex: 1, minWidth: 240 }}
        />
      </Flex>
    </Flex>
  );
}
