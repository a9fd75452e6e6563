import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { App, Button, Flex, Form, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client.ts';
import type { FieldDefinition } from '../api/objects.api.ts';
import type { RecordData } from '../api/records.api.ts';
import { useBulkRecords } from '../hooks/useBulkRecords.ts';
import { useFieldLabel } from '../hooks/useFieldLabel.ts';
import { toApiValue } from '../utils/form-values.ts';
import { FieldInput } from './FieldInput.tsx';

/** Types whose value the server assigns or that need their own upload flow. */
const NOT_BULK_EDITABLE = new Set(['autoNumber', 'formula', 'attachment']);

interface BulkActionsProps {
  object: string;
  fields: FieldDefinition[];
  selected: RecordData[];
  mayUpdate: boolean;
  mayDelete: boolean;
  onDone: () => void;
}

/** What can be done to the selected records at once: set one field to one value, or delete them. */
export function BulkActions({ object, fields, selected, mayUpdate, mayDelete, onDone }: BulkActionsProps) {
  const { t } = useTranslation();
  const label = useFieldLabel();
  const { message, modal } = App.useApp();
  const bulk = useBulkRecords(object);
  const [editing, setEditing] = useState(false);
  const [form] = Form.useForm<{ field?: string; value?: unknown }>();
  const fieldName = Form.useWatch('field', form);
  const field = fields.find((entry) => entry.apiName === fieldName);
  const editable = fields.filter((entry) => !NOT_BULK_EDITABLE.has(entry.type) && !entry.managed);

  const failed = (error: unknown) =>
    message.error(error instanceof ApiError ? error.detail : t('errors.unexpected', { status: 0 }));

  const applyEdit = async () => {
    const values = await form.validateFields();
    if (!values.field) return;
    try {
      await bulk.mutateAsync({
        update: selected.map((record) => ({
          id: record.id,
          version: record.version,
          [values.field as string]: field ? toApiValue(field, values.value) : null,
        })),
      });
      message.success(t('records.bulk.updated', { count: selected.length }));
      setEditing(false);
      form.resetFields();
      onDone();
    } catch (error) {
      failed(error);
    }
  };
  const confirmDelete = () =>
    modal.confirm({
      title: t('records.bulk.deleteConfirm', { count: selected.length }),
      content: t('records.deleteConfirmText'),
      okButtonProps: { danger: true },
      okText: t('records.bulk.delete'),
      onOk: async () => {
        try {
          await bulk.mutateAsync({ delete: selected.map((record) => record.id) });
          message.success(t('records.bulk.deleted', { count: selected.length }));
          onDone();
        } catch (error) {
          failed(error);
        }
      },
    });

  if (selected.length === 0) return null;
  return (
    <Flex gap={8} align="center" data-testid="bulk-actions">
      <Typography.Text>{t('records.bulk.selected', { count: selected.length })}</Typography.Text>
      {mayUpdate && (
        <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
          {t('records.bulk.edit')}
        </Button>
      )}
      {mayDelete && (
        <Button danger icon={<DeleteOutlined />} onClick={confirmDelete}>
          {t('records.bulk.delete')}
        </Button>
      )}
      <Modal
        open={editing}
        title={t('records.bulk.editTitle', { count: selected.length })}
        okText={t('records.bulk.apply')}
        confirmLoading={bulk.isPending}
        onOk={() => void applyEdit()}
        onCancel={() => setEditing(false)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical">
          <Form.Item
            name="field"
            label={t('records.filter.field')}
            rules={[{ required: true, message: t('records.bulk.chooseField') }]}
          >
            <Select
              showSearch
              optionFilterProp="label"
              onChange={() => form.setFieldValue('value', undefined)}
              options={editable.map((entry) => ({ value: entry.apiName, label: label(entry.label) }))}
            />
          </Form.Item>
          {field && (
            <Form.Item name="value" label={t('records.filter.value')}>
              <FieldInput field={field} />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </Flex>
  );
}
