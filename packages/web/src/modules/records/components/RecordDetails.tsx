import { Card, Descriptions, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../ui/format.ts';
import type { Layout } from '../api/layout.api.ts';
import type { ObjectDefinition } from '../api/objects.api.ts';
import type { RecordData } from '../api/records.api.ts';
import { useFieldLabel } from '../hooks/useFieldLabel.ts';
import { useLayout } from '../hooks/useLayout.ts';
import { resolveSections } from '../utils/layout-sections.ts';
import { lookupNameKey } from '../utils/list-columns.ts';
import { FieldValue } from './FieldValue.tsx';
import { UserName } from './UserName.tsx';

interface RecordDetailsProps {
  object: ObjectDefinition;
  /** Every object, to find the related names a lookup shows (loaded with `detailFieldsParam`). */
  objects?: ObjectDefinition[];
  record: RecordData;
  /** A layout to use instead of the saved one. */
  layout?: Layout;
}

/**
 * Description items of a two-column grid where a wide item takes a row of its own: the item before it, when
 * alone on its row, fills that row, and the wide item fills the next one.
 */
function withRowSpans<T extends { wide: boolean }>(items: T[]): Array<Omit<T, 'wide'> & { span?: 'filled' }> {
  const result: Array<Omit<T, 'wide'> & { span?: 'filled' }> = [];
  let column = 0;
  for (const { wide, ...item } of items) {
    if (wide) {
      const previous = result.at(-1);
      if (column === 1 && previous) previous.span = 'filled';
      result.push({ ...item, span: 'filled' });
      column = 0;
    } else {
      result.push(item);
      column = (column + 1) % 2;
    }
  }
  return result;
}

/** The fields of a record the viewer may see, section by section as the layout says, then owner and timestamps. */
export function RecordDetails({ object, objects = [], record, layout }: RecordDetailsProps) {
  const { t, i18n } = useTranslation();
  const label = useFieldLabel();
  const saved = useLayout(object.apiName, { enabled: !layout });
  const sections = resolveSections(object, layout ?? saved.data, (field) => field.apiName in record);
  return (
    <Flex vertical gap={16} className="record-details">
      {sections.map(({ section, fields }) => (
        <Card key={section.key} size="small" title={label(section.label)} className="record-section">
          <Descriptions
            bordered
            size="middle"
            column={section.columns === 1 ? 1 : { xs: 1, md: 2 }}
            items={withRowSpans(
              fields.map(({ field, span }) => ({
                key: field.apiName,
                label: label(field.label),
                wide: section.columns === 2 && span === 2,
                children: (
                  <FieldValue
                    field={field}
                    value={record[field.apiName]}
                    relatedName={record[lookupNameKey(field, objects) ?? '']}
                  />
                ),
              })),
            )}
          />
        </Card>
      ))}
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, md: 3 }}
        items={[
          {
            key: 'ownerId',
            label: t('records.owner'),
            children:
              record.ownerId === null ? (
                '—'
              ) : typeof record['owner.name'] === 'string' ? (
                record['owner.name']
              ) : (
                <UserName id={record.ownerId} />
              ),
          },
          {
            key: 'createdAt',
            label: t('common.createdAt'),
            children: formatDateTime(record.createdAt, i18n.language),
          },
          {
            key: 'updatedAt',
            label: t('common.updatedAt'),
            children: formatDateTime(record.updatedAt, i18n.language),
          },
        ]}
      />
    </Flex>
  );
}
