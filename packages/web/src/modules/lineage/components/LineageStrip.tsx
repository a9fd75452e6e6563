import { LockOutlined, RightOutlined } from '@ant-design/icons';
import { Card, Flex, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useObjectLabel } from '../../../ui/useObjectLabel.ts';
import { choicesOf } from '../../records/components/FieldValue.tsx';
import { useFieldLabel } from '../../records/hooks/useFieldLabel.ts';
import { useObjectDefinition } from '../../records/hooks/useObjectDefinition.ts';
import type { RecordExtensionProps } from '../../records/utils/object-extension.ts';
import type { LeadOrigin, LineageStep } from '../api/lineage.api.ts';
import { useLineage } from '../hooks/useLineage.ts';
import './lineage.css';

/** The lead's source (by its choice label), campaign and UTM values, as small tags. */
function OriginTags({ origin }: { origin: LeadOrigin }) {
  const { t } = useTranslation();
  const label = useFieldLabel();
  const lead = useObjectDefinition('lead').object;
  const sourceField = lead?.fields.find((field) => field.apiName === 'source');
  const source = sourceField && choicesOf(sourceField).find((choice) => choice.value === origin.source);
  const utm = [
    origin.utmSource,
    origin.utmMedium,
    origin.utmCampaign,
    origin.utmTerm,
    origin.utmContent,
  ].filter(Boolean);
  return (
    <Flex gap={4} wrap>
      {origin.source && <Tag color="blue">{source ? label(source.label) : origin.source}</Tag>}
      {origin.campaign && <Tag>{t('lineage.campaign', { campaign: origin.campaign })}</Tag>}
      {utm.length > 0 && (
        <Tooltip title={t('lineage.utmHint')}>
          <Tag className="lineage-utm">utm: {utm.join(' / ')}</Tag>
        </Tooltip>
      )}
    </Flex>
  );
}

function Step({ step }: { step: LineageStep }) {
  const { t } = useTranslation();
  const objectLabel = useObjectLabel();
  // A numbered record (contract, quote, payment) is named by its number, with its name below.
  const title = step.number ?? step.name;
  const subtitle = step.number && step.name !== step.number ? step.name : null;
  return (
    <div className={`lineage-step${step.current ? ' lineage-step--current' : ''}`}>
      <Typography.Text type="secondary" className="lineage-step__object">
        {objectLabel(step.object)}
      </Typography.Text>
      {step.hidden ? (
        <Typography.Text type="secondary">
          <LockOutlined /> {t('lineage.hidden')}
        </Typography.Text>
      ) : step.current ? (
        <Typography.Text strong>{title || `#${step.id}`}</Typography.Text>
      ) : (
        <Link to={`/o/${step.object}/${step.id}`}>{title || `#${step.id}`}</Link>
      )}
      {subtitle && (
        <Typography.Text type="secondary" ellipsis={{ tooltip: subtitle }} className="lineage-step__subtitle">
          {subtitle}
        </Typography.Text>
      )}
      {step.origin && <OriginTags origin={step.origin} />}
    </div>
  );
}

/**
 * The record's chain back to its original lead (L-1): lead → account → opportunity → quote → contract →
 * payment, each step linking to its record; steps the viewer may not read show as hidden.
 */
export function LineageStrip({ object, record }: RecordExtensionProps) {
  const { t } = useTranslation();
  const lineage = useLineage(object.apiName, record.id, record.version);
  const steps = lineage.data?.steps ?? [];
  if (steps.length < 2) return null;
  return (
    <Card size="small" className="lineage-strip" title={t('lineage.title')}>
      <Flex align="flex-start" gap={8} wrap>
        {steps.map((step, index) => (
          // The arrow travels with the step after it, so a wrapped chain never ends a line on an arrow.
          <Flex key={`${step.object}-${step.id ?? `hidden-${index}`}`} align="center" gap={8}>
            {index > 0 && <RightOutlined className="lineage-strip__arrow" />}
            <Step step={step} />
          </Flex>
        ))}
      </Flex>
    </Card>
  );
}
