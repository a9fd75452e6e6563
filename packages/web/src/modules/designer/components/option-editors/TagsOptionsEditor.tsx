import { useQuery } from '@tanstack/react-query';
import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../../../api/client.ts';
import type { Labels } from '../../../records/api/objects.api.ts';
import { useFieldLabel } from '../../../records/hooks/useFieldLabel.ts';
import type { OptionEditorProps } from './option-editor-props.ts';

interface TagGroup {
  key: string;
  label: Labels;
}

/** The tag group a tags field draws from (a picker when tag groups can be listed, else the key). */
export function TagsOptionsEditor({ options, onChange, errorOf }: OptionEditorProps) {
  const { t } = useTranslation();
  const label = useFieldLabel();
  const groups = useQuery({
    queryKey: ['tag-groups'],
    queryFn: () => api.get<{ data: TagGroup[] }>('/tag-groups'),
    retry: false,
    staleTime: 60_000,
  });
  const value = (options.group as string | undefined) || undefined;
  const set = (group: string) => onChange({ ...options, group });
  return (
    <Form.Item
      label={t('designer.options.tagGroup')}
      required
      validateStatus={errorOf('group') ? 'error' : undefined}
      help={errorOf('group')}
    >
      {groups.data ? (
        <Select
          value={value}
          placeholder={t('designer.options.chooseTagGroup')}
          options={groups.data.data.map((group) => ({ value: group.key, label: label(group.label) }))}
          onChange={set}
        />
      ) : (
        <Input value={value ?? ''} onChange={(e) => set(e.target.value)} />
      )}
    </Form.Item>
  );
}
