import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { UserName } from '../../records/components/UserName.tsx';
import type { DuplicateCandidate } from '../api/duplicates.api.ts';

interface CandidateSummaryProps {
  candidate: DuplicateCandidate;
  /** Show which object it is (a lead is checked against leads, accounts and contacts). */
  showObject?: boolean;
  /** Open the record in a new tab (from a form, so that what was typed is not lost). */
  newTab?: boolean;
}

/** One candidate on a line: its name as a link, what identifies it, why it matched and whose it is. */
export function CandidateSummary({ candidate, showObject, newTab }: CandidateSummaryProps) {
  const { t } = useTranslation();
  const { record, object } = candidate;
  const name = String(record.name ?? `#${record.id}`);
  const details = [object === 'lead' ? record.company : null, record.phone, record.email].filter(
    (value): value is string => typeof value === 'string' && value !== '',
  );
  return (
    <Flex wrap gap={8} align="center" className="duplicate-candidate">
      {showObject && <Tag>{t(`duplicates.objects.${object}`)}</Tag>}
      <Link
        to={`/o/${object}/${record.id}`}
        {...(newTab ? { target: '_blank', rel: 'noreferrer' } : {})}
        className="duplicate-candidate-name"
      >
        {name}
      </Link>
      {details.length > 0 && <Typography.Text type="secondary">{details.join(' · ')}</Typography.Text>}
      {candidate.matchedOn.map((kind) => (
        <Tag key={kind} color="orange" bordered={false}>
          {t(`duplicates.matchedOn.${kind}`)}
        </Tag>
      ))}
      {record.ownerId !== null && (
        <Typography.Text type="secondary">
          {t('duplicates.owner')}
          <UserName id={record.ownerId} />
        </Typography.Text>
      )}
    </Flex>
  );
}
