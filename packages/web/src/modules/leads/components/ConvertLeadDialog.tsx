import {
  Alert,
  App,
  Card,
  Checkbox,
  Col,
  Flex,
  Form,
  Input,
  Modal,
  Radio,
  Row,
  Skeleton,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { FormErrorAlert } from '../../../ui/FormErrorAlert.tsx';
import { applyServerErrors } from '../../../ui/server-errors.ts';
import type { RecordData } from '../../records/api/records.api.ts';
import { FieldInput } from '../../records/components/FieldInput.tsx';
import { useFieldLabel } from '../../records/hooks/useFieldLabel.ts';
import { useObjectDefinition } from '../../records/hooks/useObjectDefinition.ts';
import type { ConversionPreview } from '../api/lead-conversion.api.ts';
import { useConversionPreview } from '../hooks/useConversionPreview.ts';
import { useConvertLead } from '../hooks/useConvertLead.ts';
import { type ConversionFormValues, conversionChoiceOf } from '../utils/conversion-form.ts';
import { ExistingRecordPicker } from './ExistingRecordPicker.tsx';

interface ConvertLeadDialogProps {
  lead: RecordData;
  open: boolean;
  onClose: () => void;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** The dialog's starting choices: merge into the best candidates when there are any, else create new records. */
function initialValues(lead: RecordData, preview: ConversionPreview): ConversionFormValues {
  const [account] = preview.accounts;
  const [contact] = preview.contacts;
  const company = text(lead.company) || text(lead.name);
  return {
    accountMode: account || !preview.may.createAccount ? 'existing' : 'new',
    accountName: company,
    accountId: account?.record.id ?? null,
    contactMode: contact ? 'existing' : preview.may.createContact ? 'new' : 'none',
    contactId: contact?.record.id ?? null,
    createOpportunity: preview.may.createOpportunity,
    opportunity: { name: company, amount: null, closeDate: null },
  };
}

/**
 * 转化 / Convert: choose a new or an existing account (candidates with the same company name or phone
 * first), a new, existing or no contact, and optionally an opportunity; everything else flows from the lead.
 * Converting opens what it made.
 */
export function ConvertLeadDialog({ lead, open, onClose }: ConvertLeadDialogProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const label = useFieldLabel();
  const [form] = Form.useForm<ConversionFormValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const preview = useConversionPreview(lead.id, open);
  const convert = useConvertLead(lead.id);
  const opportunity = useObjectDefinition('opportunity').object;
  const amountField = opportunity?.fields.find((field) => field.apiName === 'amount');
  const closeDateField = opportunity?.fields.find((field) => field.apiName === 'closeDate');
  const accountMode = Form.useWatch('accountMode', form);
  const contactMode = Form.useWatch('contactMode', form);
  const createOpportunity = Form.useWatch('createOpportunity', form);
  const initial = useMemo(
    () => (preview.data ? initialValues(lead, preview.data) : undefined),
    [lead, preview.data],
  );

  const submit = async (values: ConversionFormValues) => {
    setFormError(null);
    try {
      const result = await convert.mutateAsync(conversionChoiceOf(values, lead.version));
      message.success(t('leads.convert.done', { name: text(lead.name) }));
      onClose();
      navigate(
        result.opportunity ? `/o/opportunity/${result.opportunity.id}` : `/o/account/${result.account.id}`,
      );
    } catch (error) {
      setFormError(applyServerErrors(form, error));
    }
  };

  const data = preview.data;
  return (
    <Modal
      open={open}
      title={t('leads.convert.title', { name: text(lead.name) })}
      width={760}
      okText={t('leads.convert.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={convert.isPending}
      okButtonProps={{ disabled: !data }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {preview.isError ? (
        <Alert type="error" showIcon title={(preview.error as Error).message} />
      ) : !data || !initial ? (
        <Skeleton active />
      ) : (
        <Form
          form={form}
          name="convert"
          layout="vertical"
          initialValues={initial}
          onFinish={(values) => void submit(values)}
          className="convert-lead-form"
        >
          <FormErrorAlert message={formError} />
          <Typography.Paragraph type="secondary">{t('leads.convert.hint')}</Typography.Paragraph>
          <Flex vertical gap={12}>
            <Card size="small" type="inner" title={t('leads.convert.account')}>
              <Form.Item name="accountMode" noStyle>
                <Radio.Group>
                  <Radio value="new" disabled={!data.may.createAccount}>
                    {t('leads.convert.newAccount')}
                  </Radio>
                  <Radio value="existing">
                    {data.accounts.length > 0
                      ? t('leads.convert.existingAccountFound', { count: data.accounts.length })
                      : t('leads.convert.existingAccount')}
                  </Radio>
                </Radio.Group>
              </Form.Item>
              <div style={{ marginTop: 12 }}>
                {accountMode === 'existing' ? (
                  <Form.Item
                    name="accountId"
                    rules={[{ required: true, message: t('leads.convert.chooseAccount') }]}
                    style={{ marginBottom: 0 }}
                  >
                    <ExistingRecordPicker object="account" candidates={data.accounts} />
                  </Form.Item>
                ) : (
                  <Form.Item
                    name="accountName"
                    label={t('leads.convert.accountName')}
                    rules={[
                      { required: true, whitespace: true, message: t('leads.convert.accountNameRequired') },
                    ]}
                    style={{ marginBottom: 0 }}
                  >
                    <Input maxLength={200} />
                  </Form.Item>
                )}
              </div>
            </Card>
            <Card size="small" type="inner" title={t('leads.convert.contact')}>
              <Form.Item name="contactMode" noStyle>
                <Radio.Group>
                  <Radio value="new" disabled={!data.may.createContact}>
                    {t('leads.convert.newContact', { name: text(lead.name) })}
                  </Radio>
                  <Radio value="existing">
                    {data.contacts.length > 0
                      ? t('leads.convert.existingContactFound', { count: data.contacts.length })
                      : t('leads.convert.existingContact')}
                  </Radio>
                  <Radio value="none">{t('leads.convert.noContact')}</Radio>
                </Radio.Group>
              </Form.Item>
              {contactMode === 'existing' && (
                <Form.Item
                  name="contactId"
                  rules={[{ required: true, message: t('leads.convert.chooseContact') }]}
                  style={{ marginTop: 12, marginBottom: 0 }}
                >
                  <ExistingRecordPicker object="contact" candidates={data.contacts} />
                </Form.Item>
              )}
            </Card>
            <Card size="small" type="inner" title={t('leads.convert.opportunity')}>
              <Form.Item name="createOpportunity" valuePropName="checked" noStyle>
                <Checkbox disabled={!data.may.createOpportunity || !opportunity}>
                  {t('leads.convert.createOpportunity')}
                </Checkbox>
              </Form.Item>
              {createOpportunity && opportunity && (
                <Row gutter={16} style={{ marginTop: 12 }}>
                  <Col xs={24} md={24}>
                    <Form.Item
                      name={['opportunity', 'name']}
                      label={t('leads.convert.opportunityName')}
                      rules={[
                        {
                          required: true,
                          whitespace: true,
                          message: t('leads.convert.opportunityNameRequired'),
                        },
                      ]}
                    >
                      <Input maxLength={200} />
                    </Form.Item>
                  </Col>
                  {amountField && (
                    <Col xs={24} md={12}>
                      <Form.Item name={['opportunity', 'amount']} label={label(amountField.label)}>
                        <FieldInput field={amountField} object="opportunity" />
                      </Form.Item>
                    </Col>
                  )}
                  {closeDateField && (
                    <Col xs={24} md={12}>
                      <Form.Item name={['opportunity', 'closeDate']} label={label(closeDateField.label)}>
                        <FieldInput field={closeDateField} object="opportunity" />
                      </Form.Item>
                    </Col>
                  )}
                </Row>
              )}
            </Card>
          </Flex>
        </Form>
      )}
    </Modal>
  );
}
