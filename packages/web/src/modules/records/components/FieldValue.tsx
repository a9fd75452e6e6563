import { formatCny, isLocale } from '@lodestar/shared';
import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDate, formatDateTime } from '../../../ui/format.ts';
import type { AttachedFile } from '../../files/api/files.api.ts';
import { AttachmentLinks } from '../../files/components/AttachmentLinks.tsx';
import { TagsValue } from '../../tags/components/TagsValue.tsx';
import type { FieldChoice, FieldDefinition } from '../api/objects.api.ts';
import { useFieldLabel } from '../hooks/useFieldLabel.ts';
import { RegionName } from './RegionName.tsx';
import { UserName } from './UserName.tsx';

/** The choices of a select field. */
export function choicesOf(field: FieldDefinition): FieldChoice[] {
  const choices = field.options.choices;
  return Array.isArray(choices) ? (choices as FieldChoice[]) : [];
}

/** The object a lookup field points at. */
export function lookupTargetOf(field: FieldDefinition): string {
  return String(field.options.target ?? '');
}

/**
 * A field value shown per its type: amounts in CNY, dates in China time, choices by label, and so on. A
 * lookup shows `relatedName` (the related record's name, when the page loaded it), else `#id`.
 */
export function FieldValue({
  field,
  value,
  relatedName,
}: {
  field: FieldDefinition;
  value: unknown;
  relatedName?: unknown;
}) {
  const { t, i18n } = useTranslation();
  const label = useFieldLabel();
  if (value === null || value === undefined || value === '') {
    return <Typography.Text type="secondary">—</Typography.Text>;
  }
  const locale = isLocale(i18n.language) ? i18n.language : 'zh-CN';
  switch (field.type) {
    case 'currency':
      return <>{formatCny(String(value), { locale })}</>;
    case 'number':
      return <>{new Intl.NumberFormat(locale).format(Number(value))}</>;
    case 'percent':
      return <>{new Intl.NumberFormat(locale, { maximumFractionDigits: 4 }).format(Number(value))}%</>;
    case 'date':
      return <>{formatDate(`${String(value)}T00:00:00+08:00`, locale)}</>;
    case 'datetime':
      return <>{formatDateTime(String(value), locale)}</>;
    case 'boolean':
      return <>{value ? t('common.yes') : t('common.no')}</>;
    case 'select': {
      const choice = choicesOf(field).find((entry) => entry.value === value);
      return <Tag color={choice?.color}>{choice ? label(choice.label) : String(value)}</Tag>;
    }
    case 'multiSelect': {
      const values = Array.isArray(value) ? (value as string[]) : [];
      if (values.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
      const choices = choicesOf(field);
      return (
        <>
          {values.map((entry) => {
            const choice = choices.find((candidate) => candidate.value === entry);
            return (
              <Tag key={entry} color={choice?.color}>
                {choice ? label(choice.label) : entry}
              </Tag>
            );
          })}
        </>
      );
    }
    case 'tags':
      return <TagsValue field={field} value={value} />;
    case 'attachment':
      return <AttachmentLinks files={Array.isArray(value) ? (value as AttachedFile[]) : []} />;
    case 'lookup':
      return (
        <Link to={`/o/${lookupTargetOf(field)}/${String(value)}`}>
          {relatedName != null && relatedName !== '' ? String(relatedName) : `#${String(value)}`}
        </Link>
      );
    case 'user':
      return <UserName id={Number(value)} />;
    case 'region':
      return <RegionName code={String(value)} />;
    case 'email':
      return <a href={`mailto:${String(value)}`}>{String(value)}</a>;
    case 'url':
      return (
        <a href={String(value)} target="_blank" rel="noreferrer noopener">
          {String(value)}
        </a>
      );
    case 'formula': {
      // Shown as its result type: a currency formula as money, a date formula as a date, and so on.
      const resultType = String(field.options.resultType ?? 'number') as FieldDefinition['type'];
      if (resultType === 'formula') return <>{String(value)}</>;
      return <FieldValue field={{ ...field, type: resultType }} value={value} />;
    }
    case 'longText':
      return <span style={{ whiteSpace: 'pre-wrap' }}>{String(value)}</span>;
    default:
      return <>{String(value)}</>;
  }
}
