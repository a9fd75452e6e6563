import { Button, Col, Flex, Form, Row } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../ui/FormErrorAlert.tsx';
import { applyServerErrors } from '../../../ui/server-errors.ts';
import type { FieldDefinition, ObjectDefinition } from '../../records/api/objects.api.ts';
import type { RecordData } from '../../records/api/records.api.ts';
import { FieldInput } from '../../records/components/FieldInput.tsx';
import { useCreateRecord } from '../../records/hooks/useCreateRecord.ts';
import { useFieldLabel } from '../../records/hooks/useFieldLabel.ts';
import { formToApiValues, toFormValue } from '../../records/utils/form-values.ts';

interface QuickRecordFormProps {
  object: ObjectDefinition;
  /** The fields to ask for, in order; `wide` ones take the whole row. */
  fields: Array<{ name: string; wide?: boolean }>;
  /** API values sent as they are (the record the new one is about). */
  fixed?: Record<string, unknown>;
  /** API values the form starts with. */
  initial?: Record<string, unknown>;
  submitLabel: string;
  onSaved: (record: RecordData) => void;
  onCancel?: () => void;
}

/**
 * A short create form for a few fields of an object (a follow-up, a task), with the same widgets, checks
 * and server errors as the full record form.
 */
export function QuickRecordForm({
  object,
  fields,
  fixed,
  initial,
  submitLabel,
  onSaved,
  onCancel,
}: QuickRecordFormProps) {
  const { t } = useTranslation();
  const label = useFieldLabel();
  const [form] = Form.useForm();
  const [formError, setFormError] = useState<string | null>(null);
  const create = useCreateRecord(object.apiName);
  const definitions = useMemo(
    () =>
      fields
        .map(({ name, wide }) => ({ field: object.fields.find((f) => f.apiName === name), wide }))
        .filter((entry): entry is { field: FieldDefinition; wide: boolean | undefined } =>
          Boolean(entry.field),
        ),
    [fields, object],
  );
  const initialValues = useMemo(
    () =>
      Object.fromEntries(
        definitions.map(({ field }) => [field.apiName, toFormValue(field, initial?.[field.apiName])]),
      ),
    [definitions, initial],
  );

  const submit = async (values: Record<string, unknown>) => {
    setFormError(null);
    const body = {
      ...formToApiValues(
        definitions.map((d) => d.field),
        values,
      ),
      ...fixed,
    };
    try {
      const saved = await create.mutateAsync(body);
      form.resetFields();
      onSaved(saved);
    } catch (error) {
      setFormError(applyServerErrors(form, error));
    }
  };

  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={submit}
      className="quick-record-form"
    >
      <FormErrorAlert message={formError} />
      <Row gutter={16}>
        {definitions.map(({ field, wide }) => (
          <Col key={field.apiName} xs={24} md={wide ? 24 : 12}>
            <Form.Item
              name={field.apiName}
              label={label(field.label)}
              rules={
                field.required
                  ? [{ required: true, message: t('records.required', { field: label(field.label) }) }]
                  : undefined
              }
            >
              <FieldInput field={field} object={object.apiName} />
            </Form.Item>
          </Col>
        ))}
      </Row>
      <Flex gap={8} justify="flex-end">
        {onCancel && <Button onClick={onCancel}>{t('common.cancel')}</Button>}
        <Button type="primary" htmlType="submit" loading={create.isPending}>
          {submitLabel}
        </Button>
      </Flex>
    </Form>
  );
}
