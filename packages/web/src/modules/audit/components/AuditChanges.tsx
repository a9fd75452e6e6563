import { ArrowRightOutlined } from '@ant-design/icons';
import { Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

const MAX_VALUE_LENGTH = 48;

interface AuditChangesProps {
  entityType: string;
  changes: Record<string, [unknown, unknown]> | null;
}

/** field: old → new, one line per field. */
export function AuditChanges({ entityType, changes }: AuditChangesProps) {
  const { t } = useTranslation();
  const entries = Object.entries(changes ?? {});
  if (entries.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;

  const fieldLabel = (field: string) => {
    const camel = field.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()).replace(/Id$/, '');
    return t(`fields.${entityType}.${camel}` as 'fields.user.name', {
      defaultValue: t(`auditFields.${camel}` as 'auditFields.name', { defaultValue: field }),
    });
  };

  const show = (value: unknown, isReference: boolean) => {
    let text: string;
    if (value === null || value === undefined || value === '')
      return <span className="audit-empty">{t('audit.emptyValue')}</span>;
    if (typeof value === 'boolean') text = value ? t('common.yes') : t('common.no');
    else if (typeof value === 'number' && isReference) text = `#${value}`;
    else if (typeof value === 'string' || typeof value === 'number') text = String(value);
    else text = JSON.stringify(value);
    if (text.length <= MAX_VALUE_LENGTH) return <span className="audit-value">{text}</span>;
    return (
      <Tooltip title={<span className="audit-tooltip">{text}</span>}>
        <span className="audit-value">{`${text.slice(0, MAX_VALUE_LENGTH)}…`}</span>
      </Tooltip>
    );
  };

  return (
    <ul className="audit-changes">
      {entries.map(([field, pair]) => {
        const [before, after] = Array.isArray(pair) ? pair : [undefined, pair];
        // department_id, managerId …: the values are ids of other records.
        const isReference = /(_id|[a-z]Id)$/.test(field);
        return (
          <li key={field}>
            <span className="audit-field">{fieldLabel(field)}</span>
            {show(before, isReference)}
            <ArrowRightOutlined className="audit-arrow" />
            {show(after, isReference)}
          </li>
        );
      })}
    </ul>
  );
}
