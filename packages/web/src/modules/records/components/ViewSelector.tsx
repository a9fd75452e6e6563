import { DeleteOutlined, SaveOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, Flex, Form, Input, Modal, Popconfirm, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../session/hooks/useCan.ts';
import { useCurrentUser } from '../../session/hooks/useCurrentUser.ts';
import type { ListView, ListViewInput } from '../api/views.api.ts';
import { useDeleteListView } from '../hooks/useDeleteListView.ts';
import { useListViews } from '../hooks/useListViews.ts';
import { useSaveListView } from '../hooks/useSaveListView.ts';

interface ViewSelectorProps {
  object: string;
  selected: ListView | null;
  onSelect: (view: ListView | null) => void;
  /** The list's current columns, filter, sort and search, as a view would save them. */
  current: () => Omit<ListViewInput, 'name' | 'shared'>;
}

/** Picks a saved view, saves the current list as a personal or shared view, updates or deletes one. */
export function ViewSelector({ object, selected, onSelect, current }: ViewSelectorProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const can = useCan();
  const views = useListViews(object);
  const save = useSaveListView(object);
  const remove = useDeleteListView(object);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<{ name: string; shared: boolean }>();
  const mayShare = can('setting', 'update');
  const mayChange = (view: ListView) => (view.shared ? mayShare : view.ownerId === me.id);

  const submit = async () => {
    const values = await form.validateFields();
    const view = await save.mutateAsync({
      input: { ...current(), name: values.name, shared: mayShare && Boolean(values.shared) },
    });
    setSaving(false);
    form.resetFields();
    onSelect(view);
    message.success(t('records.views.saved', { name: view.name }));
  };
  const update = async (view: ListView) => {
    const saved = await save.mutateAsync({ id: view.id, input: current() });
    onSelect(saved);
    message.success(t('records.views.saved', { name: saved.name }));
  };

  const list = views.data ?? [];
  const option = (view: ListView) => ({ value: view.id, label: view.name });
  return (
    <Flex gap={8} align="center" wrap>
      <Select
        style={{ minWidth: 200 }}
        allowClear
        placeholder={t('records.views.all')}
        aria-label={t('records.views.title')}
        data-testid="view-selector"
        loading={views.isLoading}
        value={selected?.id}
        onChange={(id?: number) => onSelect(list.find((view) => view.id === id) ?? null)}
        options={[
          { label: t('records.views.personal'), options: list.filter((v) => !v.shared).map(option) },
          { label: t('records.views.shared'), options: list.filter((v) => v.shared).map(option) },
        ].filter((group) => group.options.length > 0)}
      />
      {selected && mayChange(selected) && (
        <>
          <Button loading={save.isPending} onClick={() => void update(selected)}>
            {t('records.views.update')}
          </Button>
          <Popconfirm
            title={t('records.views.deleteConfirm', { name: selected.name })}
            onConfirm={async () => {
              await remove.mutateAsync(selected.id);
              onSelect(null);
            }}
          >
            <Button danger icon={<DeleteOutlined />} aria-label={t('records.views.delete')} />
          </Popconfirm>
        </>
      )}
      <Button icon={<SaveOutlined />} onClick={() => setSaving(true)}>
        {t('records.views.saveAs')}
      </Button>
      <Modal
        open={saving}
        title={t('records.views.saveAs')}
        okText={t('records.views.save')}
        confirmLoading={save.isPending}
        onOk={() => void submit()}
        onCancel={() => setSaving(false)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" initialValues={{ shared: false }}>
          <Form.Item
            name="name"
            label={t('records.views.name')}
            rules={[{ required: true, whitespace: true, message: t('records.views.nameRequired') }]}
          >
            <Input maxLength={100} autoFocus />
          </Form.Item>
          {mayShare && (
            <Form.Item name="shared" valuePropName="checked">
              <Checkbox>{t('records.views.shareWithEveryone')}</Checkbox>
            </Form.Item>
          )}
        </Form>
      </Modal>
    </Flex>
  );
}
