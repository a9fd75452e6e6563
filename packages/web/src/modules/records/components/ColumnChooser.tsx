import { ArrowDownOutlined, ArrowUpOutlined, SettingOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Popover, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FieldDefinition } from '../api/objects.api.ts';
import { useFieldLabel } from '../hooks/useFieldLabel.ts';

interface ColumnChooserProps {
  fields: FieldDefinition[];
  /** The visible columns in order (field api names). */
  columns: string[];
  onChange: (columns: string[]) => void;
}

/** Checks which fields the list shows and moves them up and down. */
export function ColumnChooser({ fields, columns, onChange }: ColumnChooserProps) {
  const { t } = useTranslation();
  const label = useFieldLabel();
  const byName = new Map(fields.map((field) => [field.apiName, field]));
  const ordered = [
    ...columns.filter((name) => byName.has(name)),
    ...fields.map((field) => field.apiName).filter((name) => !columns.includes(name)),
  ];
  const move = (name: string, by: -1 | 1) => {
    const next = [...columns];
    const index = next.indexOf(name);
    const target = index + by;
    if (index < 0 || target < 0 || target >= next.length) return;
    [next[index], next[target]] = [next[target] as string, name];
    onChange(next);
  };
  const toggle = (name: string, checked: boolean) =>
    onChange(checked ? [...columns, name] : columns.filter((column) => column !== name));

  const content = (
    <Flex vertical gap={4} style={{ maxHeight: 360, overflowY: 'auto', minWidth: 240 }}>
      <Typography.Text type="secondary">{t('records.columns.hint')}</Typography.Text>
      {ordered.map((name) => {
        const field = byName.get(name) as FieldDefinition;
        const shown = columns.includes(name);
        const index = columns.indexOf(name);
        return (
          <Flex key={name} justify="space-between" align="center" gap={8}>
            <Checkbox checked={shown} onChange={(event) => toggle(name, event.target.checked)}>
              {label(field.label)}
            </Checkbox>
            <span>
              <Button
                size="small"
                type="text"
                icon={<ArrowUpOutlined />}
                disabled={!shown || index === 0}
                aria-label={t('records.columns.moveUp', { field: label(field.label) })}
                onClick={() => move(name, -1)}
              />
              <Button
                size="small"
                type="text"
                icon={<ArrowDownOutlined />}
                disabled={!shown || index === columns.length - 1}
                aria-label={t('records.columns.moveDown', { field: label(field.label) })}
                onClick={() => move(name, 1)}
              />
            </span>
          </Flex>
        );
      })}
    </Flex>
  );
  return (
    <Popover content={content} title={t('records.columns.title')} trigger="click" placement="bottomRight">
      <Button icon={<SettingOutlined />} data-testid="column-chooser">
        {t('records.columns.title')}
      </Button>
    </Popover>
  );
}
