import { Button, Card, Col, Flex, Form, Input, Row, Skeleton } from 'antd';
import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client.ts';
import { FormErrorAlert } from '../../../ui/FormErrorAlert.tsx';
import { applyServerErrors } from '../../../ui/server-errors.ts';
import type { Layout } from '../api/layout.api.ts';
import type { FieldDefinition, ObjectDefinition } from '../api/objects.api.ts';
import type { RecordData } from '../api/records.api.ts';
import { useCreateRecord } from '../hooks/useCreateRecord.ts';
import { useFieldLabel } from '../hooks/useFieldLabel.ts';
import { useLayout } from '../hooks/useLayout.ts';
import { useObjects } from '../hooks/useObjects.ts';
import { useUpdateRecord } from '../hooks/useUpdateRecord.ts';
import { formToApiValues, initialFormValues } from '../utils/form-values.ts';
import { resolveSections } from '../utils/layout-sections.ts';
import { lookupNameKey } from '../utils/list-columns.ts';
import { FieldInput } from './FieldInput.tsx';
import { FieldValue } from './FieldValue.tsx';

interface RecordFormProps {
  object: ObjectDefinition;
  /** The record being edited (with its lookups' names, to show read-only ones by name); none to create one. */
  record?: RecordData;
  onSaved: (record: RecordData) => void;
  onCancel: () => void;
  /** The record changed on the server since it was loaded (409): reload it. */
  onStale?: () => void;
  /** A layout to use instead of the saved one (the designer's preview). */
  layout?: Layout;
  /** Fields shown but not editable for this record (e.g. a contract's key fields once submitted). */
  lockedFields?: readonly string[];
  /** Nothing is sent: submitting only checks the inputs (the designer's preview). */
  preview?: boolean;
  /** Shown at the top, inside the form (it may watch the inputs): an object extension's `FormNotice`. */
  notice?: ReactNode;
}

/** Values the server computes; the form shows them but never sends them. */
const COMPUTED_TYPES = new Set<FieldDefinition['type']>(['autoNumber', 'formula']);

/**
 * How the form treats a field: an input, a placeholder for a value the server will compute (a new record's
 * number), or the current value read-only (a computed value it already has, a managed or locked field).
 */
function fieldMode(
  field: FieldDefinition,
  locked: ReadonlySet<string>,
  existing: boolean,
): 'input' | 'computed' | 'readOnly' {
  if (COMPUTED_TYPES.has(field.type)) return existing ? 'readOnly' : 'computed';
  if (field.managed || locked.has(field.apiName)) return 'readOnly';
  return 'input';
}

/** Why a field is read-only, for its tooltip. */
function readOnlyReason(field: FieldDefinition, locked: ReadonlySet<string>) {
  if (COMPUTED_TYPES.has(field.type)) return 'records.computedField' as const;
  return locked.has(field.apiName) ? ('records.lockedField' as const) : ('records.managedField' as const);
}

/**
 * The create / edit form of a record, one widget per field, generated from the object's metadata and laid
 * out in the sections of its layout.
 */
export function RecordForm({
  object,
  record,
  onSaved,
  onCancel,
  onStale,
  layout,
  preview,
  lockedFields,
  notice,
}: RecordFormProps) {
  const { t } = useTranslation();
  const label = useFieldLabel();
  const [form] = Form.useForm();
  const [formError, setFormError] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const create = useCreateRecord(object.apiName);
  const update = useUpdateRecord(object.apiName);
  const saved = useLayout(object.apiName, { enabled: !layout && !preview });
  const objects = useObjects();
  const locked = useMemo(() => new Set(lockedFields ?? []), [lockedFields]);
  // A new record shows no managed field: the system fills them in once it exists.
  const sections = useMemo(
    () =>
      resolveSections(object, layout ?? saved.data, (field) => Boolean(record) || preview || !field.managed),
    [object, layout, saved.data, record, preview],
  );
  const fields = useMemo(
    () =>
      sections
        .flatMap((s) => s.fields.map(({ field }) => field))
        .filter((f) => fieldMode(f, locked, Boolean(record)) === 'input'),
    [sections, locked, record],
  );
  const initialValues = useMemo(() => initialFormValues(fields, record), [fields, record]);

  const submit = async (values: Record<string, unknown>) => {
    setFormError(null);
    setStale(false);
    if (preview) return;
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

  if (!layout && !preview && saved.isLoading) return <Skeleton active />;
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
      {notice}
      {stale && onStale && (
        <Button onClick={onStale} style={{ marginBottom: 16 }}>
          {t('records.reload')}
        </Button>
      )}
      <Flex vertical gap={16} style={{ marginBottom: 16 }}>
        {sections.map(({ section, fields: placed }) => (
          <Card
            key={section.key}
            size="small"
            type="inner"
            title={label(section.label)}
            className="record-section"
          >
            <Row gutter={24}>
              {placed.map(({ field, span }) => (
                <Col key={field.apiName} xs={24} md={section.columns === 1 || span === 2 ? 24 : 12}>
                  {fieldMode(field, locked, Boolean(record)) === 'computed' ? (
                    <Form.Item label={label(field.label)}>
                      <Input disabled placeholder={t('records.computed')} />
                    </Form.Item>
                  ) : fieldMode(field, locked, Boolean(record)) === 'readOnly' ? (
                    <Form.Item label={label(field.label)} tooltip={t(readOnlyReason(field, locked))}>
                      <div className="record-form-read-only">
                        <FieldValue
                          field={field}
                          value={record?.[field.apiName] ?? null}
                          relatedName={record?.[lookupNameKey(field, objects.data ?? []) ?? '']}
                        />
                      </div>
                    </Form.Item>
                  ) : (
                    <Form.Item
                      name={field.apiName}
                      label={label(field.label)}
                      tooltip={field.helpText ? label(field.helpText) : undefined}
                      valuePropName="value"
                      rules={
                        field.required
                          ? [
                              {
                                required: true,
                                message: t('records.required', { field: label(field.label) }),
                              },
                            ]
                          : undefined
                      }
                    >
                      <FieldInput field={field} object={object.apiName} />
                    </Form.Item>
                  )}
                </Col>
              ))}
            </Row>
          </Card>
        ))}
      </Flex>
      <Flex gap={8} justify="flex-end">
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={create.isPending || update.isPending}>
          {preview ? t('records.checkInputs') : t('common.save')}
        </Button>
      </Flex>
    </Form>
  );
}
