import { Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFieldLabel } from '../../../records/hooks/useFieldLabel.ts';
import { useObjects } from '../../../records/hooks/useObjects.ts';
import type { OptionEditorProps } from './option-editor-props.ts';

/** The target object of a lookup field (fixed once saved) and what happens when the target is deleted. */
export function LookupOptionsEditor({
  options,
  onChange,
  errorOf,
  locked,
}: OptionEditorProps & { locked: boolean }) {
  const { t } = useTranslation();
  const label = useFieldLabel();
  const objects = useObjects();
  return (
    <>
      <Form.Item
        label={t('designer.options.target')}
        required
        validateStatus={errorOf('target') ? 'error' : undefined}
        help={errorOf('target')}
      >
        <Select
          disabled={locked}
          value={(options.target as string) || undefined}
          placeholder={t('designer.options.chooseTarget')}
          options={(objects.data ?? []).map((object) => ({
            value: object.apiName,
            label: label(object.label),
          }))}
          onChange={(target) => onChange({ ...options, target })}
        />
      </Form.Item>
      <Form.Item label={t('designer.options.onDelete')} help={errorOf('onDelete')}>
        <Select
          value={(options.onDelete as string | undefined) ?? 'setNull'}
          options={[
            { value: 'setNull', label: t('designer.options.onDeleteSetNull') },
            { value: 'restrict', label: t('designer.options.onDeleteRestrict') },
          ]}
          onChange={(onDelete) => onChange({ ...options, onDelete })}
        />
      </Form.Item>
    </>
  );
}
