import { Button, Col, Flex, Form, Row } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client.ts';
import { FormErrorAlert } from '../../../ui/FormErrorAlert.tsx';
import { applyServerErrors } from '../../../ui/server-errors.ts';
import type { ObjectDefinition } from '../api/objects.api.ts';
import type { RecordData } from '../api/records.api.ts';
import { useCreateRecord } from '../hooks/useCreateRecord.ts';
import { useFieldLabel } from '../hooks/useFieldLabel.ts';
import { useUpdateRecord } from '../hooks/useUpdateRecord.ts';
import { formToApiValues, initialFormValues } from '../utils/form-values.ts';
import { FieldInput } from './FieldInput.tsx';

interface RecordFormProps {
  object: ObjectDefinition;
  /** The record being edited; none to create one. */
  record?: RecordData;
  onSaved: (record: RecordData) => void;
  onCancel: () => void;
  /** The record changed on the server since it was loaded (409): reload it. */
  onStale?: () => void;
}

/** The create / edit form of a record, one widget per field, generated from the object's metadata. */
export function RecordForm({ object, record, onSaved, onCancel, onStale }: RecordFormProps) {
  const { t } = useTranslation();
  const label = useFieldLabel();
  const [form] = Form.useForm();
  const [formError, setFormError] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const create = useCreateRecord(object.apiName);
  const update = useUpdateRecord(object.apiName);
  const fields = useMemo(() => [...object.fields].sort((a, b) => a.position - b.position), [object.fields]);
  const initialValues = useMemo(() => initialFormValues(fields, record), [fields, record]);

  const submit = async (values: Record<string, unknown>) => {
    setFormError(null);
    setStale(false);
    const body = formToApiValues(fields, values, record);
    try {
      const saved = record
        ? await update.mutateAsync({ id: record.id, version: record.version, values: body })
        : await create.mutateAsync(body);
      onSaved(saved);
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        setFormError(t('records.staleVersion'));
        setStale(true);
        return;
      }
      setFormError(applyServerErrors(form, error));
    }
  };

  return (
    <Form
      form={form}
      name="record"
      layout="vertical"
      initialValues={initialValues}
      onFinish={submit}
      className="record-form"
    >
      <FormErrorAlert message={formError} />
      {stale && onStale && (
        <Button onClick={onStale} style={{ marginBottom: 16 }}>
          {t('records.reload')}
        </Button>
      )}
      <Row gutter={24}>
        {fields.map((field) => (
          <Col key={field.apiName} xs={24} md={field.type === 'longText' ? 24 : 12}>
            <Form.Item
              name={field.apiName}
              label={label(field.label)}
              tooltip={field.helpText ? label(field.helpText) : undefined}
              valuePropName="value"
              rules={
                field.required
                  ? [{ required: true, message: t('records.required', { field: label(field.label) }) }]
                  : undefined
              }
            >
              <FieldInput field={field} />
            </Form.Item>
          </Col>
        ))}
      </Row>
      <Flex gap={8} justify="flex-end">
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={create.isPending || update.isPending}>
          {t('common.save')}
        </Button>
      </Flex>
    </Form>
  );
}
